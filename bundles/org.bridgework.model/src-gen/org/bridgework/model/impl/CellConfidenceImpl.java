/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.CellConfidence;
import org.bridgework.model.GuidancePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cell Confidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.CellConfidenceImpl#getEvidenceKind <em>Evidence Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CellConfidenceImpl extends EvidenceConfidenceImpl implements CellConfidence {
	/**
	 * The default value of the '{@link #getEvidenceKind() <em>Evidence Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceKind()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceKind() <em>Evidence Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceKind()
	 * @generated
	 * @ordered
	 */
	protected String evidenceKind = EVIDENCE_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CellConfidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.CELL_CONFIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceKind() {
		return evidenceKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceKind(String newEvidenceKind) {
		String oldEvidenceKind = evidenceKind;
		evidenceKind = newEvidenceKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CELL_CONFIDENCE__EVIDENCE_KIND, oldEvidenceKind, evidenceKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.CELL_CONFIDENCE__EVIDENCE_KIND:
				return getEvidenceKind();
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
			case GuidancePackage.CELL_CONFIDENCE__EVIDENCE_KIND:
				setEvidenceKind((String)newValue);
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
			case GuidancePackage.CELL_CONFIDENCE__EVIDENCE_KIND:
				setEvidenceKind(EVIDENCE_KIND_EDEFAULT);
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
			case GuidancePackage.CELL_CONFIDENCE__EVIDENCE_KIND:
				return EVIDENCE_KIND_EDEFAULT == null ? evidenceKind != null : !EVIDENCE_KIND_EDEFAULT.equals(evidenceKind);
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
		result.append(" (evidenceKind: ");
		result.append(evidenceKind);
		result.append(')');
		return result.toString();
	}

} //CellConfidenceImpl
