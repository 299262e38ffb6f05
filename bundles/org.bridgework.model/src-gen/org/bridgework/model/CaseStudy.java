/**
 */
package org.bridgework.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.CaseStudy#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getServiceModel <em>Service Model</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getRegion <em>Region</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getContexts <em>Contexts</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getPopulationServed <em>Population Served</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getReferralRoute <em>Referral Route</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getFunding <em>Funding</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getStaffing <em>Staffing</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getCollectionStatus <em>Collection Status</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getStatusHistory <em>Status History</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getBenefits <em>Benefits</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getChallengesAddressed <em>Challenges Addressed</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getSources <em>Sources</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#getConsentToPublish <em>Consent To Publish</em>}</li>
 *   <li>{@link org.bridgework.model.CaseStudy#isModelOfGoodPractice <em>Model Of Good Practice</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getCaseStudy()
 * @model
 * @generated
 */
public interface CaseStudy extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Partners()
	 * @model
	 * @generated
	 */
	EList<Organisation> getPartners();

	/**
	 * Returns the value of the '<em><b>Service Model</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.ServiceModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Model</em>' attribute.
	 * @see org.bridgework.model.ServiceModel
	 * @see #setServiceModel(ServiceModel)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_ServiceModel()
	 * @model
	 * @generated
	 */
	ServiceModel getServiceModel();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getServiceModel <em>Service Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Model</em>' attribute.
	 * @see org.bridgework.model.ServiceModel
	 * @see #getServiceModel()
	 * @generated
	 */
	void setServiceModel(ServiceModel value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Contexts</b></em>' attribute list.
	 * The list contents are of type {@link org.bridgework.model.PartnershipContext}.
	 * The literals are from the enumeration {@link org.bridgework.model.PartnershipContext}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contexts</em>' attribute list.
	 * @see org.bridgework.model.PartnershipContext
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Contexts()
	 * @model
	 * @generated
	 */
	EList<PartnershipContext> getContexts();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Population Served</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population Served</em>' attribute.
	 * @see #setPopulationServed(String)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_PopulationServed()
	 * @model
	 * @generated
	 */
	String getPopulationServed();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getPopulationServed <em>Population Served</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population Served</em>' attribute.
	 * @see #getPopulationServed()
	 * @generated
	 */
	void setPopulationServed(String value);

	/**
	 * Returns the value of the '<em><b>Referral Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referral Route</em>' attribute.
	 * @see #setReferralRoute(String)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_ReferralRoute()
	 * @model
	 * @generated
	 */
	String getReferralRoute();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getReferralRoute <em>Referral Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referral Route</em>' attribute.
	 * @see #getReferralRoute()
	 * @generated
	 */
	void setReferralRoute(String value);

	/**
	 * Returns the value of the '<em><b>Funding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funding</em>' attribute.
	 * @see #setFunding(String)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Funding()
	 * @model
	 * @generated
	 */
	String getFunding();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getFunding <em>Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding</em>' attribute.
	 * @see #getFunding()
	 * @generated
	 */
	void setFunding(String value);

	/**
	 * Returns the value of the '<em><b>Staffing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staffing</em>' attribute.
	 * @see #setStaffing(String)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Staffing()
	 * @model
	 * @generated
	 */
	String getStaffing();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getStaffing <em>Staffing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staffing</em>' attribute.
	 * @see #getStaffing()
	 * @generated
	 */
	void setStaffing(String value);

	/**
	 * Returns the value of the '<em><b>Collection Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.CollectionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collection Status</em>' attribute.
	 * @see org.bridgework.model.CollectionStatus
	 * @see #setCollectionStatus(CollectionStatus)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_CollectionStatus()
	 * @model
	 * @generated
	 */
	CollectionStatus getCollectionStatus();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getCollectionStatus <em>Collection Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collection Status</em>' attribute.
	 * @see org.bridgework.model.CollectionStatus
	 * @see #getCollectionStatus()
	 * @generated
	 */
	void setCollectionStatus(CollectionStatus value);

	/**
	 * Returns the value of the '<em><b>Status History</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.StatusChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status History</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_StatusHistory()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusChange> getStatusHistory();

	/**
	 * Returns the value of the '<em><b>Benefits</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Benefit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benefits</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Benefits()
	 * @model containment="true"
	 * @generated
	 */
	EList<Benefit> getBenefits();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Outcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Challenges Addressed</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Challenge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Challenges Addressed</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_ChallengesAddressed()
	 * @model
	 * @generated
	 */
	EList<Challenge> getChallengesAddressed();

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.ContactRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactRole> getContacts();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Sources()
	 * @model
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Assessment}.
	 * It is bidirectional and its opposite is '{@link org.bridgework.model.Assessment#getCaseStudy <em>Case Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_Assessments()
	 * @see org.bridgework.model.Assessment#getCaseStudy
	 * @model opposite="caseStudy" containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Consent To Publish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the partners agreed to publication of the case study as written; none blocks a release that shows it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consent To Publish</em>' attribute.
	 * @see #setConsentToPublish(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_ConsentToPublish()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getConsentToPublish();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudy#getConsentToPublish <em>Consent To Publish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent To Publish</em>' attribute.
	 * @see #getConsentToPublish()
	 * @generated
	 */
	void setConsentToPublish(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Model Of Good Practice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived: not withdrawn, every applicable mandatory criterion MET and none NOT_MET (criteria excluded by consensus do not apply).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Of Good Practice</em>' attribute.
	 * @see org.bridgework.model.GuidancePackage#getCaseStudy_ModelOfGoodPractice()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isModelOfGoodPractice();

} // CaseStudy
