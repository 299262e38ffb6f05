/**
 */
package org.bridgework.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.bridgework.model.Assessment;
import org.bridgework.model.Benefit;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.ContactRole;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Organisation;
import org.bridgework.model.Outcome;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.ServiceModel;
import org.bridgework.model.Source;
import org.bridgework.model.StatusChange;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getServiceModel <em>Service Model</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getContexts <em>Contexts</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getPopulationServed <em>Population Served</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getReferralRoute <em>Referral Route</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getFunding <em>Funding</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getStaffing <em>Staffing</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getCollectionStatus <em>Collection Status</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getStatusHistory <em>Status History</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getBenefits <em>Benefits</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getChallengesAddressed <em>Challenges Addressed</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#getConsentToPublish <em>Consent To Publish</em>}</li>
 *   <li>{@link org.bridgework.model.impl.CaseStudyImpl#isModelOfGoodPractice <em>Model Of Good Practice</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseStudyImpl extends IdentifiedImpl implements CaseStudy {
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
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> partners;

	/**
	 * The default value of the '{@link #getServiceModel() <em>Service Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceModel()
	 * @generated
	 * @ordered
	 */
	protected static final ServiceModel SERVICE_MODEL_EDEFAULT = ServiceModel.OTHER;

	/**
	 * The cached value of the '{@link #getServiceModel() <em>Service Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceModel()
	 * @generated
	 * @ordered
	 */
	protected ServiceModel serviceModel = SERVICE_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContexts() <em>Contexts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContexts()
	 * @generated
	 * @ordered
	 */
	protected EList<PartnershipContext> contexts;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulationServed() <em>Population Served</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationServed()
	 * @generated
	 * @ordered
	 */
	protected static final String POPULATION_SERVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPopulationServed() <em>Population Served</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationServed()
	 * @generated
	 * @ordered
	 */
	protected String populationServed = POPULATION_SERVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferralRoute() <em>Referral Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferralRoute()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERRAL_ROUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferralRoute() <em>Referral Route</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferralRoute()
	 * @generated
	 * @ordered
	 */
	protected String referralRoute = REFERRAL_ROUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunding() <em>Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunding()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunding() <em>Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunding()
	 * @generated
	 * @ordered
	 */
	protected String funding = FUNDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getStaffing() <em>Staffing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffing()
	 * @generated
	 * @ordered
	 */
	protected static final String STAFFING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStaffing() <em>Staffing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffing()
	 * @generated
	 * @ordered
	 */
	protected String staffing = STAFFING_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectionStatus() <em>Collection Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectionStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CollectionStatus COLLECTION_STATUS_EDEFAULT = CollectionStatus.IDENTIFIED;

	/**
	 * The cached value of the '{@link #getCollectionStatus() <em>Collection Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectionStatus()
	 * @generated
	 * @ordered
	 */
	protected CollectionStatus collectionStatus = COLLECTION_STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStatusHistory() <em>Status History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusChange> statusHistory;

	/**
	 * The cached value of the '{@link #getBenefits() <em>Benefits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefits()
	 * @generated
	 * @ordered
	 */
	protected EList<Benefit> benefits;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<Outcome> outcomes;

	/**
	 * The cached value of the '{@link #getChallengesAddressed() <em>Challenges Addressed</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChallengesAddressed()
	 * @generated
	 * @ordered
	 */
	protected EList<Challenge> challengesAddressed;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactRole> contacts;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The default value of the '{@link #getConsentToPublish() <em>Consent To Publish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentToPublish()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CONSENT_TO_PUBLISH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsentToPublish() <em>Consent To Publish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentToPublish()
	 * @generated
	 * @ordered
	 */
	protected LocalDate consentToPublish = CONSENT_TO_PUBLISH_EDEFAULT;

	/**
	 * The default value of the '{@link #isModelOfGoodPractice() <em>Model Of Good Practice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isModelOfGoodPractice()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MODEL_OF_GOOD_PRACTICE_EDEFAULT = false;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseStudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.CASE_STUDY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getPartners() {
		if (partners == null) {
			partners = new EObjectResolvingEList<Organisation>(Organisation.class, this, GuidancePackage.CASE_STUDY__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceModel getServiceModel() {
		return serviceModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceModel(ServiceModel newServiceModel) {
		ServiceModel oldServiceModel = serviceModel;
		serviceModel = newServiceModel == null ? SERVICE_MODEL_EDEFAULT : newServiceModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__SERVICE_MODEL, oldServiceModel, serviceModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartnershipContext> getContexts() {
		if (contexts == null) {
			contexts = new EDataTypeUniqueEList<PartnershipContext>(PartnershipContext.class, this, GuidancePackage.CASE_STUDY__CONTEXTS);
		}
		return contexts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPopulationServed() {
		return populationServed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulationServed(String newPopulationServed) {
		String oldPopulationServed = populationServed;
		populationServed = newPopulationServed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__POPULATION_SERVED, oldPopulationServed, populationServed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferralRoute() {
		return referralRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferralRoute(String newReferralRoute) {
		String oldReferralRoute = referralRoute;
		referralRoute = newReferralRoute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__REFERRAL_ROUTE, oldReferralRoute, referralRoute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunding() {
		return funding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunding(String newFunding) {
		String oldFunding = funding;
		funding = newFunding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__FUNDING, oldFunding, funding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStaffing() {
		return staffing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaffing(String newStaffing) {
		String oldStaffing = staffing;
		staffing = newStaffing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__STAFFING, oldStaffing, staffing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CollectionStatus getCollectionStatus() {
		return collectionStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectionStatus(CollectionStatus newCollectionStatus) {
		CollectionStatus oldCollectionStatus = collectionStatus;
		collectionStatus = newCollectionStatus == null ? COLLECTION_STATUS_EDEFAULT : newCollectionStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__COLLECTION_STATUS, oldCollectionStatus, collectionStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusChange> getStatusHistory() {
		if (statusHistory == null) {
			statusHistory = new EObjectContainmentEList<StatusChange>(StatusChange.class, this, GuidancePackage.CASE_STUDY__STATUS_HISTORY);
		}
		return statusHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Benefit> getBenefits() {
		if (benefits == null) {
			benefits = new EObjectContainmentEList<Benefit>(Benefit.class, this, GuidancePackage.CASE_STUDY__BENEFITS);
		}
		return benefits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Outcome> getOutcomes() {
		if (outcomes == null) {
			outcomes = new EObjectContainmentEList<Outcome>(Outcome.class, this, GuidancePackage.CASE_STUDY__OUTCOMES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Challenge> getChallengesAddressed() {
		if (challengesAddressed == null) {
			challengesAddressed = new EObjectResolvingEList<Challenge>(Challenge.class, this, GuidancePackage.CASE_STUDY__CHALLENGES_ADDRESSED);
		}
		return challengesAddressed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactRole> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<ContactRole>(ContactRole.class, this, GuidancePackage.CASE_STUDY__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectResolvingEList<Source>(Source.class, this, GuidancePackage.CASE_STUDY__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentWithInverseEList<Assessment>(Assessment.class, this, GuidancePackage.CASE_STUDY__ASSESSMENTS, GuidancePackage.ASSESSMENT__CASE_STUDY);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getConsentToPublish() {
		return consentToPublish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentToPublish(LocalDate newConsentToPublish) {
		LocalDate oldConsentToPublish = consentToPublish;
		consentToPublish = newConsentToPublish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CASE_STUDY__CONSENT_TO_PUBLISH, oldConsentToPublish, consentToPublish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isModelOfGoodPractice() {
		return org.bridgework.model.derive.Derived.isModelOfGoodPractice(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.CASE_STUDY__ASSESSMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAssessments()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.CASE_STUDY__STATUS_HISTORY:
				return ((InternalEList<?>)getStatusHistory()).basicRemove(otherEnd, msgs);
			case GuidancePackage.CASE_STUDY__BENEFITS:
				return ((InternalEList<?>)getBenefits()).basicRemove(otherEnd, msgs);
			case GuidancePackage.CASE_STUDY__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
			case GuidancePackage.CASE_STUDY__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
			case GuidancePackage.CASE_STUDY__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
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
			case GuidancePackage.CASE_STUDY__TITLE:
				return getTitle();
			case GuidancePackage.CASE_STUDY__PARTNERS:
				return getPartners();
			case GuidancePackage.CASE_STUDY__SERVICE_MODEL:
				return getServiceModel();
			case GuidancePackage.CASE_STUDY__REGION:
				return getRegion();
			case GuidancePackage.CASE_STUDY__CONTEXTS:
				return getContexts();
			case GuidancePackage.CASE_STUDY__DESCRIPTION:
				return getDescription();
			case GuidancePackage.CASE_STUDY__POPULATION_SERVED:
				return getPopulationServed();
			case GuidancePackage.CASE_STUDY__REFERRAL_ROUTE:
				return getReferralRoute();
			case GuidancePackage.CASE_STUDY__FUNDING:
				return getFunding();
			case GuidancePackage.CASE_STUDY__STAFFING:
				return getStaffing();
			case GuidancePackage.CASE_STUDY__COLLECTION_STATUS:
				return getCollectionStatus();
			case GuidancePackage.CASE_STUDY__STATUS_HISTORY:
				return getStatusHistory();
			case GuidancePackage.CASE_STUDY__BENEFITS:
				return getBenefits();
			case GuidancePackage.CASE_STUDY__OUTCOMES:
				return getOutcomes();
			case GuidancePackage.CASE_STUDY__CHALLENGES_ADDRESSED:
				return getChallengesAddressed();
			case GuidancePackage.CASE_STUDY__CONTACTS:
				return getContacts();
			case GuidancePackage.CASE_STUDY__SOURCES:
				return getSources();
			case GuidancePackage.CASE_STUDY__ASSESSMENTS:
				return getAssessments();
			case GuidancePackage.CASE_STUDY__CONSENT_TO_PUBLISH:
				return getConsentToPublish();
			case GuidancePackage.CASE_STUDY__MODEL_OF_GOOD_PRACTICE:
				return isModelOfGoodPractice();
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
			case GuidancePackage.CASE_STUDY__TITLE:
				setTitle((String)newValue);
				return;
			case GuidancePackage.CASE_STUDY__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Organisation>)newValue);
				return;
			case GuidancePackage.CASE_STUDY__SERVICE_MODEL:
				setServiceModel((ServiceModel)newValue);
				return;
			case GuidancePackage.CASE_STUDY__REGION:
				setRegion((String)newValue);
				return;
			case GuidancePackage.CASE_STUDY__CONTEXTS:
				getContexts().clear();
				getContexts().addAll((Collection<? extends PartnershipContext>)newValue);
				return;
			case GuidancePackage.CASE_STUDY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case GuidancePackage.CASE_STUDY__POPULATION_SERVED:
				setPopulationServed((String)newValue);
				return;
			case GuidancePackage.CASE_STUDY__REFERRAL_ROUTE:
				setReferralRoute((String)newValue);
				return;
			case GuidancePackage.CASE_STUDY__FUNDING:
				setFunding((String)newValue);
				return;
			case GuidancePackage.CASE_STUDY__STAFFING:
				setStaffing((String)newValue);
				return;
			case GuidancePackage.CASE_STUDY__COLLECTION_STATUS:
				setCollectionStatus((CollectionStatus)newValue);
				return;
			case GuidancePackage.CASE_STUDY__STATUS_HISTORY:
				getStatusHistory().clear();
				getStatusHistory().addAll((Collection<? extends StatusChange>)newValue);
				return;
			case GuidancePackage.CASE_STUDY__BENEFITS:
				getBenefits().clear();
				getBenefits().addAll((Collection<? extends Benefit>)newValue);
				return;
			case GuidancePackage.CASE_STUDY__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends Outcome>)newValue);
				return;
			case GuidancePackage.CASE_STUDY__CHALLENGES_ADDRESSED:
				getChallengesAddressed().clear();
				getChallengesAddressed().addAll((Collection<? extends Challenge>)newValue);
				return;
			case GuidancePackage.CASE_STUDY__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends ContactRole>)newValue);
				return;
			case GuidancePackage.CASE_STUDY__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case GuidancePackage.CASE_STUDY__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case GuidancePackage.CASE_STUDY__CONSENT_TO_PUBLISH:
				setConsentToPublish((LocalDate)newValue);
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
			case GuidancePackage.CASE_STUDY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GuidancePackage.CASE_STUDY__PARTNERS:
				getPartners().clear();
				return;
			case GuidancePackage.CASE_STUDY__SERVICE_MODEL:
				setServiceModel(SERVICE_MODEL_EDEFAULT);
				return;
			case GuidancePackage.CASE_STUDY__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case GuidancePackage.CASE_STUDY__CONTEXTS:
				getContexts().clear();
				return;
			case GuidancePackage.CASE_STUDY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case GuidancePackage.CASE_STUDY__POPULATION_SERVED:
				setPopulationServed(POPULATION_SERVED_EDEFAULT);
				return;
			case GuidancePackage.CASE_STUDY__REFERRAL_ROUTE:
				setReferralRoute(REFERRAL_ROUTE_EDEFAULT);
				return;
			case GuidancePackage.CASE_STUDY__FUNDING:
				setFunding(FUNDING_EDEFAULT);
				return;
			case GuidancePackage.CASE_STUDY__STAFFING:
				setStaffing(STAFFING_EDEFAULT);
				return;
			case GuidancePackage.CASE_STUDY__COLLECTION_STATUS:
				setCollectionStatus(COLLECTION_STATUS_EDEFAULT);
				return;
			case GuidancePackage.CASE_STUDY__STATUS_HISTORY:
				getStatusHistory().clear();
				return;
			case GuidancePackage.CASE_STUDY__BENEFITS:
				getBenefits().clear();
				return;
			case GuidancePackage.CASE_STUDY__OUTCOMES:
				getOutcomes().clear();
				return;
			case GuidancePackage.CASE_STUDY__CHALLENGES_ADDRESSED:
				getChallengesAddressed().clear();
				return;
			case GuidancePackage.CASE_STUDY__CONTACTS:
				getContacts().clear();
				return;
			case GuidancePackage.CASE_STUDY__SOURCES:
				getSources().clear();
				return;
			case GuidancePackage.CASE_STUDY__ASSESSMENTS:
				getAssessments().clear();
				return;
			case GuidancePackage.CASE_STUDY__CONSENT_TO_PUBLISH:
				setConsentToPublish(CONSENT_TO_PUBLISH_EDEFAULT);
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
			case GuidancePackage.CASE_STUDY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GuidancePackage.CASE_STUDY__PARTNERS:
				return partners != null && !partners.isEmpty();
			case GuidancePackage.CASE_STUDY__SERVICE_MODEL:
				return serviceModel != SERVICE_MODEL_EDEFAULT;
			case GuidancePackage.CASE_STUDY__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case GuidancePackage.CASE_STUDY__CONTEXTS:
				return contexts != null && !contexts.isEmpty();
			case GuidancePackage.CASE_STUDY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case GuidancePackage.CASE_STUDY__POPULATION_SERVED:
				return POPULATION_SERVED_EDEFAULT == null ? populationServed != null : !POPULATION_SERVED_EDEFAULT.equals(populationServed);
			case GuidancePackage.CASE_STUDY__REFERRAL_ROUTE:
				return REFERRAL_ROUTE_EDEFAULT == null ? referralRoute != null : !REFERRAL_ROUTE_EDEFAULT.equals(referralRoute);
			case GuidancePackage.CASE_STUDY__FUNDING:
				return FUNDING_EDEFAULT == null ? funding != null : !FUNDING_EDEFAULT.equals(funding);
			case GuidancePackage.CASE_STUDY__STAFFING:
				return STAFFING_EDEFAULT == null ? staffing != null : !STAFFING_EDEFAULT.equals(staffing);
			case GuidancePackage.CASE_STUDY__COLLECTION_STATUS:
				return collectionStatus != COLLECTION_STATUS_EDEFAULT;
			case GuidancePackage.CASE_STUDY__STATUS_HISTORY:
				return statusHistory != null && !statusHistory.isEmpty();
			case GuidancePackage.CASE_STUDY__BENEFITS:
				return benefits != null && !benefits.isEmpty();
			case GuidancePackage.CASE_STUDY__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case GuidancePackage.CASE_STUDY__CHALLENGES_ADDRESSED:
				return challengesAddressed != null && !challengesAddressed.isEmpty();
			case GuidancePackage.CASE_STUDY__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case GuidancePackage.CASE_STUDY__SOURCES:
				return sources != null && !sources.isEmpty();
			case GuidancePackage.CASE_STUDY__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case GuidancePackage.CASE_STUDY__CONSENT_TO_PUBLISH:
				return CONSENT_TO_PUBLISH_EDEFAULT == null ? consentToPublish != null : !CONSENT_TO_PUBLISH_EDEFAULT.equals(consentToPublish);
			case GuidancePackage.CASE_STUDY__MODEL_OF_GOOD_PRACTICE:
				return isModelOfGoodPractice() != MODEL_OF_GOOD_PRACTICE_EDEFAULT;
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
		result.append(" (title: ");
		result.append(title);
		result.append(", serviceModel: ");
		result.append(serviceModel);
		result.append(", region: ");
		result.append(region);
		result.append(", contexts: ");
		result.append(contexts);
		result.append(", description: ");
		result.append(description);
		result.append(", populationServed: ");
		result.append(populationServed);
		result.append(", referralRoute: ");
		result.append(referralRoute);
		result.append(", funding: ");
		result.append(funding);
		result.append(", staffing: ");
		result.append(staffing);
		result.append(", collectionStatus: ");
		result.append(collectionStatus);
		result.append(", consentToPublish: ");
		result.append(consentToPublish);
		result.append(')');
		return result.toString();
	}

} //CaseStudyImpl
