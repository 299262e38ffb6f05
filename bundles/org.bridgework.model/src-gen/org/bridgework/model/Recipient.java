/**
 */
package org.bridgework.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recipient</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Someone a milestone's draft went to: a role or group (never more personal data than the team needs), their organisation, when it was sent and when they replied.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Recipient#getName <em>Name</em>}</li>
 *   <li>{@link org.bridgework.model.Recipient#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.Recipient#getSent <em>Sent</em>}</li>
 *   <li>{@link org.bridgework.model.Recipient#getReturned <em>Returned</em>}</li>
 *   <li>{@link org.bridgework.model.Recipient#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getRecipient()
 * @model
 * @generated
 */
public interface Recipient extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bridgework.model.GuidancePackage#getRecipient_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Recipient#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.bridgework.model.GuidancePackage#getRecipient_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Recipient#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sent</em>' attribute.
	 * @see #setSent(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getRecipient_Sent()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getSent();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Recipient#getSent <em>Sent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sent</em>' attribute.
	 * @see #getSent()
	 * @generated
	 */
	void setSent(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Returned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Returned</em>' attribute.
	 * @see #setReturned(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getRecipient_Returned()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getReturned();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Recipient#getReturned <em>Returned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Returned</em>' attribute.
	 * @see #getReturned()
	 * @generated
	 */
	void setReturned(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.bridgework.model.GuidancePackage#getRecipient_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Recipient#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Recipient
