/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.Beneficiary;
import org.bridgework.model.Benefit;
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.GuidancePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Benefit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.BenefitImpl#getBeneficiary <em>Beneficiary</em>}</li>
 *   <li>{@link org.bridgework.model.impl.BenefitImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.impl.BenefitImpl#getEvidenceType <em>Evidence Type</em>}</li>
 *   <li>{@link org.bridgework.model.impl.BenefitImpl#getEvidenceStrength <em>Evidence Strength</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BenefitImpl extends IdentifiedImpl implements Benefit {
	/**
	 * The default value of the '{@link #getBeneficiary() <em>Beneficiary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiary()
	 * @generated
	 * @ordered
	 */
	protected static final Beneficiary BENEFICIARY_EDEFAULT = Beneficiary.STUDENTS;

	/**
	 * The cached value of the '{@link #getBeneficiary() <em>Beneficiary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiary()
	 * @generated
	 * @ordered
	 */
	protected Beneficiary beneficiary = BENEFICIARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceType() <em>Evidence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceType()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceType EVIDENCE_TYPE_EDEFAULT = EvidenceType.UNKNOWN;

	/**
	 * The cached value of the '{@link #getEvidenceType() <em>Evidence Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceType()
	 * @generated
	 * @ordered
	 */
	protected EvidenceType evidenceType = EVIDENCE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceStrength() <em>Evidence Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceStrength()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceStrength EVIDENCE_STRENGTH_EDEFAULT = EvidenceStrength.UNKNOWN;

	/**
	 * The cached value of the '{@link #getEvidenceStrength() <em>Evidence Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceStrength()
	 * @generated
	 * @ordered
	 */
	protected EvidenceStrength evidenceStrength = EVIDENCE_STRENGTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BenefitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.BENEFIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Beneficiary getBeneficiary() {
		return beneficiary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeneficiary(Beneficiary newBeneficiary) {
		Beneficiary oldBeneficiary = beneficiary;
		beneficiary = newBeneficiary == null ? BENEFICIARY_EDEFAULT : newBeneficiary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.BENEFIT__BENEFICIARY, oldBeneficiary, beneficiary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.BENEFIT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceType getEvidenceType() {
		return evidenceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceType(EvidenceType newEvidenceType) {
		EvidenceType oldEvidenceType = evidenceType;
		evidenceType = newEvidenceType == null ? EVIDENCE_TYPE_EDEFAULT : newEvidenceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.BENEFIT__EVIDENCE_TYPE, oldEvidenceType, evidenceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceStrength getEvidenceStrength() {
		return evidenceStrength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceStrength(EvidenceStrength newEvidenceStrength) {
		EvidenceStrength oldEvidenceStrength = evidenceStrength;
		evidenceStrength = newEvidenceStrength == null ? EVIDENCE_STRENGTH_EDEFAULT : newEvidenceStrength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.BENEFIT__EVIDENCE_STRENGTH, oldEvidenceStrength, evidenceStrength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.BENEFIT__BENEFICIARY:
				return getBeneficiary();
			case GuidancePackage.BENEFIT__DESCRIPTION:
				return getDescription();
			case GuidancePackage.BENEFIT__EVIDENCE_TYPE:
				return getEvidenceType();
			case GuidancePackage.BENEFIT__EVIDENCE_STRENGTH:
				return getEvidenceStrength();
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
			case GuidancePackage.BENEFIT__BENEFICIARY:
				setBeneficiary((Beneficiary)newValue);
				return;
			case GuidancePackage.BENEFIT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case GuidancePackage.BENEFIT__EVIDENCE_TYPE:
				setEvidenceType((EvidenceType)newValue);
				return;
			case GuidancePackage.BENEFIT__EVIDENCE_STRENGTH:
				setEvidenceStrength((EvidenceStrength)newValue);
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
			case GuidancePackage.BENEFIT__BENEFICIARY:
				setBeneficiary(BENEFICIARY_EDEFAULT);
				return;
			case GuidancePackage.BENEFIT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case GuidancePackage.BENEFIT__EVIDENCE_TYPE:
				setEvidenceType(EVIDENCE_TYPE_EDEFAULT);
				return;
			case GuidancePackage.BENEFIT__EVIDENCE_STRENGTH:
				setEvidenceStrength(EVIDENCE_STRENGTH_EDEFAULT);
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
			case GuidancePackage.BENEFIT__BENEFICIARY:
				return beneficiary != BENEFICIARY_EDEFAULT;
			case GuidancePackage.BENEFIT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case GuidancePackage.BENEFIT__EVIDENCE_TYPE:
				return evidenceType != EVIDENCE_TYPE_EDEFAULT;
			case GuidancePackage.BENEFIT__EVIDENCE_STRENGTH:
				return evidenceStrength != EVIDENCE_STRENGTH_EDEFAULT;
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
		result.append(" (beneficiary: ");
		result.append(beneficiary);
		result.append(", description: ");
		result.append(description);
		result.append(", evidenceType: ");
		result.append(evidenceType);
		result.append(", evidenceStrength: ");
		result.append(evidenceStrength);
		result.append(')');
		return result.toString();
	}

} //BenefitImpl
