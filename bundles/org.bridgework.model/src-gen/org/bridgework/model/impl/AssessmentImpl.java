/**
 */
package org.bridgework.model.impl;

import java.util.Collection;

import org.bridgework.model.Assessment;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Criterion;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Outcome;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.AssessmentImpl#getCaseStudy <em>Case Study</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AssessmentImpl#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AssessmentImpl#getResult <em>Result</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AssessmentImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AssessmentImpl#getEvidenceExtracts <em>Evidence Extracts</em>}</li>
 *   <li>{@link org.bridgework.model.impl.AssessmentImpl#getEvidenceOutcomes <em>Evidence Outcomes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends IdentifiedImpl implements Assessment {
	/**
	 * The cached value of the '{@link #getCriterion() <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected Criterion criterion;

	/**
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentResult RESULT_EDEFAULT = AssessmentResult.UNKNOWN;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected AssessmentResult result = RESULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidenceExtracts() <em>Evidence Extracts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceExtracts()
	 * @generated
	 * @ordered
	 */
	protected EList<Extract> evidenceExtracts;

	/**
	 * The cached value of the '{@link #getEvidenceOutcomes() <em>Evidence Outcomes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<Outcome> evidenceOutcomes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStudy getCaseStudy() {
		if (eContainerFeatureID() != GuidancePackage.ASSESSMENT__CASE_STUDY) return null;
		return (CaseStudy)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCaseStudy(CaseStudy newCaseStudy, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCaseStudy, GuidancePackage.ASSESSMENT__CASE_STUDY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseStudy(CaseStudy newCaseStudy) {
		if (newCaseStudy != eInternalContainer() || (eContainerFeatureID() != GuidancePackage.ASSESSMENT__CASE_STUDY && newCaseStudy != null)) {
			if (EcoreUtil.isAncestor(this, newCaseStudy))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCaseStudy != null)
				msgs = ((InternalEObject)newCaseStudy).eInverseAdd(this, GuidancePackage.CASE_STUDY__ASSESSMENTS, CaseStudy.class, msgs);
			msgs = basicSetCaseStudy(newCaseStudy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.ASSESSMENT__CASE_STUDY, newCaseStudy, newCaseStudy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion getCriterion() {
		if (criterion != null && criterion.eIsProxy()) {
			InternalEObject oldCriterion = (InternalEObject)criterion;
			criterion = (Criterion)eResolveProxy(oldCriterion);
			if (criterion != oldCriterion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.ASSESSMENT__CRITERION, oldCriterion, criterion));
			}
		}
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Criterion basicGetCriterion() {
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriterion(Criterion newCriterion) {
		Criterion oldCriterion = criterion;
		criterion = newCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.ASSESSMENT__CRITERION, oldCriterion, criterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentResult getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(AssessmentResult newResult) {
		AssessmentResult oldResult = result;
		result = newResult == null ? RESULT_EDEFAULT : newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.ASSESSMENT__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.ASSESSMENT__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Extract> getEvidenceExtracts() {
		if (evidenceExtracts == null) {
			evidenceExtracts = new EObjectResolvingEList<Extract>(Extract.class, this, GuidancePackage.ASSESSMENT__EVIDENCE_EXTRACTS);
		}
		return evidenceExtracts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getEvidenceOutcomes() {
		if (evidenceOutcomes == null) {
			evidenceOutcomes = new EObjectResolvingEList<Outcome>(Outcome.class, this, GuidancePackage.ASSESSMENT__EVIDENCE_OUTCOMES);
		}
		return evidenceOutcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.ASSESSMENT__CASE_STUDY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCaseStudy((CaseStudy)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.ASSESSMENT__CASE_STUDY:
				return basicSetCaseStudy(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case GuidancePackage.ASSESSMENT__CASE_STUDY:
				return eInternalContainer().eInverseRemove(this, GuidancePackage.CASE_STUDY__ASSESSMENTS, CaseStudy.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.ASSESSMENT__CASE_STUDY:
				return getCaseStudy();
			case GuidancePackage.ASSESSMENT__CRITERION:
				if (resolve) return getCriterion();
				return basicGetCriterion();
			case GuidancePackage.ASSESSMENT__RESULT:
				return getResult();
			case GuidancePackage.ASSESSMENT__RATIONALE:
				return getRationale();
			case GuidancePackage.ASSESSMENT__EVIDENCE_EXTRACTS:
				return getEvidenceExtracts();
			case GuidancePackage.ASSESSMENT__EVIDENCE_OUTCOMES:
				return getEvidenceOutcomes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GuidancePackage.ASSESSMENT__CASE_STUDY:
				setCaseStudy((CaseStudy)newValue);
				return;
			case GuidancePackage.ASSESSMENT__CRITERION:
				setCriterion((Criterion)newValue);
				return;
			case GuidancePackage.ASSESSMENT__RESULT:
				setResult((AssessmentResult)newValue);
				return;
			case GuidancePackage.ASSESSMENT__RATIONALE:
				setRationale((String)newValue);
				return;
			case GuidancePackage.ASSESSMENT__EVIDENCE_EXTRACTS:
				getEvidenceExtracts().clear();
				getEvidenceExtracts().addAll((Collection<? extends Extract>)newValue);
				return;
			case GuidancePackage.ASSESSMENT__EVIDENCE_OUTCOMES:
				getEvidenceOutcomes().clear();
				getEvidenceOutcomes().addAll((Collection<? extends Outcome>)newValue);
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
			case GuidancePackage.ASSESSMENT__CASE_STUDY:
				setCaseStudy((CaseStudy)null);
				return;
			case GuidancePackage.ASSESSMENT__CRITERION:
				setCriterion((Criterion)null);
				return;
			case GuidancePackage.ASSESSMENT__RESULT:
				setResult(RESULT_EDEFAULT);
				return;
			case GuidancePackage.ASSESSMENT__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case GuidancePackage.ASSESSMENT__EVIDENCE_EXTRACTS:
				getEvidenceExtracts().clear();
				return;
			case GuidancePackage.ASSESSMENT__EVIDENCE_OUTCOMES:
				getEvidenceOutcomes().clear();
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
			case GuidancePackage.ASSESSMENT__CASE_STUDY:
				return getCaseStudy() != null;
			case GuidancePackage.ASSESSMENT__CRITERION:
				return criterion != null;
			case GuidancePackage.ASSESSMENT__RESULT:
				return result != RESULT_EDEFAULT;
			case GuidancePackage.ASSESSMENT__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case GuidancePackage.ASSESSMENT__EVIDENCE_EXTRACTS:
				return evidenceExtracts != null && !evidenceExtracts.isEmpty();
			case GuidancePackage.ASSESSMENT__EVIDENCE_OUTCOMES:
				return evidenceOutcomes != null && !evidenceOutcomes.isEmpty();
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
		result.append(" (result: ");
		result.append(result);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
