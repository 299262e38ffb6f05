/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.CerqualConcern;
import org.bridgework.model.EvidenceConfidence;
import org.bridgework.model.EvidenceConfidenceLevel;
import org.bridgework.model.GuidancePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence Confidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.EvidenceConfidenceImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceConfidenceImpl#getMethodologicalLimitations <em>Methodological Limitations</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceConfidenceImpl#getCoherence <em>Coherence</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceConfidenceImpl#getAdequacy <em>Adequacy</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceConfidenceImpl#getRelevance <em>Relevance</em>}</li>
 *   <li>{@link org.bridgework.model.impl.EvidenceConfidenceImpl#getReasons <em>Reasons</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceConfidenceImpl extends EObjectImpl implements EvidenceConfidence {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceConfidenceLevel LEVEL_EDEFAULT = EvidenceConfidenceLevel.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected EvidenceConfidenceLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethodologicalLimitations() <em>Methodological Limitations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodologicalLimitations()
	 * @generated
	 * @ordered
	 */
	protected static final CerqualConcern METHODOLOGICAL_LIMITATIONS_EDEFAULT = CerqualConcern.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getMethodologicalLimitations() <em>Methodological Limitations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodologicalLimitations()
	 * @generated
	 * @ordered
	 */
	protected CerqualConcern methodologicalLimitations = METHODOLOGICAL_LIMITATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoherence() <em>Coherence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoherence()
	 * @generated
	 * @ordered
	 */
	protected static final CerqualConcern COHERENCE_EDEFAULT = CerqualConcern.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getCoherence() <em>Coherence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoherence()
	 * @generated
	 * @ordered
	 */
	protected CerqualConcern coherence = COHERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdequacy() <em>Adequacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdequacy()
	 * @generated
	 * @ordered
	 */
	protected static final CerqualConcern ADEQUACY_EDEFAULT = CerqualConcern.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getAdequacy() <em>Adequacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdequacy()
	 * @generated
	 * @ordered
	 */
	protected CerqualConcern adequacy = ADEQUACY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelevance() <em>Relevance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelevance()
	 * @generated
	 * @ordered
	 */
	protected static final CerqualConcern RELEVANCE_EDEFAULT = CerqualConcern.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getRelevance() <em>Relevance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelevance()
	 * @generated
	 * @ordered
	 */
	protected CerqualConcern relevance = RELEVANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReasons() <em>Reasons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasons()
	 * @generated
	 * @ordered
	 */
	protected static final String REASONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReasons() <em>Reasons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasons()
	 * @generated
	 * @ordered
	 */
	protected String reasons = REASONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceConfidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.EVIDENCE_CONFIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceConfidenceLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(EvidenceConfidenceLevel newLevel) {
		EvidenceConfidenceLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_CONFIDENCE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CerqualConcern getMethodologicalLimitations() {
		return methodologicalLimitations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethodologicalLimitations(CerqualConcern newMethodologicalLimitations) {
		CerqualConcern oldMethodologicalLimitations = methodologicalLimitations;
		methodologicalLimitations = newMethodologicalLimitations == null ? METHODOLOGICAL_LIMITATIONS_EDEFAULT : newMethodologicalLimitations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_CONFIDENCE__METHODOLOGICAL_LIMITATIONS, oldMethodologicalLimitations, methodologicalLimitations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CerqualConcern getCoherence() {
		return coherence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoherence(CerqualConcern newCoherence) {
		CerqualConcern oldCoherence = coherence;
		coherence = newCoherence == null ? COHERENCE_EDEFAULT : newCoherence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_CONFIDENCE__COHERENCE, oldCoherence, coherence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CerqualConcern getAdequacy() {
		return adequacy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdequacy(CerqualConcern newAdequacy) {
		CerqualConcern oldAdequacy = adequacy;
		adequacy = newAdequacy == null ? ADEQUACY_EDEFAULT : newAdequacy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_CONFIDENCE__ADEQUACY, oldAdequacy, adequacy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CerqualConcern getRelevance() {
		return relevance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelevance(CerqualConcern newRelevance) {
		CerqualConcern oldRelevance = relevance;
		relevance = newRelevance == null ? RELEVANCE_EDEFAULT : newRelevance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_CONFIDENCE__RELEVANCE, oldRelevance, relevance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReasons() {
		return reasons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReasons(String newReasons) {
		String oldReasons = reasons;
		reasons = newReasons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EVIDENCE_CONFIDENCE__REASONS, oldReasons, reasons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.EVIDENCE_CONFIDENCE__LEVEL:
				return getLevel();
			case GuidancePackage.EVIDENCE_CONFIDENCE__METHODOLOGICAL_LIMITATIONS:
				return getMethodologicalLimitations();
			case GuidancePackage.EVIDENCE_CONFIDENCE__COHERENCE:
				return getCoherence();
			case GuidancePackage.EVIDENCE_CONFIDENCE__ADEQUACY:
				return getAdequacy();
			case GuidancePackage.EVIDENCE_CONFIDENCE__RELEVANCE:
				return getRelevance();
			case GuidancePackage.EVIDENCE_CONFIDENCE__REASONS:
				return getReasons();
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
			case GuidancePackage.EVIDENCE_CONFIDENCE__LEVEL:
				setLevel((EvidenceConfidenceLevel)newValue);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__METHODOLOGICAL_LIMITATIONS:
				setMethodologicalLimitations((CerqualConcern)newValue);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__COHERENCE:
				setCoherence((CerqualConcern)newValue);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__ADEQUACY:
				setAdequacy((CerqualConcern)newValue);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__RELEVANCE:
				setRelevance((CerqualConcern)newValue);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__REASONS:
				setReasons((String)newValue);
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
			case GuidancePackage.EVIDENCE_CONFIDENCE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__METHODOLOGICAL_LIMITATIONS:
				setMethodologicalLimitations(METHODOLOGICAL_LIMITATIONS_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__COHERENCE:
				setCoherence(COHERENCE_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__ADEQUACY:
				setAdequacy(ADEQUACY_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__RELEVANCE:
				setRelevance(RELEVANCE_EDEFAULT);
				return;
			case GuidancePackage.EVIDENCE_CONFIDENCE__REASONS:
				setReasons(REASONS_EDEFAULT);
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
			case GuidancePackage.EVIDENCE_CONFIDENCE__LEVEL:
				return level != LEVEL_EDEFAULT;
			case GuidancePackage.EVIDENCE_CONFIDENCE__METHODOLOGICAL_LIMITATIONS:
				return methodologicalLimitations != METHODOLOGICAL_LIMITATIONS_EDEFAULT;
			case GuidancePackage.EVIDENCE_CONFIDENCE__COHERENCE:
				return coherence != COHERENCE_EDEFAULT;
			case GuidancePackage.EVIDENCE_CONFIDENCE__ADEQUACY:
				return adequacy != ADEQUACY_EDEFAULT;
			case GuidancePackage.EVIDENCE_CONFIDENCE__RELEVANCE:
				return relevance != RELEVANCE_EDEFAULT;
			case GuidancePackage.EVIDENCE_CONFIDENCE__REASONS:
				return REASONS_EDEFAULT == null ? reasons != null : !REASONS_EDEFAULT.equals(reasons);
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
		result.append(" (level: ");
		result.append(level);
		result.append(", methodologicalLimitations: ");
		result.append(methodologicalLimitations);
		result.append(", coherence: ");
		result.append(coherence);
		result.append(", adequacy: ");
		result.append(adequacy);
		result.append(", relevance: ");
		result.append(relevance);
		result.append(", reasons: ");
		result.append(reasons);
		result.append(')');
		return result.toString();
	}

} //EvidenceConfidenceImpl
