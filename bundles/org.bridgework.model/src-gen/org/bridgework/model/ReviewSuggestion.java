/**
 */
package org.bridgework.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Suggestion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tracked change a reviewer made in a review pack: text deleted and/or inserted at one place of a block. Accepting applies it to the block; rejecting records the decision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getTarget <em>Target</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getItem <em>Item</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getBefore <em>Before</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getDeleted <em>Deleted</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getInserted <em>Inserted</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getAfter <em>After</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getReviewerRole <em>Reviewer Role</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getReviewerOrganisation <em>Reviewer Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getRaised <em>Raised</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getDecided <em>Decided</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewSuggestion#getResponse <em>Response</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion()
 * @model
 * @generated
 */
public interface ReviewSuggestion extends Identified {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Block)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Target()
	 * @model
	 * @generated
	 */
	Block getTarget();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Block value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a list or checklist: which item (from 0); -1 for the block's one text (a paragraph's, a callout's); -2 for a callout's or checklist's title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' attribute.
	 * @see #setItem(int)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Item()
	 * @model default="-1"
	 * @generated
	 */
	int getItem();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getItem <em>Item</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' attribute.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(int value);

	/**
	 * Returns the value of the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text just before the change, as the review pack showed it (to find the place again).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Before</em>' attribute.
	 * @see #setBefore(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Before()
	 * @model
	 * @generated
	 */
	String getBefore();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getBefore <em>Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before</em>' attribute.
	 * @see #getBefore()
	 * @generated
	 */
	void setBefore(String value);

	/**
	 * Returns the value of the '<em><b>Deleted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deleted</em>' attribute.
	 * @see #setDeleted(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Deleted()
	 * @model
	 * @generated
	 */
	String getDeleted();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getDeleted <em>Deleted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deleted</em>' attribute.
	 * @see #getDeleted()
	 * @generated
	 */
	void setDeleted(String value);

	/**
	 * Returns the value of the '<em><b>Inserted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inserted</em>' attribute.
	 * @see #setInserted(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Inserted()
	 * @model
	 * @generated
	 */
	String getInserted();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getInserted <em>Inserted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inserted</em>' attribute.
	 * @see #getInserted()
	 * @generated
	 */
	void setInserted(String value);

	/**
	 * Returns the value of the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text just after the change, as the review pack showed it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>After</em>' attribute.
	 * @see #setAfter(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_After()
	 * @model
	 * @generated
	 */
	String getAfter();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getAfter <em>After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After</em>' attribute.
	 * @see #getAfter()
	 * @generated
	 */
	void setAfter(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Role</em>' attribute.
	 * @see #setReviewerRole(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_ReviewerRole()
	 * @model
	 * @generated
	 */
	String getReviewerRole();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getReviewerRole <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Role</em>' attribute.
	 * @see #getReviewerRole()
	 * @generated
	 */
	void setReviewerRole(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Organisation</em>' reference.
	 * @see #setReviewerOrganisation(Organisation)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_ReviewerOrganisation()
	 * @model
	 * @generated
	 */
	Organisation getReviewerOrganisation();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getReviewerOrganisation <em>Reviewer Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Organisation</em>' reference.
	 * @see #getReviewerOrganisation()
	 * @generated
	 */
	void setReviewerOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Milestone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestone</em>' reference.
	 * @see #setMilestone(Milestone)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Milestone()
	 * @model
	 * @generated
	 */
	Milestone getMilestone();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getMilestone <em>Milestone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Milestone</em>' reference.
	 * @see #getMilestone()
	 * @generated
	 */
	void setMilestone(Milestone value);

	/**
	 * Returns the value of the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised</em>' attribute.
	 * @see #setRaised(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Raised()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getRaised();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getRaised <em>Raised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised</em>' attribute.
	 * @see #getRaised()
	 * @generated
	 */
	void setRaised(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.ReviewStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.bridgework.model.ReviewStatus
	 * @see #setStatus(ReviewStatus)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Status()
	 * @model
	 * @generated
	 */
	ReviewStatus getStatus();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.bridgework.model.ReviewStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReviewStatus value);

	/**
	 * Returns the value of the '<em><b>Decided</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided</em>' attribute.
	 * @see #setDecided(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Decided()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getDecided();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getDecided <em>Decided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided</em>' attribute.
	 * @see #getDecided()
	 * @generated
	 */
	void setDecided(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response</em>' attribute.
	 * @see #setResponse(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewSuggestion_Response()
	 * @model
	 * @generated
	 */
	String getResponse();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewSuggestion#getResponse <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response</em>' attribute.
	 * @see #getResponse()
	 * @generated
	 */
	void setResponse(String value);

} // ReviewSuggestion
