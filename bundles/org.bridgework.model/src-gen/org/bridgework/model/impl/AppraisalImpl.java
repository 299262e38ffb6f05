/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.Appraisal;
import org.bridgework.model.CerqualConcern;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.StudyDesign;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Appraisal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.AppraisalImpl#getDesign <em>Design</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AppraisalImpl#getDesignNote <em>Design Note</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AppraisalImpl#getRelevance <em>Relevance</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AppraisalImpl#getRelevanceNote <em>Relevance Note</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AppraisalImpl#getLimitations <em>Limitations</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AppraisalImpl#getLimitationsNote <em>Limitations Note</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AppraisalImpl#getAdequacy <em>Adequacy</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AppraisalImpl#getAdequacyNote <em>Adequacy Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AppraisalImpl extends EObjectImpl implements Appraisal {
	/**
	 * The default value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected static final StudyDesign DESIGN_EDEFAULT = StudyDesign.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected StudyDesign design = DESIGN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesignNote() <em>Design Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesignNote()
	 * @generated
	 * @ordered
	 */
	protected static final String DESIGN_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesignNote() <em>Design Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesignNote()
	 * @generated
	 * @ordered
	 */
	protected String designNote = DESIGN_NOTE_EDEFAULT;

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
	 * The default value of the '{@link #getRelevanceNote() <em>Relevance Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelevanceNote()
	 * @generated
	 * @ordered
	 */
	protected static final String RELEVANCE_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRelevanceNote() <em>Relevance Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelevanceNote()
	 * @generated
	 * @ordered
	 */
	protected String relevanceNote = RELEVANCE_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLimitations() <em>Limitations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitations()
	 * @generated
	 * @ordered
	 */
	protected static final CerqualConcern LIMITATIONS_EDEFAULT = CerqualConcern.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getLimitations() <em>Limitations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitations()
	 * @generated
	 * @ordered
	 */
	protected CerqualConcern limitations = LIMITATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLimitationsNote() <em>Limitations Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitationsNote()
	 * @generated
	 * @ordered
	 */
	protected static final String LIMITATIONS_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLimitationsNote() <em>Limitations Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimitationsNote()
	 * @generated
	 * @ordered
	 */
	protected String limitationsNote = LIMITATIONS_NOTE_EDEFAULT;

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
	 * The default value of the '{@link #getAdequacyNote() <em>Adequacy Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdequacyNote()
	 * @generated
	 * @ordered
	 */
	protected static final String ADEQUACY_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdequacyNote() <em>Adequacy Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdequacyNote()
	 * @generated
	 * @ordered
	 */
	protected String adequacyNote = ADEQUACY_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AppraisalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.APPRAISAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyDesign getDesign() {
		return design;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesign(StudyDesign newDesign) {
		StudyDesign oldDesign = design;
		design = newDesign == null ? DESIGN_EDEFAULT : newDesign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPRAISAL__DESIGN, oldDesign, design));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDesignNote() {
		return designNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesignNote(String newDesignNote) {
		String oldDesignNote = designNote;
		designNote = newDesignNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPRAISAL__DESIGN_NOTE, oldDesignNote, designNote));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPRAISAL__RELEVANCE, oldRelevance, relevance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRelevanceNote() {
		return relevanceNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelevanceNote(String newRelevanceNote) {
		String oldRelevanceNote = relevanceNote;
		relevanceNote = newRelevanceNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPRAISAL__RELEVANCE_NOTE, oldRelevanceNote, relevanceNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CerqualConcern getLimitations() {
		return limitations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimitations(CerqualConcern newLimitations) {
		CerqualConcern oldLimitations = limitations;
		limitations = newLimitations == null ? LIMITATIONS_EDEFAULT : newLimitations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPRAISAL__LIMITATIONS, oldLimitations, limitations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLimitationsNote() {
		return limitationsNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLimitationsNote(String newLimitationsNote) {
		String oldLimitationsNote = limitationsNote;
		limitationsNote = newLimitationsNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPRAISAL__LIMITATIONS_NOTE, oldLimitationsNote, limitationsNote));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPRAISAL__ADEQUACY, oldAdequacy, adequacy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdequacyNote() {
		return adequacyNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdequacyNote(String newAdequacyNote) {
		String oldAdequacyNote = adequacyNote;
		adequacyNote = newAdequacyNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPRAISAL__ADEQUACY_NOTE, oldAdequacyNote, adequacyNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.APPRAISAL__DESIGN:
				return getDesign();
			case GuidancePackage.APPRAISAL__DESIGN_NOTE:
				return getDesignNote();
			case GuidancePackage.APPRAISAL__RELEVANCE:
				return getRelevance();
			case GuidancePackage.APPRAISAL__RELEVANCE_NOTE:
				return getRelevanceNote();
			case GuidancePackage.APPRAISAL__LIMITATIONS:
				return getLimitations();
			case GuidancePackage.APPRAISAL__LIMITATIONS_NOTE:
				return getLimitationsNote();
			case GuidancePackage.APPRAISAL__ADEQUACY:
				return getAdequacy();
			case GuidancePackage.APPRAISAL__ADEQUACY_NOTE:
				return getAdequacyNote();
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
			case GuidancePackage.APPRAISAL__DESIGN:
				setDesign((StudyDesign)newValue);
				return;
			case GuidancePackage.APPRAISAL__DESIGN_NOTE:
				setDesignNote((String)newValue);
				return;
			case GuidancePackage.APPRAISAL__RELEVANCE:
				setRelevance((CerqualConcern)newValue);
				return;
			case GuidancePackage.APPRAISAL__RELEVANCE_NOTE:
				setRelevanceNote((String)newValue);
				return;
			case GuidancePackage.APPRAISAL__LIMITATIONS:
				setLimitations((CerqualConcern)newValue);
				return;
			case GuidancePackage.APPRAISAL__LIMITATIONS_NOTE:
				setLimitationsNote((String)newValue);
				return;
			case GuidancePackage.APPRAISAL__ADEQUACY:
				setAdequacy((CerqualConcern)newValue);
				return;
			case GuidancePackage.APPRAISAL__ADEQUACY_NOTE:
				setAdequacyNote((String)newValue);
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
			case GuidancePackage.APPRAISAL__DESIGN:
				setDesign(DESIGN_EDEFAULT);
				return;
			case GuidancePackage.APPRAISAL__DESIGN_NOTE:
				setDesignNote(DESIGN_NOTE_EDEFAULT);
				return;
			case GuidancePackage.APPRAISAL__RELEVANCE:
				setRelevance(RELEVANCE_EDEFAULT);
				return;
			case GuidancePackage.APPRAISAL__RELEVANCE_NOTE:
				setRelevanceNote(RELEVANCE_NOTE_EDEFAULT);
				return;
			case GuidancePackage.APPRAISAL__LIMITATIONS:
				setLimitations(LIMITATIONS_EDEFAULT);
				return;
			case GuidancePackage.APPRAISAL__LIMITATIONS_NOTE:
				setLimitationsNote(LIMITATIONS_NOTE_EDEFAULT);
				return;
			case GuidancePackage.APPRAISAL__ADEQUACY:
				setAdequacy(ADEQUACY_EDEFAULT);
				return;
			case GuidancePackage.APPRAISAL__ADEQUACY_NOTE:
				setAdequacyNote(ADEQUACY_NOTE_EDEFAULT);
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
			case GuidancePackage.APPRAISAL__DESIGN:
				return design != DESIGN_EDEFAULT;
			case GuidancePackage.APPRAISAL__DESIGN_NOTE:
				return DESIGN_NOTE_EDEFAULT == null ? designNote != null : !DESIGN_NOTE_EDEFAULT.equals(designNote);
			case GuidancePackage.APPRAISAL__RELEVANCE:
				return relevance != RELEVANCE_EDEFAULT;
			case GuidancePackage.APPRAISAL__RELEVANCE_NOTE:
				return RELEVANCE_NOTE_EDEFAULT == null ? relevanceNote != null : !RELEVANCE_NOTE_EDEFAULT.equals(relevanceNote);
			case GuidancePackage.APPRAISAL__LIMITATIONS:
				return limitations != LIMITATIONS_EDEFAULT;
			case GuidancePackage.APPRAISAL__LIMITATIONS_NOTE:
				return LIMITATIONS_NOTE_EDEFAULT == null ? limitationsNote != null : !LIMITATIONS_NOTE_EDEFAULT.equals(limitationsNote);
			case GuidancePackage.APPRAISAL__ADEQUACY:
				return adequacy != ADEQUACY_EDEFAULT;
			case GuidancePackage.APPRAISAL__ADEQUACY_NOTE:
				return ADEQUACY_NOTE_EDEFAULT == null ? adequacyNote != null : !ADEQUACY_NOTE_EDEFAULT.equals(adequacyNote);
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
		result.append(" (design: ");
		result.append(design);
		result.append(", designNote: ");
		result.append(designNote);
		result.append(", relevance: ");
		result.append(relevance);
		result.append(", relevanceNote: ");
		result.append(relevanceNote);
		result.append(", limitations: ");
		result.append(limitations);
		result.append(", limitationsNote: ");
		result.append(limitationsNote);
		result.append(", adequacy: ");
		result.append(adequacy);
		result.append(", adequacyNote: ");
		result.append(adequacyNote);
		result.append(')');
		return result.toString();
	}

} //AppraisalImpl
