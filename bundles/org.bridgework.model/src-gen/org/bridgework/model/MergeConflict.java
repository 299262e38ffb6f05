/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Team working: one conflict of a three-way merge, kept in the merged project with every version, so no change is lost. The model holds 'ours' until the conflict is resolved.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.MergeConflict#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bridgework.model.MergeConflict#getElementId <em>Element Id</em>}</li>
 *   <li>{@link org.bridgework.model.MergeConflict#getElementLabel <em>Element Label</em>}</li>
 *   <li>{@link org.bridgework.model.MergeConflict#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.bridgework.model.MergeConflict#getBaseValue <em>Base Value</em>}</li>
 *   <li>{@link org.bridgework.model.MergeConflict#getOursValue <em>Ours Value</em>}</li>
 *   <li>{@link org.bridgework.model.MergeConflict#getTheirsValue <em>Theirs Value</em>}</li>
 *   <li>{@link org.bridgework.model.MergeConflict#getOursLabel <em>Ours Label</em>}</li>
 *   <li>{@link org.bridgework.model.MergeConflict#getTheirsLabel <em>Theirs Label</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getMergeConflict()
 * @model
 * @generated
 */
public interface MergeConflict extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.MergeConflictKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.MergeConflictKind
	 * @see #setKind(MergeConflictKind)
	 * @see org.bridgework.model.GuidancePackage#getMergeConflict_Kind()
	 * @model
	 * @generated
	 */
	MergeConflictKind getKind();

	/**
	 * Sets the value of the '{@link org.bridgework.model.MergeConflict#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.MergeConflictKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MergeConflictKind value);

	/**
	 * Returns the value of the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the element in conflict (a path such as 'src-1/authors' for parts without ids).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Id</em>' attribute.
	 * @see #setElementId(String)
	 * @see org.bridgework.model.GuidancePackage#getMergeConflict_ElementId()
	 * @model
	 * @generated
	 */
	String getElementId();

	/**
	 * Sets the value of the '{@link org.bridgework.model.MergeConflict#getElementId <em>Element Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Id</em>' attribute.
	 * @see #getElementId()
	 * @generated
	 */
	void setElementId(String value);

	/**
	 * Returns the value of the '<em><b>Element Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element Label</em>' attribute.
	 * @see #setElementLabel(String)
	 * @see org.bridgework.model.GuidancePackage#getMergeConflict_ElementLabel()
	 * @model
	 * @generated
	 */
	String getElementLabel();

	/**
	 * Sets the value of the '{@link org.bridgework.model.MergeConflict#getElementLabel <em>Element Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Label</em>' attribute.
	 * @see #getElementLabel()
	 * @generated
	 */
	void setElementLabel(String value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The feature in conflict, or empty when the whole element is (deleted on one side, changed on the other).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see org.bridgework.model.GuidancePackage#getMergeConflict_Feature()
	 * @model
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link org.bridgework.model.MergeConflict#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

	/**
	 * Returns the value of the '<em><b>Base Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Value</em>' attribute.
	 * @see #setBaseValue(String)
	 * @see org.bridgework.model.GuidancePackage#getMergeConflict_BaseValue()
	 * @model
	 * @generated
	 */
	String getBaseValue();

	/**
	 * Sets the value of the '{@link org.bridgework.model.MergeConflict#getBaseValue <em>Base Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Value</em>' attribute.
	 * @see #getBaseValue()
	 * @generated
	 */
	void setBaseValue(String value);

	/**
	 * Returns the value of the '<em><b>Ours Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ours Value</em>' attribute.
	 * @see #setOursValue(String)
	 * @see org.bridgework.model.GuidancePackage#getMergeConflict_OursValue()
	 * @model
	 * @generated
	 */
	String getOursValue();

	/**
	 * Sets the value of the '{@link org.bridgework.model.MergeConflict#getOursValue <em>Ours Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ours Value</em>' attribute.
	 * @see #getOursValue()
	 * @generated
	 */
	void setOursValue(String value);

	/**
	 * Returns the value of the '<em><b>Theirs Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theirs Value</em>' attribute.
	 * @see #setTheirsValue(String)
	 * @see org.bridgework.model.GuidancePackage#getMergeConflict_TheirsValue()
	 * @model
	 * @generated
	 */
	String getTheirsValue();

	/**
	 * Sets the value of the '{@link org.bridgework.model.MergeConflict#getTheirsValue <em>Theirs Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theirs Value</em>' attribute.
	 * @see #getTheirsValue()
	 * @generated
	 */
	void setTheirsValue(String value);

	/**
	 * Returns the value of the '<em><b>Ours Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ours Label</em>' attribute.
	 * @see #setOursLabel(String)
	 * @see org.bridgework.model.GuidancePackage#getMergeConflict_OursLabel()
	 * @model
	 * @generated
	 */
	String getOursLabel();

	/**
	 * Sets the value of the '{@link org.bridgework.model.MergeConflict#getOursLabel <em>Ours Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ours Label</em>' attribute.
	 * @see #getOursLabel()
	 * @generated
	 */
	void setOursLabel(String value);

	/**
	 * Returns the value of the '<em><b>Theirs Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theirs Label</em>' attribute.
	 * @see #setTheirsLabel(String)
	 * @see org.bridgework.model.GuidancePackage#getMergeConflict_TheirsLabel()
	 * @model
	 * @generated
	 */
	String getTheirsLabel();

	/**
	 * Sets the value of the '{@link org.bridgework.model.MergeConflict#getTheirsLabel <em>Theirs Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theirs Label</em>' attribute.
	 * @see #getTheirsLabel()
	 * @generated
	 */
	void setTheirsLabel(String value);

} // MergeConflict
