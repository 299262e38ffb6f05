/**
 */
package org.bridgework.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link from text to the evidence behind it, with what the evidence said when someone last confirmed the text still rests on it. Stale (derived) when the evidence now says something else or is gone.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.EvidenceLink#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceLink#getField <em>Field</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceLink#getSentence <em>Sentence</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceLink#getEvidenceId <em>Evidence Id</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceLink#getConfirmedState <em>Confirmed State</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceLink#getConfirmedAt <em>Confirmed At</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceLink#getConfirmedBy <em>Confirmed By</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getEvidenceLink()
 * @model
 * @generated
 */
public interface EvidenceLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An extract, case study (or one of its benefits or outcomes), criterion, assessment or consensus round.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference.
	 * @see #setEvidence(Identified)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceLink_Evidence()
	 * @model
	 * @generated
	 */
	Identified getEvidence();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceLink#getEvidence <em>Evidence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' reference.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(Identified value);

	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a case study: the field the text rests on (for example 'referralRoute'); empty for the case study as a whole.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceLink_Field()
	 * @model
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceLink#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Sentence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sentence of the block the link covers (its start is enough); empty for the whole block.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sentence</em>' attribute.
	 * @see #setSentence(String)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceLink_Sentence()
	 * @model
	 * @generated
	 */
	String getSentence();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceLink#getSentence <em>Sentence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sentence</em>' attribute.
	 * @see #getSentence()
	 * @generated
	 */
	void setSentence(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the evidence when confirmed, so a link to evidence since deleted still says what it was.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Id</em>' attribute.
	 * @see #setEvidenceId(String)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceLink_EvidenceId()
	 * @model
	 * @generated
	 */
	String getEvidenceId();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceLink#getEvidenceId <em>Evidence Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Id</em>' attribute.
	 * @see #getEvidenceId()
	 * @generated
	 */
	void setEvidenceId(String value);

	/**
	 * Returns the value of the '<em><b>Confirmed State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the evidence said (text, status, consensus) when the link was last confirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmed State</em>' attribute.
	 * @see #setConfirmedState(String)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceLink_ConfirmedState()
	 * @model
	 * @generated
	 */
	String getConfirmedState();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceLink#getConfirmedState <em>Confirmed State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed State</em>' attribute.
	 * @see #getConfirmedState()
	 * @generated
	 */
	void setConfirmedState(String value);

	/**
	 * Returns the value of the '<em><b>Confirmed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was last confirmed: an ISO-8601 instant (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmed At</em>' attribute.
	 * @see #setConfirmedAt(String)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceLink_ConfirmedAt()
	 * @model
	 * @generated
	 */
	String getConfirmedAt();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceLink#getConfirmedAt <em>Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed At</em>' attribute.
	 * @see #getConfirmedAt()
	 * @generated
	 */
	void setConfirmedAt(String value);

	/**
	 * Returns the value of the '<em><b>Confirmed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confirmed By</em>' attribute.
	 * @see #setConfirmedBy(String)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceLink_ConfirmedBy()
	 * @model
	 * @generated
	 */
	String getConfirmedBy();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceLink#getConfirmedBy <em>Confirmed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed By</em>' attribute.
	 * @see #getConfirmedBy()
	 * @generated
	 */
	void setConfirmedBy(String value);

} // EvidenceLink
