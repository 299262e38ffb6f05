/**
 */
package org.bridgework.model.impl;

import java.time.LocalDate;

import org.bridgework.model.Block;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Milestone;
import org.bridgework.model.Organisation;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.ReviewSuggestion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Suggestion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getBefore <em>Before</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getDeleted <em>Deleted</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getInserted <em>Inserted</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getAfter <em>After</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getReviewerRole <em>Reviewer Role</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getReviewerOrganisation <em>Reviewer Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getRaised <em>Raised</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getDecided <em>Decided</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewSuggestionImpl#getResponse <em>Response</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewSuggestionImpl extends IdentifiedImpl implements ReviewSuggestion {
	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Block target;

	/**
	 * The default value of the '{@link #getItem() <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected static final int ITEM_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected int item = ITEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getBefore() <em>Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBefore()
	 * @generated
	 * @ordered
	 */
	protected static final String BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBefore() <em>Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBefore()
	 * @generated
	 * @ordered
	 */
	protected String before = BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeleted() <em>Deleted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeleted()
	 * @generated
	 * @ordered
	 */
	protected static final String DELETED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeleted() <em>Deleted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeleted()
	 * @generated
	 * @ordered
	 */
	protected String deleted = DELETED_EDEFAULT;

	/**
	 * The default value of the '{@link #getInserted() <em>Inserted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInserted()
	 * @generated
	 * @ordered
	 */
	protected static final String INSERTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInserted() <em>Inserted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInserted()
	 * @generated
	 * @ordered
	 */
	protected String inserted = INSERTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAfter() <em>After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfter()
	 * @generated
	 * @ordered
	 */
	protected static final String AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAfter() <em>After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAfter()
	 * @generated
	 * @ordered
	 */
	protected String after = AFTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewerRole() <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerRole()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerRole() <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerRole()
	 * @generated
	 * @ordered
	 */
	protected String reviewerRole = REVIEWER_ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviewerOrganisation() <em>Reviewer Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation reviewerOrganisation;

	/**
	 * The cached value of the '{@link #getMilestone() <em>Milestone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestone()
	 * @generated
	 * @ordered
	 */
	protected Milestone milestone;

	/**
	 * The default value of the '{@link #getRaised() <em>Raised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaised()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RAISED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRaised() <em>Raised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaised()
	 * @generated
	 * @ordered
	 */
	protected LocalDate raised = RAISED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewStatus STATUS_EDEFAULT = ReviewStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ReviewStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecided() <em>Decided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecided()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECIDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecided() <em>Decided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecided()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decided = DECIDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponse() <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponse()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponse() <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponse()
	 * @generated
	 * @ordered
	 */
	protected String response = RESPONSE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewSuggestionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.REVIEW_SUGGESTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Block getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Block)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.REVIEW_SUGGESTION__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Block basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Block newTarget) {
		Block oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(int newItem) {
		int oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBefore() {
		return before;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBefore(String newBefore) {
		String oldBefore = before;
		before = newBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__BEFORE, oldBefore, before));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeleted() {
		return deleted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeleted(String newDeleted) {
		String oldDeleted = deleted;
		deleted = newDeleted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__DELETED, oldDeleted, deleted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInserted() {
		return inserted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInserted(String newInserted) {
		String oldInserted = inserted;
		inserted = newInserted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__INSERTED, oldInserted, inserted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAfter() {
		return after;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAfter(String newAfter) {
		String oldAfter = after;
		after = newAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__AFTER, oldAfter, after));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerRole() {
		return reviewerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerRole(String newReviewerRole) {
		String oldReviewerRole = reviewerRole;
		reviewerRole = newReviewerRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ROLE, oldReviewerRole, reviewerRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getReviewerOrganisation() {
		if (reviewerOrganisation != null && reviewerOrganisation.eIsProxy()) {
			InternalEObject oldReviewerOrganisation = (InternalEObject)reviewerOrganisation;
			reviewerOrganisation = (Organisation)eResolveProxy(oldReviewerOrganisation);
			if (reviewerOrganisation != oldReviewerOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ORGANISATION, oldReviewerOrganisation, reviewerOrganisation));
			}
		}
		return reviewerOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetReviewerOrganisation() {
		return reviewerOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerOrganisation(Organisation newReviewerOrganisation) {
		Organisation oldReviewerOrganisation = reviewerOrganisation;
		reviewerOrganisation = newReviewerOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ORGANISATION, oldReviewerOrganisation, reviewerOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Milestone getMilestone() {
		if (milestone != null && milestone.eIsProxy()) {
			InternalEObject oldMilestone = (InternalEObject)milestone;
			milestone = (Milestone)eResolveProxy(oldMilestone);
			if (milestone != oldMilestone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.REVIEW_SUGGESTION__MILESTONE, oldMilestone, milestone));
			}
		}
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Milestone basicGetMilestone() {
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMilestone(Milestone newMilestone) {
		Milestone oldMilestone = milestone;
		milestone = newMilestone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__MILESTONE, oldMilestone, milestone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRaised() {
		return raised;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaised(LocalDate newRaised) {
		LocalDate oldRaised = raised;
		raised = newRaised;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__RAISED, oldRaised, raised));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ReviewStatus newStatus) {
		ReviewStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecided() {
		return decided;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecided(LocalDate newDecided) {
		LocalDate oldDecided = decided;
		decided = newDecided;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__DECIDED, oldDecided, decided));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponse() {
		return response;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponse(String newResponse) {
		String oldResponse = response;
		response = newResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_SUGGESTION__RESPONSE, oldResponse, response));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.REVIEW_SUGGESTION__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case GuidancePackage.REVIEW_SUGGESTION__ITEM:
				return getItem();
			case GuidancePackage.REVIEW_SUGGESTION__BEFORE:
				return getBefore();
			case GuidancePackage.REVIEW_SUGGESTION__DELETED:
				return getDeleted();
			case GuidancePackage.REVIEW_SUGGESTION__INSERTED:
				return getInserted();
			case GuidancePackage.REVIEW_SUGGESTION__AFTER:
				return getAfter();
			case GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ROLE:
				return getReviewerRole();
			case GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ORGANISATION:
				if (resolve) return getReviewerOrganisation();
				return basicGetReviewerOrganisation();
			case GuidancePackage.REVIEW_SUGGESTION__MILESTONE:
				if (resolve) return getMilestone();
				return basicGetMilestone();
			case GuidancePackage.REVIEW_SUGGESTION__RAISED:
				return getRaised();
			case GuidancePackage.REVIEW_SUGGESTION__STATUS:
				return getStatus();
			case GuidancePackage.REVIEW_SUGGESTION__DECIDED:
				return getDecided();
			case GuidancePackage.REVIEW_SUGGESTION__RESPONSE:
				return getResponse();
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
			case GuidancePackage.REVIEW_SUGGESTION__TARGET:
				setTarget((Block)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__ITEM:
				setItem((Integer)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__BEFORE:
				setBefore((String)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__DELETED:
				setDeleted((String)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__INSERTED:
				setInserted((String)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__AFTER:
				setAfter((String)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ROLE:
				setReviewerRole((String)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ORGANISATION:
				setReviewerOrganisation((Organisation)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__MILESTONE:
				setMilestone((Milestone)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__RAISED:
				setRaised((LocalDate)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__STATUS:
				setStatus((ReviewStatus)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__DECIDED:
				setDecided((LocalDate)newValue);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__RESPONSE:
				setResponse((String)newValue);
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
			case GuidancePackage.REVIEW_SUGGESTION__TARGET:
				setTarget((Block)null);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__ITEM:
				setItem(ITEM_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__BEFORE:
				setBefore(BEFORE_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__DELETED:
				setDeleted(DELETED_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__INSERTED:
				setInserted(INSERTED_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__AFTER:
				setAfter(AFTER_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ROLE:
				setReviewerRole(REVIEWER_ROLE_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ORGANISATION:
				setReviewerOrganisation((Organisation)null);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__MILESTONE:
				setMilestone((Milestone)null);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__RAISED:
				setRaised(RAISED_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__DECIDED:
				setDecided(DECIDED_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_SUGGESTION__RESPONSE:
				setResponse(RESPONSE_EDEFAULT);
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
			case GuidancePackage.REVIEW_SUGGESTION__TARGET:
				return target != null;
			case GuidancePackage.REVIEW_SUGGESTION__ITEM:
				return item != ITEM_EDEFAULT;
			case GuidancePackage.REVIEW_SUGGESTION__BEFORE:
				return BEFORE_EDEFAULT == null ? before != null : !BEFORE_EDEFAULT.equals(before);
			case GuidancePackage.REVIEW_SUGGESTION__DELETED:
				return DELETED_EDEFAULT == null ? deleted != null : !DELETED_EDEFAULT.equals(deleted);
			case GuidancePackage.REVIEW_SUGGESTION__INSERTED:
				return INSERTED_EDEFAULT == null ? inserted != null : !INSERTED_EDEFAULT.equals(inserted);
			case GuidancePackage.REVIEW_SUGGESTION__AFTER:
				return AFTER_EDEFAULT == null ? after != null : !AFTER_EDEFAULT.equals(after);
			case GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ROLE:
				return REVIEWER_ROLE_EDEFAULT == null ? reviewerRole != null : !REVIEWER_ROLE_EDEFAULT.equals(reviewerRole);
			case GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ORGANISATION:
				return reviewerOrganisation != null;
			case GuidancePackage.REVIEW_SUGGESTION__MILESTONE:
				return milestone != null;
			case GuidancePackage.REVIEW_SUGGESTION__RAISED:
				return RAISED_EDEFAULT == null ? raised != null : !RAISED_EDEFAULT.equals(raised);
			case GuidancePackage.REVIEW_SUGGESTION__STATUS:
				return status != STATUS_EDEFAULT;
			case GuidancePackage.REVIEW_SUGGESTION__DECIDED:
				return DECIDED_EDEFAULT == null ? decided != null : !DECIDED_EDEFAULT.equals(decided);
			case GuidancePackage.REVIEW_SUGGESTION__RESPONSE:
				return RESPONSE_EDEFAULT == null ? response != null : !RESPONSE_EDEFAULT.equals(response);
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
		result.append(" (item: ");
		result.append(item);
		result.append(", before: ");
		result.append(before);
		result.append(", deleted: ");
		result.append(deleted);
		result.append(", inserted: ");
		result.append(inserted);
		result.append(", after: ");
		result.append(after);
		result.append(", reviewerRole: ");
		result.append(reviewerRole);
		result.append(", raised: ");
		result.append(raised);
		result.append(", status: ");
		result.append(status);
		result.append(", decided: ");
		result.append(decided);
		result.append(", response: ");
		result.append(response);
		result.append(')');
		return result.toString();
	}

} //ReviewSuggestionImpl
