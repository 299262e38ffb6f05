/**
 */
package org.bridgework.model.impl;

import java.time.LocalDate;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Identified;
import org.bridgework.model.Milestone;
import org.bridgework.model.Organisation;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Comment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getReviewerRole <em>Reviewer Role</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getReviewerOrganisation <em>Reviewer Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getRaised <em>Raised</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getResponse <em>Response</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getQuotedText <em>Quoted Text</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ReviewCommentImpl#getTheme <em>Theme</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewCommentImpl extends IdentifiedImpl implements ReviewComment {
	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Identified target;

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
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

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
	 * The default value of the '{@link #getQuotedText() <em>Quoted Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotedText()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTED_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuotedText() <em>Quoted Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotedText()
	 * @generated
	 * @ordered
	 */
	protected String quotedText = QUOTED_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected static final String THEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected String theme = THEME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewCommentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.REVIEW_COMMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Identified getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Identified)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.REVIEW_COMMENT__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Identified basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Identified newTarget) {
		Identified oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__REVIEWER_ROLE, oldReviewerRole, reviewerRole));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.REVIEW_COMMENT__REVIEWER_ORGANISATION, oldReviewerOrganisation, reviewerOrganisation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__REVIEWER_ORGANISATION, oldReviewerOrganisation, reviewerOrganisation));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.REVIEW_COMMENT__MILESTONE, oldMilestone, milestone));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__MILESTONE, oldMilestone, milestone));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__RAISED, oldRaised, raised));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__TEXT, oldText, text));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__RESPONSE, oldResponse, response));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuotedText() {
		return quotedText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuotedText(String newQuotedText) {
		String oldQuotedText = quotedText;
		quotedText = newQuotedText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__QUOTED_TEXT, oldQuotedText, quotedText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheme() {
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(String newTheme) {
		String oldTheme = theme;
		theme = newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.REVIEW_COMMENT__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.REVIEW_COMMENT__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case GuidancePackage.REVIEW_COMMENT__REVIEWER_ROLE:
				return getReviewerRole();
			case GuidancePackage.REVIEW_COMMENT__REVIEWER_ORGANISATION:
				if (resolve) return getReviewerOrganisation();
				return basicGetReviewerOrganisation();
			case GuidancePackage.REVIEW_COMMENT__MILESTONE:
				if (resolve) return getMilestone();
				return basicGetMilestone();
			case GuidancePackage.REVIEW_COMMENT__STATUS:
				return getStatus();
			case GuidancePackage.REVIEW_COMMENT__RAISED:
				return getRaised();
			case GuidancePackage.REVIEW_COMMENT__TEXT:
				return getText();
			case GuidancePackage.REVIEW_COMMENT__RESPONSE:
				return getResponse();
			case GuidancePackage.REVIEW_COMMENT__QUOTED_TEXT:
				return getQuotedText();
			case GuidancePackage.REVIEW_COMMENT__THEME:
				return getTheme();
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
			case GuidancePackage.REVIEW_COMMENT__TARGET:
				setTarget((Identified)newValue);
				return;
			case GuidancePackage.REVIEW_COMMENT__REVIEWER_ROLE:
				setReviewerRole((String)newValue);
				return;
			case GuidancePackage.REVIEW_COMMENT__REVIEWER_ORGANISATION:
				setReviewerOrganisation((Organisation)newValue);
				return;
			case GuidancePackage.REVIEW_COMMENT__MILESTONE:
				setMilestone((Milestone)newValue);
				return;
			case GuidancePackage.REVIEW_COMMENT__STATUS:
				setStatus((ReviewStatus)newValue);
				return;
			case GuidancePackage.REVIEW_COMMENT__RAISED:
				setRaised((LocalDate)newValue);
				return;
			case GuidancePackage.REVIEW_COMMENT__TEXT:
				setText((String)newValue);
				return;
			case GuidancePackage.REVIEW_COMMENT__RESPONSE:
				setResponse((String)newValue);
				return;
			case GuidancePackage.REVIEW_COMMENT__QUOTED_TEXT:
				setQuotedText((String)newValue);
				return;
			case GuidancePackage.REVIEW_COMMENT__THEME:
				setTheme((String)newValue);
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
			case GuidancePackage.REVIEW_COMMENT__TARGET:
				setTarget((Identified)null);
				return;
			case GuidancePackage.REVIEW_COMMENT__REVIEWER_ROLE:
				setReviewerRole(REVIEWER_ROLE_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_COMMENT__REVIEWER_ORGANISATION:
				setReviewerOrganisation((Organisation)null);
				return;
			case GuidancePackage.REVIEW_COMMENT__MILESTONE:
				setMilestone((Milestone)null);
				return;
			case GuidancePackage.REVIEW_COMMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_COMMENT__RAISED:
				setRaised(RAISED_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_COMMENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_COMMENT__RESPONSE:
				setResponse(RESPONSE_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_COMMENT__QUOTED_TEXT:
				setQuotedText(QUOTED_TEXT_EDEFAULT);
				return;
			case GuidancePackage.REVIEW_COMMENT__THEME:
				setTheme(THEME_EDEFAULT);
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
			case GuidancePackage.REVIEW_COMMENT__TARGET:
				return target != null;
			case GuidancePackage.REVIEW_COMMENT__REVIEWER_ROLE:
				return REVIEWER_ROLE_EDEFAULT == null ? reviewerRole != null : !REVIEWER_ROLE_EDEFAULT.equals(reviewerRole);
			case GuidancePackage.REVIEW_COMMENT__REVIEWER_ORGANISATION:
				return reviewerOrganisation != null;
			case GuidancePackage.REVIEW_COMMENT__MILESTONE:
				return milestone != null;
			case GuidancePackage.REVIEW_COMMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case GuidancePackage.REVIEW_COMMENT__RAISED:
				return RAISED_EDEFAULT == null ? raised != null : !RAISED_EDEFAULT.equals(raised);
			case GuidancePackage.REVIEW_COMMENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case GuidancePackage.REVIEW_COMMENT__RESPONSE:
				return RESPONSE_EDEFAULT == null ? response != null : !RESPONSE_EDEFAULT.equals(response);
			case GuidancePackage.REVIEW_COMMENT__QUOTED_TEXT:
				return QUOTED_TEXT_EDEFAULT == null ? quotedText != null : !QUOTED_TEXT_EDEFAULT.equals(quotedText);
			case GuidancePackage.REVIEW_COMMENT__THEME:
				return THEME_EDEFAULT == null ? theme != null : !THEME_EDEFAULT.equals(theme);
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
		result.append(" (reviewerRole: ");
		result.append(reviewerRole);
		result.append(", status: ");
		result.append(status);
		result.append(", raised: ");
		result.append(raised);
		result.append(", text: ");
		result.append(text);
		result.append(", response: ");
		result.append(response);
		result.append(", quotedText: ");
		result.append(quotedText);
		result.append(", theme: ");
		result.append(theme);
		result.append(')');
		return result.toString();
	}

} //ReviewCommentImpl
