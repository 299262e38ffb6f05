/**
 */
package org.bridgework.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.bridgework.model.Appraisal;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Person;
import org.bridgework.model.ScreeningDecision;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getCitationKey <em>Citation Key</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getEditors <em>Editors</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getContainerTitle <em>Container Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getIssuedYear <em>Issued Year</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getIssuedMonth <em>Issued Month</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getIssuedDay <em>Issued Day</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getPublisherPlace <em>Publisher Place</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getDoi <em>Doi</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getIsbn <em>Isbn</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getAbstractText <em>Abstract Text</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getAppraisal <em>Appraisal</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getScreening <em>Screening</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getScreeningReason <em>Screening Reason</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getVolume <em>Volume</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getIssue <em>Issue</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getPages <em>Pages</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getAccessed <em>Accessed</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getCollectionTitle <em>Collection Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SourceImpl#getExtracts <em>Extracts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceImpl extends IdentifiedImpl implements Source {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final SourceType TYPE_EDEFAULT = SourceType.REPORT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected SourceType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCitationKey() <em>Citation Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitationKey()
	 * @generated
	 * @ordered
	 */
	protected static final String CITATION_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCitationKey() <em>Citation Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitationKey()
	 * @generated
	 * @ordered
	 */
	protected String citationKey = CITATION_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthors() <em>Authors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> authors;

	/**
	 * The cached value of the '{@link #getEditors() <em>Editors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditors()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> editors;

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
	 * The default value of the '{@link #getContainerTitle() <em>Container Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerTitle() <em>Container Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerTitle()
	 * @generated
	 * @ordered
	 */
	protected String containerTitle = CONTAINER_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuedYear() <em>Issued Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ISSUED_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedYear() <em>Issued Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedYear()
	 * @generated
	 * @ordered
	 */
	protected Integer issuedYear = ISSUED_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuedMonth() <em>Issued Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedMonth()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ISSUED_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedMonth() <em>Issued Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedMonth()
	 * @generated
	 * @ordered
	 */
	protected Integer issuedMonth = ISSUED_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuedDay() <em>Issued Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedDay()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ISSUED_DAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedDay() <em>Issued Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedDay()
	 * @generated
	 * @ordered
	 */
	protected Integer issuedDay = ISSUED_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisherPlace() <em>Publisher Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisherPlace()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisherPlace() <em>Publisher Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisherPlace()
	 * @generated
	 * @ordered
	 */
	protected String publisherPlace = PUBLISHER_PLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoi() <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoi()
	 * @generated
	 * @ordered
	 */
	protected static final String DOI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoi() <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoi()
	 * @generated
	 * @ordered
	 */
	protected String doi = DOI_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getIsbn() <em>Isbn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsbn()
	 * @generated
	 * @ordered
	 */
	protected static final String ISBN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIsbn() <em>Isbn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsbn()
	 * @generated
	 * @ordered
	 */
	protected String isbn = ISBN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAbstractText() <em>Abstract Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbstractText()
	 * @generated
	 * @ordered
	 */
	protected static final String ABSTRACT_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAbstractText() <em>Abstract Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbstractText()
	 * @generated
	 * @ordered
	 */
	protected String abstractText = ABSTRACT_TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKeywords() <em>Keywords</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keywords;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAppraisal() <em>Appraisal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppraisal()
	 * @generated
	 * @ordered
	 */
	protected Appraisal appraisal;

	/**
	 * The default value of the '{@link #getScreening() <em>Screening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreening()
	 * @generated
	 * @ordered
	 */
	protected static final ScreeningDecision SCREENING_EDEFAULT = ScreeningDecision.NOT_SCREENED;

	/**
	 * The cached value of the '{@link #getScreening() <em>Screening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreening()
	 * @generated
	 * @ordered
	 */
	protected ScreeningDecision screening = SCREENING_EDEFAULT;

	/**
	 * The default value of the '{@link #getScreeningReason() <em>Screening Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreeningReason()
	 * @generated
	 * @ordered
	 */
	protected static final String SCREENING_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScreeningReason() <em>Screening Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScreeningReason()
	 * @generated
	 * @ordered
	 */
	protected String screeningReason = SCREENING_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected String volume = VOLUME_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssue() <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssue()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssue() <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssue()
	 * @generated
	 * @ordered
	 */
	protected String issue = ISSUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPages() <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected static final String PAGES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPages() <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected String pages = PAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccessed() <em>Accessed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessed()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACCESSED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccessed() <em>Accessed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessed()
	 * @generated
	 * @ordered
	 */
	protected LocalDate accessed = ACCESSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectionTitle() <em>Collection Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectionTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String COLLECTION_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectionTitle() <em>Collection Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectionTitle()
	 * @generated
	 * @ordered
	 */
	protected String collectionTitle = COLLECTION_TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExtracts() <em>Extracts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtracts()
	 * @generated
	 * @ordered
	 */
	protected EList<Extract> extracts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(SourceType newType) {
		SourceType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCitationKey() {
		return citationKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCitationKey(String newCitationKey) {
		String oldCitationKey = citationKey;
		citationKey = newCitationKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__CITATION_KEY, oldCitationKey, citationKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAuthors() {
		if (authors == null) {
			authors = new EObjectContainmentEList<Person>(Person.class, this, GuidancePackage.SOURCE__AUTHORS);
		}
		return authors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getEditors() {
		if (editors == null) {
			editors = new EObjectContainmentEList<Person>(Person.class, this, GuidancePackage.SOURCE__EDITORS);
		}
		return editors;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerTitle() {
		return containerTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerTitle(String newContainerTitle) {
		String oldContainerTitle = containerTitle;
		containerTitle = newContainerTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__CONTAINER_TITLE, oldContainerTitle, containerTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getIssuedYear() {
		return issuedYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedYear(Integer newIssuedYear) {
		Integer oldIssuedYear = issuedYear;
		issuedYear = newIssuedYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__ISSUED_YEAR, oldIssuedYear, issuedYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getIssuedMonth() {
		return issuedMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedMonth(Integer newIssuedMonth) {
		Integer oldIssuedMonth = issuedMonth;
		issuedMonth = newIssuedMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__ISSUED_MONTH, oldIssuedMonth, issuedMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getIssuedDay() {
		return issuedDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedDay(Integer newIssuedDay) {
		Integer oldIssuedDay = issuedDay;
		issuedDay = newIssuedDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__ISSUED_DAY, oldIssuedDay, issuedDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisherPlace() {
		return publisherPlace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisherPlace(String newPublisherPlace) {
		String oldPublisherPlace = publisherPlace;
		publisherPlace = newPublisherPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__PUBLISHER_PLACE, oldPublisherPlace, publisherPlace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoi() {
		return doi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoi(String newDoi) {
		String oldDoi = doi;
		doi = newDoi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__DOI, oldDoi, doi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIsbn() {
		return isbn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsbn(String newIsbn) {
		String oldIsbn = isbn;
		isbn = newIsbn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__ISBN, oldIsbn, isbn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAbstractText() {
		return abstractText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAbstractText(String newAbstractText) {
		String oldAbstractText = abstractText;
		abstractText = newAbstractText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__ABSTRACT_TEXT, oldAbstractText, abstractText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeywords() {
		if (keywords == null) {
			keywords = new EDataTypeEList<String>(String.class, this, GuidancePackage.SOURCE__KEYWORDS);
		}
		return keywords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Appraisal getAppraisal() {
		return appraisal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAppraisal(Appraisal newAppraisal, NotificationChain msgs) {
		Appraisal oldAppraisal = appraisal;
		appraisal = newAppraisal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__APPRAISAL, oldAppraisal, newAppraisal);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppraisal(Appraisal newAppraisal) {
		if (newAppraisal != appraisal) {
			NotificationChain msgs = null;
			if (appraisal != null)
				msgs = ((InternalEObject)appraisal).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.SOURCE__APPRAISAL, null, msgs);
			if (newAppraisal != null)
				msgs = ((InternalEObject)newAppraisal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.SOURCE__APPRAISAL, null, msgs);
			msgs = basicSetAppraisal(newAppraisal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__APPRAISAL, newAppraisal, newAppraisal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScreeningDecision getScreening() {
		return screening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScreening(ScreeningDecision newScreening) {
		ScreeningDecision oldScreening = screening;
		screening = newScreening == null ? SCREENING_EDEFAULT : newScreening;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__SCREENING, oldScreening, screening));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScreeningReason() {
		return screeningReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScreeningReason(String newScreeningReason) {
		String oldScreeningReason = screeningReason;
		screeningReason = newScreeningReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__SCREENING_REASON, oldScreeningReason, screeningReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolume() {
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolume(String newVolume) {
		String oldVolume = volume;
		volume = newVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__VOLUME, oldVolume, volume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssue() {
		return issue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssue(String newIssue) {
		String oldIssue = issue;
		issue = newIssue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__ISSUE, oldIssue, issue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPages() {
		return pages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPages(String newPages) {
		String oldPages = pages;
		pages = newPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__PAGES, oldPages, pages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAccessed() {
		return accessed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessed(LocalDate newAccessed) {
		LocalDate oldAccessed = accessed;
		accessed = newAccessed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__ACCESSED, oldAccessed, accessed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCollectionTitle() {
		return collectionTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectionTitle(String newCollectionTitle) {
		String oldCollectionTitle = collectionTitle;
		collectionTitle = newCollectionTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOURCE__COLLECTION_TITLE, oldCollectionTitle, collectionTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Extract> getExtracts() {
		if (extracts == null) {
			extracts = new EObjectContainmentWithInverseEList<Extract>(Extract.class, this, GuidancePackage.SOURCE__EXTRACTS, GuidancePackage.EXTRACT__SOURCE);
		}
		return extracts;
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
			case GuidancePackage.SOURCE__EXTRACTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getExtracts()).basicAdd(otherEnd, msgs);
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
			case GuidancePackage.SOURCE__AUTHORS:
				return ((InternalEList<?>)getAuthors()).basicRemove(otherEnd, msgs);
			case GuidancePackage.SOURCE__EDITORS:
				return ((InternalEList<?>)getEditors()).basicRemove(otherEnd, msgs);
			case GuidancePackage.SOURCE__APPRAISAL:
				return basicSetAppraisal(null, msgs);
			case GuidancePackage.SOURCE__EXTRACTS:
				return ((InternalEList<?>)getExtracts()).basicRemove(otherEnd, msgs);
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
			case GuidancePackage.SOURCE__TYPE:
				return getType();
			case GuidancePackage.SOURCE__CITATION_KEY:
				return getCitationKey();
			case GuidancePackage.SOURCE__AUTHORS:
				return getAuthors();
			case GuidancePackage.SOURCE__EDITORS:
				return getEditors();
			case GuidancePackage.SOURCE__TITLE:
				return getTitle();
			case GuidancePackage.SOURCE__CONTAINER_TITLE:
				return getContainerTitle();
			case GuidancePackage.SOURCE__ISSUED_YEAR:
				return getIssuedYear();
			case GuidancePackage.SOURCE__ISSUED_MONTH:
				return getIssuedMonth();
			case GuidancePackage.SOURCE__ISSUED_DAY:
				return getIssuedDay();
			case GuidancePackage.SOURCE__PUBLISHER:
				return getPublisher();
			case GuidancePackage.SOURCE__PUBLISHER_PLACE:
				return getPublisherPlace();
			case GuidancePackage.SOURCE__DOI:
				return getDoi();
			case GuidancePackage.SOURCE__URL:
				return getUrl();
			case GuidancePackage.SOURCE__ISBN:
				return getIsbn();
			case GuidancePackage.SOURCE__ABSTRACT_TEXT:
				return getAbstractText();
			case GuidancePackage.SOURCE__KEYWORDS:
				return getKeywords();
			case GuidancePackage.SOURCE__NOTE:
				return getNote();
			case GuidancePackage.SOURCE__APPRAISAL:
				return getAppraisal();
			case GuidancePackage.SOURCE__SCREENING:
				return getScreening();
			case GuidancePackage.SOURCE__SCREENING_REASON:
				return getScreeningReason();
			case GuidancePackage.SOURCE__VOLUME:
				return getVolume();
			case GuidancePackage.SOURCE__ISSUE:
				return getIssue();
			case GuidancePackage.SOURCE__PAGES:
				return getPages();
			case GuidancePackage.SOURCE__ACCESSED:
				return getAccessed();
			case GuidancePackage.SOURCE__COLLECTION_TITLE:
				return getCollectionTitle();
			case GuidancePackage.SOURCE__EXTRACTS:
				return getExtracts();
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
			case GuidancePackage.SOURCE__TYPE:
				setType((SourceType)newValue);
				return;
			case GuidancePackage.SOURCE__CITATION_KEY:
				setCitationKey((String)newValue);
				return;
			case GuidancePackage.SOURCE__AUTHORS:
				getAuthors().clear();
				getAuthors().addAll((Collection<? extends Person>)newValue);
				return;
			case GuidancePackage.SOURCE__EDITORS:
				getEditors().clear();
				getEditors().addAll((Collection<? extends Person>)newValue);
				return;
			case GuidancePackage.SOURCE__TITLE:
				setTitle((String)newValue);
				return;
			case GuidancePackage.SOURCE__CONTAINER_TITLE:
				setContainerTitle((String)newValue);
				return;
			case GuidancePackage.SOURCE__ISSUED_YEAR:
				setIssuedYear((Integer)newValue);
				return;
			case GuidancePackage.SOURCE__ISSUED_MONTH:
				setIssuedMonth((Integer)newValue);
				return;
			case GuidancePackage.SOURCE__ISSUED_DAY:
				setIssuedDay((Integer)newValue);
				return;
			case GuidancePackage.SOURCE__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case GuidancePackage.SOURCE__PUBLISHER_PLACE:
				setPublisherPlace((String)newValue);
				return;
			case GuidancePackage.SOURCE__DOI:
				setDoi((String)newValue);
				return;
			case GuidancePackage.SOURCE__URL:
				setUrl((String)newValue);
				return;
			case GuidancePackage.SOURCE__ISBN:
				setIsbn((String)newValue);
				return;
			case GuidancePackage.SOURCE__ABSTRACT_TEXT:
				setAbstractText((String)newValue);
				return;
			case GuidancePackage.SOURCE__KEYWORDS:
				getKeywords().clear();
				getKeywords().addAll((Collection<? extends String>)newValue);
				return;
			case GuidancePackage.SOURCE__NOTE:
				setNote((String)newValue);
				return;
			case GuidancePackage.SOURCE__APPRAISAL:
				setAppraisal((Appraisal)newValue);
				return;
			case GuidancePackage.SOURCE__SCREENING:
				setScreening((ScreeningDecision)newValue);
				return;
			case GuidancePackage.SOURCE__SCREENING_REASON:
				setScreeningReason((String)newValue);
				return;
			case GuidancePackage.SOURCE__VOLUME:
				setVolume((String)newValue);
				return;
			case GuidancePackage.SOURCE__ISSUE:
				setIssue((String)newValue);
				return;
			case GuidancePackage.SOURCE__PAGES:
				setPages((String)newValue);
				return;
			case GuidancePackage.SOURCE__ACCESSED:
				setAccessed((LocalDate)newValue);
				return;
			case GuidancePackage.SOURCE__COLLECTION_TITLE:
				setCollectionTitle((String)newValue);
				return;
			case GuidancePackage.SOURCE__EXTRACTS:
				getExtracts().clear();
				getExtracts().addAll((Collection<? extends Extract>)newValue);
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
			case GuidancePackage.SOURCE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__CITATION_KEY:
				setCitationKey(CITATION_KEY_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__AUTHORS:
				getAuthors().clear();
				return;
			case GuidancePackage.SOURCE__EDITORS:
				getEditors().clear();
				return;
			case GuidancePackage.SOURCE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__CONTAINER_TITLE:
				setContainerTitle(CONTAINER_TITLE_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__ISSUED_YEAR:
				setIssuedYear(ISSUED_YEAR_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__ISSUED_MONTH:
				setIssuedMonth(ISSUED_MONTH_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__ISSUED_DAY:
				setIssuedDay(ISSUED_DAY_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__PUBLISHER_PLACE:
				setPublisherPlace(PUBLISHER_PLACE_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__DOI:
				setDoi(DOI_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__ISBN:
				setIsbn(ISBN_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__ABSTRACT_TEXT:
				setAbstractText(ABSTRACT_TEXT_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__KEYWORDS:
				getKeywords().clear();
				return;
			case GuidancePackage.SOURCE__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__APPRAISAL:
				setAppraisal((Appraisal)null);
				return;
			case GuidancePackage.SOURCE__SCREENING:
				setScreening(SCREENING_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__SCREENING_REASON:
				setScreeningReason(SCREENING_REASON_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__VOLUME:
				setVolume(VOLUME_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__ISSUE:
				setIssue(ISSUE_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__PAGES:
				setPages(PAGES_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__ACCESSED:
				setAccessed(ACCESSED_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__COLLECTION_TITLE:
				setCollectionTitle(COLLECTION_TITLE_EDEFAULT);
				return;
			case GuidancePackage.SOURCE__EXTRACTS:
				getExtracts().clear();
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
			case GuidancePackage.SOURCE__TYPE:
				return type != TYPE_EDEFAULT;
			case GuidancePackage.SOURCE__CITATION_KEY:
				return CITATION_KEY_EDEFAULT == null ? citationKey != null : !CITATION_KEY_EDEFAULT.equals(citationKey);
			case GuidancePackage.SOURCE__AUTHORS:
				return authors != null && !authors.isEmpty();
			case GuidancePackage.SOURCE__EDITORS:
				return editors != null && !editors.isEmpty();
			case GuidancePackage.SOURCE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GuidancePackage.SOURCE__CONTAINER_TITLE:
				return CONTAINER_TITLE_EDEFAULT == null ? containerTitle != null : !CONTAINER_TITLE_EDEFAULT.equals(containerTitle);
			case GuidancePackage.SOURCE__ISSUED_YEAR:
				return ISSUED_YEAR_EDEFAULT == null ? issuedYear != null : !ISSUED_YEAR_EDEFAULT.equals(issuedYear);
			case GuidancePackage.SOURCE__ISSUED_MONTH:
				return ISSUED_MONTH_EDEFAULT == null ? issuedMonth != null : !ISSUED_MONTH_EDEFAULT.equals(issuedMonth);
			case GuidancePackage.SOURCE__ISSUED_DAY:
				return ISSUED_DAY_EDEFAULT == null ? issuedDay != null : !ISSUED_DAY_EDEFAULT.equals(issuedDay);
			case GuidancePackage.SOURCE__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case GuidancePackage.SOURCE__PUBLISHER_PLACE:
				return PUBLISHER_PLACE_EDEFAULT == null ? publisherPlace != null : !PUBLISHER_PLACE_EDEFAULT.equals(publisherPlace);
			case GuidancePackage.SOURCE__DOI:
				return DOI_EDEFAULT == null ? doi != null : !DOI_EDEFAULT.equals(doi);
			case GuidancePackage.SOURCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case GuidancePackage.SOURCE__ISBN:
				return ISBN_EDEFAULT == null ? isbn != null : !ISBN_EDEFAULT.equals(isbn);
			case GuidancePackage.SOURCE__ABSTRACT_TEXT:
				return ABSTRACT_TEXT_EDEFAULT == null ? abstractText != null : !ABSTRACT_TEXT_EDEFAULT.equals(abstractText);
			case GuidancePackage.SOURCE__KEYWORDS:
				return keywords != null && !keywords.isEmpty();
			case GuidancePackage.SOURCE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case GuidancePackage.SOURCE__APPRAISAL:
				return appraisal != null;
			case GuidancePackage.SOURCE__SCREENING:
				return screening != SCREENING_EDEFAULT;
			case GuidancePackage.SOURCE__SCREENING_REASON:
				return SCREENING_REASON_EDEFAULT == null ? screeningReason != null : !SCREENING_REASON_EDEFAULT.equals(screeningReason);
			case GuidancePackage.SOURCE__VOLUME:
				return VOLUME_EDEFAULT == null ? volume != null : !VOLUME_EDEFAULT.equals(volume);
			case GuidancePackage.SOURCE__ISSUE:
				return ISSUE_EDEFAULT == null ? issue != null : !ISSUE_EDEFAULT.equals(issue);
			case GuidancePackage.SOURCE__PAGES:
				return PAGES_EDEFAULT == null ? pages != null : !PAGES_EDEFAULT.equals(pages);
			case GuidancePackage.SOURCE__ACCESSED:
				return ACCESSED_EDEFAULT == null ? accessed != null : !ACCESSED_EDEFAULT.equals(accessed);
			case GuidancePackage.SOURCE__COLLECTION_TITLE:
				return COLLECTION_TITLE_EDEFAULT == null ? collectionTitle != null : !COLLECTION_TITLE_EDEFAULT.equals(collectionTitle);
			case GuidancePackage.SOURCE__EXTRACTS:
				return extracts != null && !extracts.isEmpty();
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
		result.append(" (type: ");
		result.append(type);
		result.append(", citationKey: ");
		result.append(citationKey);
		result.append(", title: ");
		result.append(title);
		result.append(", containerTitle: ");
		result.append(containerTitle);
		result.append(", issuedYear: ");
		result.append(issuedYear);
		result.append(", issuedMonth: ");
		result.append(issuedMonth);
		result.append(", issuedDay: ");
		result.append(issuedDay);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", publisherPlace: ");
		result.append(publisherPlace);
		result.append(", doi: ");
		result.append(doi);
		result.append(", url: ");
		result.append(url);
		result.append(", isbn: ");
		result.append(isbn);
		result.append(", abstractText: ");
		result.append(abstractText);
		result.append(", keywords: ");
		result.append(keywords);
		result.append(", note: ");
		result.append(note);
		result.append(", screening: ");
		result.append(screening);
		result.append(", screeningReason: ");
		result.append(screeningReason);
		result.append(", volume: ");
		result.append(volume);
		result.append(", issue: ");
		result.append(issue);
		result.append(", pages: ");
		result.append(pages);
		result.append(", accessed: ");
		result.append(accessed);
		result.append(", collectionTitle: ");
		result.append(collectionTitle);
		result.append(')');
		return result.toString();
	}

} //SourceImpl
