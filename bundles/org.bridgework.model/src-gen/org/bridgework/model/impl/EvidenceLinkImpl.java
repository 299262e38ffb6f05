/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.EvidenceLink;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Identified;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.EvidenceLinkImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceLinkImpl#getField <em>Field</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceLinkImpl#getSentence <em>Sentence</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceLinkImpl#getEvidenceId <em>Evidence Id</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceLinkImpl#getConfirmedState <em>Confirmed State</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceLinkImpl#getConfirmedAt <em>Confirmed At</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceLinkImpl#getConfirmedBy <em>Confirmed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceLinkImpl extends EObjectImpl implements EvidenceLink {
	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected Identified evidence;

	/**
	 * The default value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getField() <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getField()
	 * @generated
	 * @ordered
	 */
	protected String field = FIELD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSentence() <em>Sentence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentence()
	 * @generated
	 * @ordered
	 */
	protected static final String SENTENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSentence() <em>Sentence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentence()
	 * @generated
	 * @ordered
	 */
	protected String sentence = SENTENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceId() <em>Evidence Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceId()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceId() <em>Evidence Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceId()
	 * @generated
	 * @ordered
	 */
	protected String evidenceId = EVIDENCE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmedState() <em>Confirmed State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedState()
	 * @generated
	 * @ordered
	 */
	protected static final String CONFIRMED_STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmedState() <em>Confirmed State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedState()
	 * @generated
	 * @ordered
	 */
	protected String confirmedState = CONFIRMED_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmedAt() <em>Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String CONFIRMED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmedAt() <em>Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedAt()
	 * @generated
	 * @ordered
	 */
	protected String confirmedAt = CONFIRMED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmedBy() <em>Confirmed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CONFIRMED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmedBy() <em>Confirmed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedBy()
	 * @generated
	 * @ordered
	 */
	protected String confirmedBy = CONFIRMED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.EVIDENCE_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Identified getEvidence() {
		if (evidence != null && evidence.eIsProxy()) {
			InternalEObject oldEvidence = (InternalEObject)evidence;
			evidence = (Identified)eResolveProxy(oldEvidence);
			if (evidence != oldEvidence) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.EVIDENCE_LINK__EVIDENCE, oldEvidence, evidence));
			}
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Identified basicGetEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(Identified newEvidence) {
		Identified oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_LINK__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getField() {
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setField(String newField) {
		String oldField = field;
		field = newField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_LINK__FIELD, oldField, field));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSentence() {
		return sentence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSentence(String newSentence) {
		String oldSentence = sentence;
		sentence = newSentence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_LINK__SENTENCE, oldSentence, sentence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceId() {
		return evidenceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceId(String newEvidenceId) {
		String oldEvidenceId = evidenceId;
		evidenceId = newEvidenceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_LINK__EVIDENCE_ID, oldEvidenceId, evidenceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConfirmedState() {
		return confirmedState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmedState(String newConfirmedState) {
		String oldConfirmedState = confirmedState;
		confirmedState = newConfirmedState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_LINK__CONFIRMED_STATE, oldConfirmedState, confirmedState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConfirmedAt() {
		return confirmedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmedAt(String newConfirmedAt) {
		String oldConfirmedAt = confirmedAt;
		confirmedAt = newConfirmedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_LINK__CONFIRMED_AT, oldConfirmedAt, confirmedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConfirmedBy() {
		return confirmedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmedBy(String newConfirmedBy) {
		String oldConfirmedBy = confirmedBy;
		confirmedBy = newConfirmedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_LINK__CONFIRMED_BY, oldConfirmedBy, confirmedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.EVIDENCE_LINK__EVIDENCE:
				if (resolve) return getEvidence();
				return basicGetEvidence();
			case GuidancePackage.EVIDENCE_LINK__FIELD:
				return getField();
			case GuidancePackage.EVIDENCE_LINK__SENTENCE:
				return getSentence();
			case GuidancePackage.EVIDENCE_LINK__EVIDENCE_ID:
				return getEvidenceId();
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_STATE:
				return getConfirmedState();
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_AT:
				return getConfirmedAt();
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_BY:
				return getConfirmedBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GuidancePackage.EVIDENCE_LINK__EVIDENCE:
				setEvidence((Identified)newValue);
				return;
			case GuidancePackage.EVIDENCE_LINK__FIELD:
				setField((String)newValue);
				return;
			case GuidancePackage.EVIDENCE_LINK__SENTENCE:
				setSentence((String)newValue);
				return;
			case GuidancePackage.EVIDENCE_LINK__EVIDENCE_ID:
				setEvidenceId((String)newValue);
				return;
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_STATE:
				setConfirmedState((String)newValue);
				return;
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_AT:
				setConfirmedAt((String)newValue);
				return;
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_BY:
				setConfirmedBy((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GuidancePackage.EVIDENCE_LINK__EVIDENCE:
				setEvidence((Identified)null);
				return;
			case GuidancePackage.EVIDENCE_LINK__FIELD:
				setField(FIELD_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_LINK__SENTENCE:
				setSentence(SENTENCE_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_LINK__EVIDENCE_ID:
				setEvidenceId(EVIDENCE_ID_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_STATE:
				setConfirmedState(CONFIRMED_STATE_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_AT:
				setConfirmedAt(CONFIRMED_AT_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_BY:
				setConfirmedBy(CONFIRMED_BY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GuidancePackage.EVIDENCE_LINK__EVIDENCE:
				return evidence != null;
			case GuidancePackage.EVIDENCE_LINK__FIELD:
				return FIELD_EDEFAULT == null ? field != null : !FIELD_EDEFAULT.equals(field);
			case GuidancePackage.EVIDENCE_LINK__SENTENCE:
				return SENTENCE_EDEFAULT == null ? sentence != null : !SENTENCE_EDEFAULT.equals(sentence);
			case GuidancePackage.EVIDENCE_LINK__EVIDENCE_ID:
				return EVIDENCE_ID_EDEFAULT == null ? evidenceId != null : !EVIDENCE_ID_EDEFAULT.equals(evidenceId);
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_STATE:
				return CONFIRMED_STATE_EDEFAULT == null ? confirmedState != null : !CONFIRMED_STATE_EDEFAULT.equals(confirmedState);
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_AT:
				return CONFIRMED_AT_EDEFAULT == null ? confirmedAt != null : !CONFIRMED_AT_EDEFAULT.equals(confirmedAt);
			case GuidancePackage.EVIDENCE_LINK__CONFIRMED_BY:
				return CONFIRMED_BY_EDEFAULT == null ? confirmedBy != null : !CONFIRMED_BY_EDEFAULT.equals(confirmedBy);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (field: ");
		result.append(field);
		result.append(", sentence: ");
		result.append(sentence);
		result.append(", evidenceId: ");
		result.append(evidenceId);
		result.append(", confirmedState: ");
		result.append(confirmedState);
		result.append(", confirmedAt: ");
		result.append(confirmedAt);
		result.append(", confirmedBy: ");
		result.append(confirmedBy);
		result.append(')');
		return result.toString();
	}

} //EvidenceLinkImpl
