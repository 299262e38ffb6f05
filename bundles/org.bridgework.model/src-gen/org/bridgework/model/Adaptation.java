/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adaptation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change to the guidance for one local context.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Adaptation#getContextId <em>Context Id</em>}</li>
 *   <li>{@link org.bridgework.model.Adaptation#getTarget <em>Target</em>}</li>
 *   <li>{@link org.bridgework.model.Adaptation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bridgework.model.Adaptation#getText <em>Text</em>}</li>
 *   <li>{@link org.bridgework.model.Adaptation#getFindText <em>Find Text</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getAdaptation()
 * @model
 * @generated
 */
public interface Adaptation extends Identified {
	/**
	 * Returns the value of the '<em><b>Context Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context Id</em>' attribute.
	 * @see #setContextId(String)
	 * @see org.bridgework.model.GuidancePackage#getAdaptation_ContextId()
	 * @model
	 * @generated
	 */
	String getContextId();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Adaptation#getContextId <em>Context Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context Id</em>' attribute.
	 * @see #getContextId()
	 * @generated
	 */
	void setContextId(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Identified)
	 * @see org.bridgework.model.GuidancePackage#getAdaptation_Target()
	 * @model
	 * @generated
	 */
	Identified getTarget();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Adaptation#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Identified value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.AdaptationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.AdaptationKind
	 * @see #setKind(AdaptationKind)
	 * @see org.bridgework.model.GuidancePackage#getAdaptation_Kind()
	 * @model
	 * @generated
	 */
	AdaptationKind getKind();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Adaptation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.AdaptationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AdaptationKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.bridgework.model.GuidancePackage#getAdaptation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Adaptation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Find Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For REPLACE: the text to find in the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Find Text</em>' attribute.
	 * @see #setFindText(String)
	 * @see org.bridgework.model.GuidancePackage#getAdaptation_FindText()
	 * @model
	 * @generated
	 */
	String getFindText();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Adaptation#getFindText <em>Find Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Find Text</em>' attribute.
	 * @see #getFindText()
	 * @generated
	 */
	void setFindText(String value);

} // Adaptation
