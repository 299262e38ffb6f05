/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.GuidancePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consensus Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.ConsensusSettingsImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ConsensusSettingsImpl#getIncludeThresholdPercent <em>Include Threshold Percent</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ConsensusSettingsImpl#getExcludeOppositeThresholdPercent <em>Exclude Opposite Threshold Percent</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ConsensusSettingsImpl#isAgreementInEveryGroup <em>Agreement In Every Group</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsensusSettingsImpl extends EObjectImpl implements ConsensusSettings {
	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final ConsensusScale SCALE_EDEFAULT = ConsensusScale.NINE_POINT;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected ConsensusScale scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIncludeThresholdPercent() <em>Include Threshold Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludeThresholdPercent()
	 * @generated
	 * @ordered
	 */
	protected static final int INCLUDE_THRESHOLD_PERCENT_EDEFAULT = 75;

	/**
	 * The cached value of the '{@link #getIncludeThresholdPercent() <em>Include Threshold Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludeThresholdPercent()
	 * @generated
	 * @ordered
	 */
	protected int includeThresholdPercent = INCLUDE_THRESHOLD_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getExcludeOppositeThresholdPercent() <em>Exclude Opposite Threshold Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludeOppositeThresholdPercent()
	 * @generated
	 * @ordered
	 */
	protected static final int EXCLUDE_OPPOSITE_THRESHOLD_PERCENT_EDEFAULT = 15;

	/**
	 * The cached value of the '{@link #getExcludeOppositeThresholdPercent() <em>Exclude Opposite Threshold Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludeOppositeThresholdPercent()
	 * @generated
	 * @ordered
	 */
	protected int excludeOppositeThresholdPercent = EXCLUDE_OPPOSITE_THRESHOLD_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isAgreementInEveryGroup() <em>Agreement In Every Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAgreementInEveryGroup()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AGREEMENT_IN_EVERY_GROUP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAgreementInEveryGroup() <em>Agreement In Every Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAgreementInEveryGroup()
	 * @generated
	 * @ordered
	 */
	protected boolean agreementInEveryGroup = AGREEMENT_IN_EVERY_GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsensusSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.CONSENSUS_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsensusScale getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(ConsensusScale newScale) {
		ConsensusScale oldScale = scale;
		scale = newScale == null ? SCALE_EDEFAULT : newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CONSENSUS_SETTINGS__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIncludeThresholdPercent() {
		return includeThresholdPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludeThresholdPercent(int newIncludeThresholdPercent) {
		int oldIncludeThresholdPercent = includeThresholdPercent;
		includeThresholdPercent = newIncludeThresholdPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CONSENSUS_SETTINGS__INCLUDE_THRESHOLD_PERCENT, oldIncludeThresholdPercent, includeThresholdPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExcludeOppositeThresholdPercent() {
		return excludeOppositeThresholdPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeOppositeThresholdPercent(int newExcludeOppositeThresholdPercent) {
		int oldExcludeOppositeThresholdPercent = excludeOppositeThresholdPercent;
		excludeOppositeThresholdPercent = newExcludeOppositeThresholdPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CONSENSUS_SETTINGS__EXCLUDE_OPPOSITE_THRESHOLD_PERCENT, oldExcludeOppositeThresholdPercent, excludeOppositeThresholdPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAgreementInEveryGroup() {
		return agreementInEveryGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreementInEveryGroup(boolean newAgreementInEveryGroup) {
		boolean oldAgreementInEveryGroup = agreementInEveryGroup;
		agreementInEveryGroup = newAgreementInEveryGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CONSENSUS_SETTINGS__AGREEMENT_IN_EVERY_GROUP, oldAgreementInEveryGroup, agreementInEveryGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.CONSENSUS_SETTINGS__SCALE:
				return getScale();
			case GuidancePackage.CONSENSUS_SETTINGS__INCLUDE_THRESHOLD_PERCENT:
				return getIncludeThresholdPercent();
			case GuidancePackage.CONSENSUS_SETTINGS__EXCLUDE_OPPOSITE_THRESHOLD_PERCENT:
				return getExcludeOppositeThresholdPercent();
			case GuidancePackage.CONSENSUS_SETTINGS__AGREEMENT_IN_EVERY_GROUP:
				return isAgreementInEveryGroup();
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
			case GuidancePackage.CONSENSUS_SETTINGS__SCALE:
				setScale((ConsensusScale)newValue);
				return;
			case GuidancePackage.CONSENSUS_SETTINGS__INCLUDE_THRESHOLD_PERCENT:
				setIncludeThresholdPercent((Integer)newValue);
				return;
			case GuidancePackage.CONSENSUS_SETTINGS__EXCLUDE_OPPOSITE_THRESHOLD_PERCENT:
				setExcludeOppositeThresholdPercent((Integer)newValue);
				return;
			case GuidancePackage.CONSENSUS_SETTINGS__AGREEMENT_IN_EVERY_GROUP:
				setAgreementInEveryGroup((Boolean)newValue);
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
			case GuidancePackage.CONSENSUS_SETTINGS__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case GuidancePackage.CONSENSUS_SETTINGS__INCLUDE_THRESHOLD_PERCENT:
				setIncludeThresholdPercent(INCLUDE_THRESHOLD_PERCENT_EDEFAULT);
				return;
			case GuidancePackage.CONSENSUS_SETTINGS__EXCLUDE_OPPOSITE_THRESHOLD_PERCENT:
				setExcludeOppositeThresholdPercent(EXCLUDE_OPPOSITE_THRESHOLD_PERCENT_EDEFAULT);
				return;
			case GuidancePackage.CONSENSUS_SETTINGS__AGREEMENT_IN_EVERY_GROUP:
				setAgreementInEveryGroup(AGREEMENT_IN_EVERY_GROUP_EDEFAULT);
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
			case GuidancePackage.CONSENSUS_SETTINGS__SCALE:
				return scale != SCALE_EDEFAULT;
			case GuidancePackage.CONSENSUS_SETTINGS__INCLUDE_THRESHOLD_PERCENT:
				return includeThresholdPercent != INCLUDE_THRESHOLD_PERCENT_EDEFAULT;
			case GuidancePackage.CONSENSUS_SETTINGS__EXCLUDE_OPPOSITE_THRESHOLD_PERCENT:
				return excludeOppositeThresholdPercent != EXCLUDE_OPPOSITE_THRESHOLD_PERCENT_EDEFAULT;
			case GuidancePackage.CONSENSUS_SETTINGS__AGREEMENT_IN_EVERY_GROUP:
				return agreementInEveryGroup != AGREEMENT_IN_EVERY_GROUP_EDEFAULT;
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
		result.append(" (scale: ");
		result.append(scale);
		result.append(", includeThresholdPercent: ");
		result.append(includeThresholdPercent);
		result.append(", excludeOppositeThresholdPercent: ");
		result.append(excludeOppositeThresholdPercent);
		result.append(", agreementInEveryGroup: ");
		result.append(agreementInEveryGroup);
		result.append(')');
		return result.toString();
	}

} //ConsensusSettingsImpl
