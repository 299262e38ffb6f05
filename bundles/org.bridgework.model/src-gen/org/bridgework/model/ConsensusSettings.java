/**
 */
package org.bridgework.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consensus Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How agreement is measured. NINE_POINT: 7-9 agree, 1-3 disagree. AGREE_NEUTRAL_DISAGREE: 3 agree, 2 neutral, 1 disagree.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.ConsensusSettings#getScale <em>Scale</em>}</li>
 *   <li>{@link org.bridgework.model.ConsensusSettings#getIncludeThresholdPercent <em>Include Threshold Percent</em>}</li>
 *   <li>{@link org.bridgework.model.ConsensusSettings#getExcludeOppositeThresholdPercent <em>Exclude Opposite Threshold Percent</em>}</li>
 *   <li>{@link org.bridgework.model.ConsensusSettings#isAgreementInEveryGroup <em>Agreement In Every Group</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getConsensusSettings()
 * @model
 * @generated
 */
public interface ConsensusSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.ConsensusScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see org.bridgework.model.ConsensusScale
	 * @see #setScale(ConsensusScale)
	 * @see org.bridgework.model.GuidancePackage#getConsensusSettings_Scale()
	 * @model
	 * @generated
	 */
	ConsensusScale getScale();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ConsensusSettings#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see org.bridgework.model.ConsensusScale
	 * @see #getScale()
	 * @generated
	 */
	void setScale(ConsensusScale value);

	/**
	 * Returns the value of the '<em><b>Include Threshold Percent</b></em>' attribute.
	 * The default value is <code>"75"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Include Threshold Percent</em>' attribute.
	 * @see #setIncludeThresholdPercent(int)
	 * @see org.bridgework.model.GuidancePackage#getConsensusSettings_IncludeThresholdPercent()
	 * @model default="75"
	 * @generated
	 */
	int getIncludeThresholdPercent();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ConsensusSettings#getIncludeThresholdPercent <em>Include Threshold Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Include Threshold Percent</em>' attribute.
	 * @see #getIncludeThresholdPercent()
	 * @generated
	 */
	void setIncludeThresholdPercent(int value);

	/**
	 * Returns the value of the '<em><b>Exclude Opposite Threshold Percent</b></em>' attribute.
	 * The default value is <code>"15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Consensus needs fewer than this percent at the opposite end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclude Opposite Threshold Percent</em>' attribute.
	 * @see #setExcludeOppositeThresholdPercent(int)
	 * @see org.bridgework.model.GuidancePackage#getConsensusSettings_ExcludeOppositeThresholdPercent()
	 * @model default="15"
	 * @generated
	 */
	int getExcludeOppositeThresholdPercent();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ConsensusSettings#getExcludeOppositeThresholdPercent <em>Exclude Opposite Threshold Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Opposite Threshold Percent</em>' attribute.
	 * @see #getExcludeOppositeThresholdPercent()
	 * @generated
	 */
	void setExcludeOppositeThresholdPercent(int value);

	/**
	 * Returns the value of the '<em><b>Agreement In Every Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When true, consensus also needs the thresholds met within every stakeholder group that rated the criterion (so no group is outvoted).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreement In Every Group</em>' attribute.
	 * @see #setAgreementInEveryGroup(boolean)
	 * @see org.bridgework.model.GuidancePackage#getConsensusSettings_AgreementInEveryGroup()
	 * @model
	 * @generated
	 */
	boolean isAgreementInEveryGroup();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ConsensusSettings#isAgreementInEveryGroup <em>Agreement In Every Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreement In Every Group</em>' attribute.
	 * @see #isAgreementInEveryGroup()
	 * @generated
	 */
	void setAgreementInEveryGroup(boolean value);

} // ConsensusSettings
