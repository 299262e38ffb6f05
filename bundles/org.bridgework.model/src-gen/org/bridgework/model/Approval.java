/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approval</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Team working: a sign-off of one exact committed version of the project (also an annotated Git tag).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Approval#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.bridgework.model.Approval#getName <em>Name</em>}</li>
 *   <li>{@link org.bridgework.model.Approval#getRole <em>Role</em>}</li>
 *   <li>{@link org.bridgework.model.Approval#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.Approval#getNote <em>Note</em>}</li>
 *   <li>{@link org.bridgework.model.Approval#getCommit <em>Commit</em>}</li>
 *   <li>{@link org.bridgework.model.Approval#getApprovedAt <em>Approved At</em>}</li>
 *   <li>{@link org.bridgework.model.Approval#getTag <em>Tag</em>}</li>
 *   <li>{@link org.bridgework.model.Approval#getSupersededBy <em>Superseded By</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getApproval()
 * @model
 * @generated
 */
public interface Approval extends Identified {
	/**
	 * Returns the value of the '<em><b>Milestone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestone</em>' reference.
	 * @see #setMilestone(Milestone)
	 * @see org.bridgework.model.GuidancePackage#getApproval_Milestone()
	 * @model
	 * @generated
	 */
	Milestone getMilestone();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Approval#getMilestone <em>Milestone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Milestone</em>' reference.
	 * @see #getMilestone()
	 * @generated
	 */
	void setMilestone(Milestone value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bridgework.model.GuidancePackage#getApproval_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Approval#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.bridgework.model.GuidancePackage#getApproval_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Approval#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' attribute.
	 * @see #setOrganisation(String)
	 * @see org.bridgework.model.GuidancePackage#getApproval_Organisation()
	 * @model
	 * @generated
	 */
	String getOrganisation();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Approval#getOrganisation <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' attribute.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.bridgework.model.GuidancePackage#getApproval_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Approval#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Commit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the Git commit approved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commit</em>' attribute.
	 * @see #setCommit(String)
	 * @see org.bridgework.model.GuidancePackage#getApproval_Commit()
	 * @model
	 * @generated
	 */
	String getCommit();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Approval#getCommit <em>Commit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commit</em>' attribute.
	 * @see #getCommit()
	 * @generated
	 */
	void setCommit(String value);

	/**
	 * Returns the value of the '<em><b>Approved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When, as an ISO-8601 instant (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved At</em>' attribute.
	 * @see #setApprovedAt(String)
	 * @see org.bridgework.model.GuidancePackage#getApproval_ApprovedAt()
	 * @model
	 * @generated
	 */
	String getApprovedAt();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Approval#getApprovedAt <em>Approved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved At</em>' attribute.
	 * @see #getApprovedAt()
	 * @generated
	 */
	void setApprovedAt(String value);

	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.bridgework.model.GuidancePackage#getApproval_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Approval#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Superseded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first later commit that changed the project's content, once there is one; empty while the approval stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Superseded By</em>' attribute.
	 * @see #setSupersededBy(String)
	 * @see org.bridgework.model.GuidancePackage#getApproval_SupersededBy()
	 * @model
	 * @generated
	 */
	String getSupersededBy();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Approval#getSupersededBy <em>Superseded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Superseded By</em>' attribute.
	 * @see #getSupersededBy()
	 * @generated
	 */
	void setSupersededBy(String value);

} // Approval
