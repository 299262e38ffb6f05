/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.GuidanceDocument#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceDocument#getSubtitle <em>Subtitle</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceDocument#getLengthTargetWords <em>Length Target Words</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceDocument#getCitationStyle <em>Citation Style</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceDocument#getLocale <em>Locale</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceDocument#getSections <em>Sections</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceDocument#getWordCount <em>Word Count</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getGuidanceDocument()
 * @model
 * @generated
 */
public interface GuidanceDocument extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceDocument#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Subtitle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subtitle</em>' attribute.
	 * @see #setSubtitle(String)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceDocument_Subtitle()
	 * @model
	 * @generated
	 */
	String getSubtitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceDocument#getSubtitle <em>Subtitle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subtitle</em>' attribute.
	 * @see #getSubtitle()
	 * @generated
	 */
	void setSubtitle(String value);

	/**
	 * Returns the value of the '<em><b>Length Target Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Length Target Words</em>' attribute.
	 * @see #setLengthTargetWords(int)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceDocument_LengthTargetWords()
	 * @model
	 * @generated
	 */
	int getLengthTargetWords();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceDocument#getLengthTargetWords <em>Length Target Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length Target Words</em>' attribute.
	 * @see #getLengthTargetWords()
	 * @generated
	 */
	void setLengthTargetWords(int value);

	/**
	 * Returns the value of the '<em><b>Citation Style</b></em>' attribute.
	 * The default value is <code>"harvard-cite-them-right"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Citation Style</em>' attribute.
	 * @see #setCitationStyle(String)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceDocument_CitationStyle()
	 * @model default="harvard-cite-them-right"
	 * @generated
	 */
	String getCitationStyle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceDocument#getCitationStyle <em>Citation Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Citation Style</em>' attribute.
	 * @see #getCitationStyle()
	 * @generated
	 */
	void setCitationStyle(String value);

	/**
	 * Returns the value of the '<em><b>Locale</b></em>' attribute.
	 * The default value is <code>"en-GB"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locale</em>' attribute.
	 * @see #setLocale(String)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceDocument_Locale()
	 * @model default="en-GB"
	 * @generated
	 */
	String getLocale();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceDocument#getLocale <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locale</em>' attribute.
	 * @see #getLocale()
	 * @generated
	 */
	void setLocale(String value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceDocument_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Word Count</em>' attribute.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceDocument_WordCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getWordCount();

} // GuidanceDocument
