/**
 */
package org.bridgework.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Publication</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the assembled document is: its status, version, issuers and the summary readers see. 'Published' and a publication date appear only when the status is FINAL.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Publication#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bridgework.model.Publication#getStatusLabel <em>Status Label</em>}</li>
 *   <li>{@link org.bridgework.model.Publication#getVersion <em>Version</em>}</li>
 *   <li>{@link org.bridgework.model.Publication#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link org.bridgework.model.Publication#getReaderSummary <em>Reader Summary</em>}</li>
 *   <li>{@link org.bridgework.model.Publication#isToolColophon <em>Tool Colophon</em>}</li>
 *   <li>{@link org.bridgework.model.Publication#getReleaseMilestone <em>Release Milestone</em>}</li>
 *   <li>{@link org.bridgework.model.Publication#getIssuers <em>Issuers</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getPublication()
 * @model
 * @generated
 */
public interface Publication extends EObject {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.PublicationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.bridgework.model.PublicationStatus
	 * @see #setStatus(PublicationStatus)
	 * @see org.bridgework.model.GuidancePackage#getPublication_Status()
	 * @model
	 * @generated
	 */
	PublicationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Publication#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.bridgework.model.PublicationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PublicationStatus value);

	/**
	 * Returns the value of the '<em><b>Status Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overrides the label a draft carries (default: 'Draft — not for circulation' with the kind of draft).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Label</em>' attribute.
	 * @see #setStatusLabel(String)
	 * @see org.bridgework.model.GuidancePackage#getPublication_StatusLabel()
	 * @model
	 * @generated
	 */
	String getStatusLabel();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Publication#getStatusLabel <em>Status Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Label</em>' attribute.
	 * @see #getStatusLabel()
	 * @generated
	 */
	void setStatusLabel(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version people quote, for example '0.3'; the Git commit is added when the project is in a Git repository.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.bridgework.model.GuidancePackage#getPublication_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Publication#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date of the release; shown only when the status is FINAL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publication Date</em>' attribute.
	 * @see #setPublicationDate(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getPublication_PublicationDate()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getPublicationDate();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Publication#getPublicationDate <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication Date</em>' attribute.
	 * @see #getPublicationDate()
	 * @generated
	 */
	void setPublicationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reader Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One or two sentences for readers; the metadata description of every format. Never taken from the internal project purpose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reader Summary</em>' attribute.
	 * @see #setReaderSummary(String)
	 * @see org.bridgework.model.GuidancePackage#getPublication_ReaderSummary()
	 * @model
	 * @generated
	 */
	String getReaderSummary();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Publication#getReaderSummary <em>Reader Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reader Summary</em>' attribute.
	 * @see #getReaderSummary()
	 * @generated
	 */
	void setReaderSummary(String value);

	/**
	 * Returns the value of the '<em><b>Tool Colophon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Print the line saying the document was assembled with Bridgework; off by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tool Colophon</em>' attribute.
	 * @see #setToolColophon(boolean)
	 * @see org.bridgework.model.GuidancePackage#getPublication_ToolColophon()
	 * @model
	 * @generated
	 */
	boolean isToolColophon();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Publication#isToolColophon <em>Tool Colophon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tool Colophon</em>' attribute.
	 * @see #isToolColophon()
	 * @generated
	 */
	void setToolColophon(boolean value);

	/**
	 * Returns the value of the '<em><b>Release Milestone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The milestone this release answers; its open review comments block the release.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Release Milestone</em>' reference.
	 * @see #setReleaseMilestone(Milestone)
	 * @see org.bridgework.model.GuidancePackage#getPublication_ReleaseMilestone()
	 * @model
	 * @generated
	 */
	Milestone getReleaseMilestone();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Publication#getReleaseMilestone <em>Release Milestone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release Milestone</em>' reference.
	 * @see #getReleaseMilestone()
	 * @generated
	 */
	void setReleaseMilestone(Milestone value);

	/**
	 * Returns the value of the '<em><b>Issuers</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Issuer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisations issuing the guidance, in the order shown on the cover.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuers</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getPublication_Issuers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Issuer> getIssuers();

} // Publication
