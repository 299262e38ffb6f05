/**
 */
package org.bridgework.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Milestone#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.Milestone#getDate <em>Date</em>}</li>
 *   <li>{@link org.bridgework.model.Milestone#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bridgework.model.Milestone#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bridgework.model.Milestone#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.Milestone#getRecipients <em>Recipients</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getMilestone_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Milestone#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getMilestone_Date()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Milestone#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.MilestoneKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.MilestoneKind
	 * @see #setKind(MilestoneKind)
	 * @see org.bridgework.model.GuidancePackage#getMilestone_Kind()
	 * @model
	 * @generated
	 */
	MilestoneKind getKind();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Milestone#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.MilestoneKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MilestoneKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.MilestoneStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.bridgework.model.MilestoneStatus
	 * @see #setStatus(MilestoneStatus)
	 * @see org.bridgework.model.GuidancePackage#getMilestone_Status()
	 * @model
	 * @generated
	 */
	MilestoneStatus getStatus();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Milestone#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.bridgework.model.MilestoneStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MilestoneStatus value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bridgework.model.GuidancePackage#getMilestone_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Milestone#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Recipients</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Recipient}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reviews: who the draft of this milestone went to and who replied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipients</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getMilestone_Recipients()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recipient> getRecipients();

} // Milestone
