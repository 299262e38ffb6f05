/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.CaseStudy;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.GuidancePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case Study Embed</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.CaseStudyEmbedImpl#getCaseStudy <em>Case Study</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseStudyEmbedImpl extends BlockImpl implements CaseStudyEmbed {
	/**
	 * The cached value of the '{@link #getCaseStudy() <em>Case Study</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseStudy()
	 * @generated
	 * @ordered
	 */
	protected CaseStudy caseStudy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseStudyEmbedImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.CASE_STUDY_EMBED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStudy getCaseStudy() {
		if (caseStudy != null && caseStudy.eIsProxy()) {
			InternalEObject oldCaseStudy = (InternalEObject)caseStudy;
			caseStudy = (CaseStudy)eResolveProxy(oldCaseStudy);
			if (caseStudy != oldCaseStudy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.CASE_STUDY_EMBED__CASE_STUDY, oldCaseStudy, caseStudy));
			}
		}
		return caseStudy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseStudy basicGetCaseStudy() {
		return caseStudy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseStudy(CaseStudy newCaseStudy) {
		CaseStudy oldCaseStudy = caseStudy;
		caseStudy = newCaseStudy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY_EMBED__CASE_STUDY, oldCaseStudy, caseStudy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.CASE_STUDY_EMBED__CASE_STUDY:
				if (resolve) return getCaseStudy();
				return basicGetCaseStudy();
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
			case GuidancePackage.CASE_STUDY_EMBED__CASE_STUDY:
				setCaseStudy((CaseStudy)newValue);
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
			case GuidancePackage.CASE_STUDY_EMBED__CASE_STUDY:
				setCaseStudy((CaseStudy)null);
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
			case GuidancePackage.CASE_STUDY_EMBED__CASE_STUDY:
				return caseStudy != null;
		}
		return super.eIsSet(featureID);
	}

} //CaseStudyEmbedImpl
