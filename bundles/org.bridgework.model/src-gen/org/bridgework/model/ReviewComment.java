/**
 */
package org.bridgework.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Comment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.ReviewComment#getTarget <em>Target</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewComment#getReviewerRole <em>Reviewer Role</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewComment#getReviewerOrganisation <em>Reviewer Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewComment#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewComment#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewComment#getRaised <em>Raised</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewComment#getText <em>Text</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewComment#getResponse <em>Response</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewComment#getQuotedText <em>Quoted Text</em>}</li>
 *   <li>{@link org.bridgework.model.ReviewComment#getTheme <em>Theme</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getReviewComment()
 * @model
 * @generated
 */
public interface ReviewComment extends Identified {
	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Identified)
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_Target()
	 * @model
	 * @generated
	 */
	Identified getTarget();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Identified value);

	/**
	 * Returns the value of the '<em><b>Reviewer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Role</em>' attribute.
	 * @see #setReviewerRole(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_ReviewerRole()
	 * @model
	 * @generated
	 */
	String getReviewerRole();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getReviewerRole <em>Reviewer Role</em>}' attribute.
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
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_ReviewerOrganisation()
	 * @model
	 * @generated
	 */
	Organisation getReviewerOrganisation();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getReviewerOrganisation <em>Reviewer Organisation</em>}' reference.
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
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_Milestone()
	 * @model
	 * @generated
	 */
	Milestone getMilestone();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getMilestone <em>Milestone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Milestone</em>' reference.
	 * @see #getMilestone()
	 * @generated
	 */
	void setMilestone(Milestone value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.ReviewStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.bridgework.model.ReviewStatus
	 * @see #setStatus(ReviewStatus)
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_Status()
	 * @model
	 * @generated
	 */
	ReviewStatus getStatus();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.bridgework.model.ReviewStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReviewStatus value);

	/**
	 * Returns the value of the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised</em>' attribute.
	 * @see #setRaised(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_Raised()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getRaised();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getRaised <em>Raised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised</em>' attribute.
	 * @see #getRaised()
	 * @generated
	 */
	void setRaised(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response</em>' attribute.
	 * @see #setResponse(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_Response()
	 * @model
	 * @generated
	 */
	String getResponse();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getResponse <em>Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response</em>' attribute.
	 * @see #getResponse()
	 * @generated
	 */
	void setResponse(String value);

	/**
	 * Returns the value of the '<em><b>Quoted Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text the comment was made on in the review pack (its commented range), as the reviewer saw it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quoted Text</em>' attribute.
	 * @see #setQuotedText(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_QuotedText()
	 * @model
	 * @generated
	 */
	String getQuotedText();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getQuotedText <em>Quoted Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quoted Text</em>' attribute.
	 * @see #getQuotedText()
	 * @generated
	 */
	void setQuotedText(String value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the comment is about, in a few words (for example "Evidence", "Data sharing"): "you said, we did" groups answered comments by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see #setTheme(String)
	 * @see org.bridgework.model.GuidancePackage#getReviewComment_Theme()
	 * @model
	 * @generated
	 */
	String getTheme();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ReviewComment#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(String value);

} // ReviewComment
