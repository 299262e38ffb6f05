/**
 */
package org.bridgework.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A bibliographic item with CSL-like fields.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Source#getType <em>Type</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getCitationKey <em>Citation Key</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getEditors <em>Editors</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getContainerTitle <em>Container Title</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getIssuedYear <em>Issued Year</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getIssuedMonth <em>Issued Month</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getIssuedDay <em>Issued Day</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getPublisherPlace <em>Publisher Place</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getDoi <em>Doi</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getUrl <em>Url</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getIsbn <em>Isbn</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getAbstractText <em>Abstract Text</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getNote <em>Note</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getAppraisal <em>Appraisal</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getScreening <em>Screening</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getScreeningReason <em>Screening Reason</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getVolume <em>Volume</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getIssue <em>Issue</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getPages <em>Pages</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getAccessed <em>Accessed</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getCollectionTitle <em>Collection Title</em>}</li>
 *   <li>{@link org.bridgework.model.Source#getExtracts <em>Extracts</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getSource()
 * @model
 * @generated
 */
public interface Source extends Identified {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.SourceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.bridgework.model.SourceType
	 * @see #setType(SourceType)
	 * @see org.bridgework.model.GuidancePackage#getSource_Type()
	 * @model
	 * @generated
	 */
	SourceType getType();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.bridgework.model.SourceType
	 * @see #getType()
	 * @generated
	 */
	void setType(SourceType value);

	/**
	 * Returns the value of the '<em><b>Citation Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key used in pandoc citations [@key].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Citation Key</em>' attribute.
	 * @see #setCitationKey(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_CitationKey()
	 * @model
	 * @generated
	 */
	String getCitationKey();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getCitationKey <em>Citation Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Citation Key</em>' attribute.
	 * @see #getCitationKey()
	 * @generated
	 */
	void setCitationKey(String value);

	/**
	 * Returns the value of the '<em><b>Authors</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authors</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getSource_Authors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getAuthors();

	/**
	 * Returns the value of the '<em><b>Editors</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Editors</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getSource_Editors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getEditors();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Container Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Title</em>' attribute.
	 * @see #setContainerTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_ContainerTitle()
	 * @model
	 * @generated
	 */
	String getContainerTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getContainerTitle <em>Container Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Title</em>' attribute.
	 * @see #getContainerTitle()
	 * @generated
	 */
	void setContainerTitle(String value);

	/**
	 * Returns the value of the '<em><b>Issued Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued Year</em>' attribute.
	 * @see #setIssuedYear(Integer)
	 * @see org.bridgework.model.GuidancePackage#getSource_IssuedYear()
	 * @model
	 * @generated
	 */
	Integer getIssuedYear();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getIssuedYear <em>Issued Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued Year</em>' attribute.
	 * @see #getIssuedYear()
	 * @generated
	 */
	void setIssuedYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Issued Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued Month</em>' attribute.
	 * @see #setIssuedMonth(Integer)
	 * @see org.bridgework.model.GuidancePackage#getSource_IssuedMonth()
	 * @model
	 * @generated
	 */
	Integer getIssuedMonth();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getIssuedMonth <em>Issued Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued Month</em>' attribute.
	 * @see #getIssuedMonth()
	 * @generated
	 */
	void setIssuedMonth(Integer value);

	/**
	 * Returns the value of the '<em><b>Issued Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued Day</em>' attribute.
	 * @see #setIssuedDay(Integer)
	 * @see org.bridgework.model.GuidancePackage#getSource_IssuedDay()
	 * @model
	 * @generated
	 */
	Integer getIssuedDay();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getIssuedDay <em>Issued Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued Day</em>' attribute.
	 * @see #getIssuedDay()
	 * @generated
	 */
	void setIssuedDay(Integer value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Publisher Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher Place</em>' attribute.
	 * @see #setPublisherPlace(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_PublisherPlace()
	 * @model
	 * @generated
	 */
	String getPublisherPlace();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getPublisherPlace <em>Publisher Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher Place</em>' attribute.
	 * @see #getPublisherPlace()
	 * @generated
	 */
	void setPublisherPlace(String value);

	/**
	 * Returns the value of the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Doi</em>' attribute.
	 * @see #setDoi(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_Doi()
	 * @model
	 * @generated
	 */
	String getDoi();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getDoi <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Doi</em>' attribute.
	 * @see #getDoi()
	 * @generated
	 */
	void setDoi(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Isbn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Isbn</em>' attribute.
	 * @see #setIsbn(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_Isbn()
	 * @model
	 * @generated
	 */
	String getIsbn();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getIsbn <em>Isbn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isbn</em>' attribute.
	 * @see #getIsbn()
	 * @generated
	 */
	void setIsbn(String value);

	/**
	 * Returns the value of the '<em><b>Abstract Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CSL 'abstract'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Abstract Text</em>' attribute.
	 * @see #setAbstractText(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_AbstractText()
	 * @model
	 * @generated
	 */
	String getAbstractText();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getAbstractText <em>Abstract Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Abstract Text</em>' attribute.
	 * @see #getAbstractText()
	 * @generated
	 */
	void setAbstractText(String value);

	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute list.
	 * @see org.bridgework.model.GuidancePackage#getSource_Keywords()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getKeywords();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Appraisal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The working group's critical appraisal of this source; none = not appraised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Appraisal</em>' containment reference.
	 * @see #setAppraisal(Appraisal)
	 * @see org.bridgework.model.GuidancePackage#getSource_Appraisal()
	 * @model containment="true"
	 * @generated
	 */
	Appraisal getAppraisal();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getAppraisal <em>Appraisal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Appraisal</em>' containment reference.
	 * @see #getAppraisal()
	 * @generated
	 */
	void setAppraisal(Appraisal value);

	/**
	 * Returns the value of the '<em><b>Screening</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.ScreeningDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Screening</em>' attribute.
	 * @see org.bridgework.model.ScreeningDecision
	 * @see #setScreening(ScreeningDecision)
	 * @see org.bridgework.model.GuidancePackage#getSource_Screening()
	 * @model
	 * @generated
	 */
	ScreeningDecision getScreening();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getScreening <em>Screening</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screening</em>' attribute.
	 * @see org.bridgework.model.ScreeningDecision
	 * @see #getScreening()
	 * @generated
	 */
	void setScreening(ScreeningDecision value);

	/**
	 * Returns the value of the '<em><b>Screening Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the source was included or excluded (the PRISMA flow groups exclusions by reason).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Screening Reason</em>' attribute.
	 * @see #setScreeningReason(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_ScreeningReason()
	 * @model
	 * @generated
	 */
	String getScreeningReason();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getScreeningReason <em>Screening Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Screening Reason</em>' attribute.
	 * @see #getScreeningReason()
	 * @generated
	 */
	void setScreeningReason(String value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume</em>' attribute.
	 * @see #setVolume(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_Volume()
	 * @model
	 * @generated
	 */
	String getVolume();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getVolume <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' attribute.
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(String value);

	/**
	 * Returns the value of the '<em><b>Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issue</em>' attribute.
	 * @see #setIssue(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_Issue()
	 * @model
	 * @generated
	 */
	String getIssue();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getIssue <em>Issue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issue</em>' attribute.
	 * @see #getIssue()
	 * @generated
	 */
	void setIssue(String value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' attribute.
	 * @see #setPages(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_Pages()
	 * @model
	 * @generated
	 */
	String getPages();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getPages <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pages</em>' attribute.
	 * @see #getPages()
	 * @generated
	 */
	void setPages(String value);

	/**
	 * Returns the value of the '<em><b>Accessed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accessed</em>' attribute.
	 * @see #setAccessed(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getSource_Accessed()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getAccessed();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getAccessed <em>Accessed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accessed</em>' attribute.
	 * @see #getAccessed()
	 * @generated
	 */
	void setAccessed(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Collection Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CSL 'collection-title': the series a book or report appears in (BibTeX 'series', RIS 'T3'); not its container.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collection Title</em>' attribute.
	 * @see #setCollectionTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getSource_CollectionTitle()
	 * @model
	 * @generated
	 */
	String getCollectionTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Source#getCollectionTitle <em>Collection Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collection Title</em>' attribute.
	 * @see #getCollectionTitle()
	 * @generated
	 */
	void setCollectionTitle(String value);

	/**
	 * Returns the value of the '<em><b>Extracts</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Extract}.
	 * It is bidirectional and its opposite is '{@link org.bridgework.model.Extract#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extracts</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getSource_Extracts()
	 * @see org.bridgework.model.Extract#getSource
	 * @model opposite="source" containment="true"
	 * @generated
	 */
	EList<Extract> getExtracts();

} // Source
