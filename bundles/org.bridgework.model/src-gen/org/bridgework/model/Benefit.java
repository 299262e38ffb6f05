/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Benefit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Benefit#getBeneficiary <em>Beneficiary</em>}</li>
 *   <li>{@link org.bridgework.model.Benefit#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.Benefit#getEvidenceType <em>Evidence Type</em>}</li>
 *   <li>{@link org.bridgework.model.Benefit#getEvidenceStrength <em>Evidence Strength</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getBenefit()
 * @model
 * @generated
 */
public interface Benefit extends Identified {
	/**
	 * Returns the value of the '<em><b>Beneficiary</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.Beneficiary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beneficiary</em>' attribute.
	 * @see org.bridgework.model.Beneficiary
	 * @see #setBeneficiary(Beneficiary)
	 * @see org.bridgework.model.GuidancePackage#getBenefit_Beneficiary()
	 * @model
	 * @generated
	 */
	Beneficiary getBeneficiary();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Benefit#getBeneficiary <em>Beneficiary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beneficiary</em>' attribute.
	 * @see org.bridgework.model.Beneficiary
	 * @see #getBeneficiary()
	 * @generated
	 */
	void setBeneficiary(Beneficiary value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bridgework.model.GuidancePackage#getBenefit_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Benefit#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.EvidenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Type</em>' attribute.
	 * @see org.bridgework.model.EvidenceType
	 * @see #setEvidenceType(EvidenceType)
	 * @see org.bridgework.model.GuidancePackage#getBenefit_EvidenceType()
	 * @model
	 * @generated
	 */
	EvidenceType getEvidenceType();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Benefit#getEvidenceType <em>Evidence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Type</em>' attribute.
	 * @see org.bridgework.model.EvidenceType
	 * @see #getEvidenceType()
	 * @generated
	 */
	void setEvidenceType(EvidenceType value);

	/**
	 * Returns the value of the '<em><b>Evidence Strength</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.EvidenceStrength}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Strength</em>' attribute.
	 * @see org.bridgework.model.EvidenceStrength
	 * @see #setEvidenceStrength(EvidenceStrength)
	 * @see org.bridgework.model.GuidancePackage#getBenefit_EvidenceStrength()
	 * @model
	 * @generated
	 */
	EvidenceStrength getEvidenceStrength();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Benefit#getEvidenceStrength <em>Evidence Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Strength</em>' attribute.
	 * @see org.bridgework.model.EvidenceStrength
	 * @see #getEvidenceStrength()
	 * @generated
	 */
	void setEvidenceStrength(EvidenceStrength value);

} // Benefit
