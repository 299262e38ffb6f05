/**
 */
package org.bridgework.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;

import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Member;
import org.bridgework.model.Rating;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consensus Round</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.ConsensusRoundImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ConsensusRoundImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ConsensusRoundImpl#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ConsensusRoundImpl#getClosed <em>Closed</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ConsensusRoundImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ConsensusRoundImpl#getPanel <em>Panel</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ConsensusRoundImpl#getRatings <em>Ratings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsensusRoundImpl extends IdentifiedImpl implements ConsensusRound {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OPENED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpened() <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpened()
	 * @generated
	 * @ordered
	 */
	protected LocalDate opened = OPENED_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosed() <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosed()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosed() <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosed()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closed = CLOSED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<Criterion> criteria;

	/**
	 * The cached value of the '{@link #getPanel() <em>Panel</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPanel()
	 * @generated
	 * @ordered
	 */
	protected EList<Member> panel;

	/**
	 * The cached value of the '{@link #getRatings() <em>Ratings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatings()
	 * @generated
	 * @ordered
	 */
	protected EList<Rating> ratings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsensusRoundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.CONSENSUS_ROUND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CONSENSUS_ROUND__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CONSENSUS_ROUND__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOpened() {
		return opened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpened(LocalDate newOpened) {
		LocalDate oldOpened = opened;
		opened = newOpened;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CONSENSUS_ROUND__OPENED, oldOpened, opened));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosed() {
		return closed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosed(LocalDate newClosed) {
		LocalDate oldClosed = closed;
		closed = newClosed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CONSENSUS_ROUND__CLOSED, oldClosed, closed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Criterion> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectResolvingEList<Criterion>(Criterion.class, this, GuidancePackage.CONSENSUS_ROUND__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Member> getPanel() {
		if (panel == null) {
			panel = new EObjectResolvingEList<Member>(Member.class, this, GuidancePackage.CONSENSUS_ROUND__PANEL);
		}
		return panel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rating> getRatings() {
		if (ratings == null) {
			ratings = new EObjectContainmentEList<Rating>(Rating.class, this, GuidancePackage.CONSENSUS_ROUND__RATINGS);
		}
		return ratings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsensusStatus consensusStatus(final Criterion criterion) {
		return org.bridgework.model.derive.Derived.consensusStatus(this, criterion);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int raterCount(final Criterion criterion) {
		return org.bridgework.model.derive.Derived.raterCount(this, criterion);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double agreementPercent(final Criterion criterion) {
		return org.bridgework.model.derive.Derived.agreementPercent(this, criterion);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.CONSENSUS_ROUND__RATINGS:
				return ((InternalEList<?>)getRatings()).basicRemove(otherEnd, msgs);
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
			case GuidancePackage.CONSENSUS_ROUND__NUMBER:
				return getNumber();
			case GuidancePackage.CONSENSUS_ROUND__TITLE:
				return getTitle();
			case GuidancePackage.CONSENSUS_ROUND__OPENED:
				return getOpened();
			case GuidancePackage.CONSENSUS_ROUND__CLOSED:
				return getClosed();
			case GuidancePackage.CONSENSUS_ROUND__CRITERIA:
				return getCriteria();
			case GuidancePackage.CONSENSUS_ROUND__PANEL:
				return getPanel();
			case GuidancePackage.CONSENSUS_ROUND__RATINGS:
				return getRatings();
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
			case GuidancePackage.CONSENSUS_ROUND__NUMBER:
				setNumber((Integer)newValue);
				return;
			case GuidancePackage.CONSENSUS_ROUND__TITLE:
				setTitle((String)newValue);
				return;
			case GuidancePackage.CONSENSUS_ROUND__OPENED:
				setOpened((LocalDate)newValue);
				return;
			case GuidancePackage.CONSENSUS_ROUND__CLOSED:
				setClosed((LocalDate)newValue);
				return;
			case GuidancePackage.CONSENSUS_ROUND__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends Criterion>)newValue);
				return;
			case GuidancePackage.CONSENSUS_ROUND__PANEL:
				getPanel().clear();
				getPanel().addAll((Collection<? extends Member>)newValue);
				return;
			case GuidancePackage.CONSENSUS_ROUND__RATINGS:
				getRatings().clear();
				getRatings().addAll((Collection<? extends Rating>)newValue);
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
			case GuidancePackage.CONSENSUS_ROUND__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case GuidancePackage.CONSENSUS_ROUND__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GuidancePackage.CONSENSUS_ROUND__OPENED:
				setOpened(OPENED_EDEFAULT);
				return;
			case GuidancePackage.CONSENSUS_ROUND__CLOSED:
				setClosed(CLOSED_EDEFAULT);
				return;
			case GuidancePackage.CONSENSUS_ROUND__CRITERIA:
				getCriteria().clear();
				return;
			case GuidancePackage.CONSENSUS_ROUND__PANEL:
				getPanel().clear();
				return;
			case GuidancePackage.CONSENSUS_ROUND__RATINGS:
				getRatings().clear();
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
			case GuidancePackage.CONSENSUS_ROUND__NUMBER:
				return number != NUMBER_EDEFAULT;
			case GuidancePackage.CONSENSUS_ROUND__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GuidancePackage.CONSENSUS_ROUND__OPENED:
				return OPENED_EDEFAULT == null ? opened != null : !OPENED_EDEFAULT.equals(opened);
			case GuidancePackage.CONSENSUS_ROUND__CLOSED:
				return CLOSED_EDEFAULT == null ? closed != null : !CLOSED_EDEFAULT.equals(closed);
			case GuidancePackage.CONSENSUS_ROUND__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case GuidancePackage.CONSENSUS_ROUND__PANEL:
				return panel != null && !panel.isEmpty();
			case GuidancePackage.CONSENSUS_ROUND__RATINGS:
				return ratings != null && !ratings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case GuidancePackage.CONSENSUS_ROUND___CONSENSUS_STATUS__CRITERION:
				return consensusStatus((Criterion)arguments.get(0));
			case GuidancePackage.CONSENSUS_ROUND___RATER_COUNT__CRITERION:
				return raterCount((Criterion)arguments.get(0));
			case GuidancePackage.CONSENSUS_ROUND___AGREEMENT_PERCENT__CRITERION:
				return agreementPercent((Criterion)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", opened: ");
		result.append(opened);
		result.append(", closed: ");
		result.append(closed);
		result.append(')');
		return result.toString();
	}

} //ConsensusRoundImpl
