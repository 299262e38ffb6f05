/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A working-group seat: a role in an organisation, never personal data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Member#getRole <em>Role</em>}</li>
 *   <li>{@link org.bridgework.model.Member#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.Member#getStakeholderGroup <em>Stakeholder Group</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getMember()
 * @model
 * @generated
 */
public interface Member extends Identified {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.bridgework.model.GuidancePackage#getMember_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Member#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.bridgework.model.GuidancePackage#getMember_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Member#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Stakeholder Group</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.StakeholderGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stakeholder group the seat speaks for in consensus feedback; UNSPECIFIED takes it from the organisation's kind (HEP: HE; NHS trust, ICB, GP practice: NHS; voluntary sector: voluntary sector).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stakeholder Group</em>' attribute.
	 * @see org.bridgework.model.StakeholderGroup
	 * @see #setStakeholderGroup(StakeholderGroup)
	 * @see org.bridgework.model.GuidancePackage#getMember_StakeholderGroup()
	 * @model
	 * @generated
	 */
	StakeholderGroup getStakeholderGroup();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Member#getStakeholderGroup <em>Stakeholder Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stakeholder Group</em>' attribute.
	 * @see org.bridgework.model.StakeholderGroup
	 * @see #getStakeholderGroup()
	 * @generated
	 */
	void setStakeholderGroup(StakeholderGroup value);

} // Member
