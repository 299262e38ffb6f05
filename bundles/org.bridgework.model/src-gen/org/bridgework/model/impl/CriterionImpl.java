/**
 */
package org.bridgework.model.impl;

import java.util.Collection;

import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.WordingChange;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.CriterionImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CriterionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CriterionImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CriterionImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CriterionImpl#getEvidenceExpected <em>Evidence Expected</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CriterionImpl#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CriterionImpl#getWordingHistory <em>Wording History</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CriterionImpl#getConsensusStatus <em>Consensus Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriterionImpl extends IdentifiedImpl implements Criterion {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

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
	 * The default value of the '{@link #getEvidenceExpected() <em>Evidence Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceExpected()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EXPECTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceExpected() <em>Evidence Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceExpected()
	 * @generated
	 * @ordered
	 */
	protected String evidenceExpected = EVIDENCE_EXPECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANDATORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected boolean mandatory = MANDATORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWordingHistory() <em>Wording History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordingHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<WordingChange> wordingHistory;

	/**
	 * The default value of the '{@link #getConsensusStatus() <em>Consensus Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsensusStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ConsensusStatus CONSENSUS_STATUS_EDEFAULT = ConsensusStatus.NOT_RATED;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CRITERION__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CRITERION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement() {
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement) {
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CRITERION__STATEMENT, oldStatement, statement));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CRITERION__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceExpected() {
		return evidenceExpected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceExpected(String newEvidenceExpected) {
		String oldEvidenceExpected = evidenceExpected;
		evidenceExpected = newEvidenceExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CRITERION__EVIDENCE_EXPECTED, oldEvidenceExpected, evidenceExpected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMandatory() {
		return mandatory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandatory(boolean newMandatory) {
		boolean oldMandatory = mandatory;
		mandatory = newMandatory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CRITERION__MANDATORY, oldMandatory, mandatory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WordingChange> getWordingHistory() {
		if (wordingHistory == null) {
			wordingHistory = new EObjectContainmentEList<WordingChange>(WordingChange.class, this, GuidancePackage.CRITERION__WORDING_HISTORY);
		}
		return wordingHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsensusStatus getConsensusStatus() {
		return org.bridgework.model.derive.Derived.consensusStatus(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.CRITERION__WORDING_HISTORY:
				return ((InternalEList<?>)getWordingHistory()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.CRITERION__CODE:
				return getCode();
			case GuidancePackage.CRITERION__TITLE:
				return getTitle();
			case GuidancePackage.CRITERION__STATEMENT:
				return getStatement();
			case GuidancePackage.CRITERION__RATIONALE:
				return getRationale();
			case GuidancePackage.CRITERION__EVIDENCE_EXPECTED:
				return getEvidenceExpected();
			case GuidancePackage.CRITERION__MANDATORY:
				return isMandatory();
			case GuidancePackage.CRITERION__WORDING_HISTORY:
				return getWordingHistory();
			case GuidancePackage.CRITERION__CONSENSUS_STATUS:
				return getConsensusStatus();
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
			case GuidancePackage.CRITERION__CODE:
				setCode((String)newValue);
				return;
			case GuidancePackage.CRITERION__TITLE:
				setTitle((String)newValue);
				return;
			case GuidancePackage.CRITERION__STATEMENT:
				setStatement((String)newValue);
				return;
			case GuidancePackage.CRITERION__RATIONALE:
				setRationale((String)newValue);
				return;
			case GuidancePackage.CRITERION__EVIDENCE_EXPECTED:
				setEvidenceExpected((String)newValue);
				return;
			case GuidancePackage.CRITERION__MANDATORY:
				setMandatory((Boolean)newValue);
				return;
			case GuidancePackage.CRITERION__WORDING_HISTORY:
				getWordingHistory().clear();
				getWordingHistory().addAll((Collection<? extends WordingChange>)newValue);
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
			case GuidancePackage.CRITERION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case GuidancePackage.CRITERION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GuidancePackage.CRITERION__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case GuidancePackage.CRITERION__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case GuidancePackage.CRITERION__EVIDENCE_EXPECTED:
				setEvidenceExpected(EVIDENCE_EXPECTED_EDEFAULT);
				return;
			case GuidancePackage.CRITERION__MANDATORY:
				setMandatory(MANDATORY_EDEFAULT);
				return;
			case GuidancePackage.CRITERION__WORDING_HISTORY:
				getWordingHistory().clear();
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
			case GuidancePackage.CRITERION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case GuidancePackage.CRITERION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GuidancePackage.CRITERION__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case GuidancePackage.CRITERION__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case GuidancePackage.CRITERION__EVIDENCE_EXPECTED:
				return EVIDENCE_EXPECTED_EDEFAULT == null ? evidenceExpected != null : !EVIDENCE_EXPECTED_EDEFAULT.equals(evidenceExpected);
			case GuidancePackage.CRITERION__MANDATORY:
				return mandatory != MANDATORY_EDEFAULT;
			case GuidancePackage.CRITERION__WORDING_HISTORY:
				return wordingHistory != null && !wordingHistory.isEmpty();
			case GuidancePackage.CRITERION__CONSENSUS_STATUS:
				return getConsensusStatus() != CONSENSUS_STATUS_EDEFAULT;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", statement: ");
		result.append(statement);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", evidenceExpected: ");
		result.append(evidenceExpected);
		result.append(", mandatory: ");
		result.append(mandatory);
		result.append(')');
		return result.toString();
	}

} //CriterionImpl
