/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Challenge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Challenge#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.Challenge#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.Challenge#getCategory <em>Category</em>}</li>
 *   <li>{@link org.bridgework.model.Challenge#getEvidenceGap <em>Evidence Gap</em>}</li>
 *   <li>{@link org.bridgework.model.Challenge#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.bridgework.model.Challenge#getCellConfidences <em>Cell Confidences</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getChallenge()
 * @model
 * @generated
 */
public interface Challenge extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getChallenge_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Challenge#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bridgework.model.GuidancePackage#getChallenge_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Challenge#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.bridgework.model.GuidancePackage#getChallenge_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Challenge#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A recorded gap: why the challenge has no mapped evidence (for example "no UK studies found; covered by case studies"). A challenge with neither evidence nor a recorded gap keeps the literature milestone open.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Gap</em>' attribute.
	 * @see #setEvidenceGap(String)
	 * @see org.bridgework.model.GuidancePackage#getChallenge_EvidenceGap()
	 * @model
	 * @generated
	 */
	String getEvidenceGap();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Challenge#getEvidenceGap <em>Evidence Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Gap</em>' attribute.
	 * @see #getEvidenceGap()
	 * @generated
	 */
	void setEvidenceGap(String value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much confidence the evidence for this challenge deserves, in the spirit of GRADE-CERQual; none = not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' containment reference.
	 * @see #setConfidence(EvidenceConfidence)
	 * @see org.bridgework.model.GuidancePackage#getChallenge_Confidence()
	 * @model containment="true"
	 * @generated
	 */
	EvidenceConfidence getConfidence();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Challenge#getConfidence <em>Confidence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' containment reference.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(EvidenceConfidence value);

	/**
	 * Returns the value of the '<em><b>Cell Confidences</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.CellConfidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confidence in the evidence of one kind for this challenge (one gap-map cell); the challenge's own confidence stays its overall judgement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cell Confidences</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getChallenge_CellConfidences()
	 * @model containment="true"
	 * @generated
	 */
	EList<CellConfidence> getCellConfidences();

} // Challenge
