/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.ConsensusRound;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.WordingChange;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wording Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.WordingChangeImpl#getRound <em>Round</em>}</li>
 *   <li>{@link org.bridgework.model.impl.WordingChangeImpl#getPreviousStatement <em>Previous Statement</em>}</li>
 *   <li>{@link org.bridgework.model.impl.WordingChangeImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WordingChangeImpl extends EObjectImpl implements WordingChange {
	/**
	 * The cached value of the '{@link #getRound() <em>Round</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound()
	 * @generated
	 * @ordered
	 */
	protected ConsensusRound round;

	/**
	 * The default value of the '{@link #getPreviousStatement() <em>Previous Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String PREVIOUS_STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousStatement() <em>Previous Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousStatement()
	 * @generated
	 * @ordered
	 */
	protected String previousStatement = PREVIOUS_STATEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WordingChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.WORDING_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsensusRound getRound() {
		if (round != null && round.eIsProxy()) {
			InternalEObject oldRound = (InternalEObject)round;
			round = (ConsensusRound)eResolveProxy(oldRound);
			if (round != oldRound) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.WORDING_CHANGE__ROUND, oldRound, round));
			}
		}
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsensusRound basicGetRound() {
		return round;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound(ConsensusRound newRound) {
		ConsensusRound oldRound = round;
		round = newRound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.WORDING_CHANGE__ROUND, oldRound, round));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreviousStatement() {
		return previousStatement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousStatement(String newPreviousStatement) {
		String oldPreviousStatement = previousStatement;
		previousStatement = newPreviousStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.WORDING_CHANGE__PREVIOUS_STATEMENT, oldPreviousStatement, previousStatement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.WORDING_CHANGE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.WORDING_CHANGE__ROUND:
				if (resolve) return getRound();
				return basicGetRound();
			case GuidancePackage.WORDING_CHANGE__PREVIOUS_STATEMENT:
				return getPreviousStatement();
			case GuidancePackage.WORDING_CHANGE__REASON:
				return getReason();
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
			case GuidancePackage.WORDING_CHANGE__ROUND:
				setRound((ConsensusRound)newValue);
				return;
			case GuidancePackage.WORDING_CHANGE__PREVIOUS_STATEMENT:
				setPreviousStatement((String)newValue);
				return;
			case GuidancePackage.WORDING_CHANGE__REASON:
				setReason((String)newValue);
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
			case GuidancePackage.WORDING_CHANGE__ROUND:
				setRound((ConsensusRound)null);
				return;
			case GuidancePackage.WORDING_CHANGE__PREVIOUS_STATEMENT:
				setPreviousStatement(PREVIOUS_STATEMENT_EDEFAULT);
				return;
			case GuidancePackage.WORDING_CHANGE__REASON:
				setReason(REASON_EDEFAULT);
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
			case GuidancePackage.WORDING_CHANGE__ROUND:
				return round != null;
			case GuidancePackage.WORDING_CHANGE__PREVIOUS_STATEMENT:
				return PREVIOUS_STATEMENT_EDEFAULT == null ? previousStatement != null : !PREVIOUS_STATEMENT_EDEFAULT.equals(previousStatement);
			case GuidancePackage.WORDING_CHANGE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (previousStatement: ");
		result.append(previousStatement);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //WordingChangeImpl
