/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Section#getHeading <em>Heading</em>}</li>
 *   <li>{@link org.bridgework.model.Section#getWordBudget <em>Word Budget</em>}</li>
 *   <li>{@link org.bridgework.model.Section#getAudienceNotes <em>Audience Notes</em>}</li>
 *   <li>{@link org.bridgework.model.Section#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bridgework.model.Section#getBlocks <em>Blocks</em>}</li>
 *   <li>{@link org.bridgework.model.Section#getSections <em>Sections</em>}</li>
 *   <li>{@link org.bridgework.model.Section#getWordCount <em>Word Count</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getSection()
 * @model
 * @generated
 */
public interface Section extends Identified {
	/**
	 * Returns the value of the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heading</em>' attribute.
	 * @see #setHeading(String)
	 * @see org.bridgework.model.GuidancePackage#getSection_Heading()
	 * @model
	 * @generated
	 */
	String getHeading();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Section#getHeading <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heading</em>' attribute.
	 * @see #getHeading()
	 * @generated
	 */
	void setHeading(String value);

	/**
	 * Returns the value of the '<em><b>Word Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Word Budget</em>' attribute.
	 * @see #setWordBudget(int)
	 * @see org.bridgework.model.GuidancePackage#getSection_WordBudget()
	 * @model
	 * @generated
	 */
	int getWordBudget();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Section#getWordBudget <em>Word Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Word Budget</em>' attribute.
	 * @see #getWordBudget()
	 * @generated
	 */
	void setWordBudget(int value);

	/**
	 * Returns the value of the '<em><b>Audience Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience Notes</em>' attribute.
	 * @see #setAudienceNotes(String)
	 * @see org.bridgework.model.GuidancePackage#getSection_AudienceNotes()
	 * @model
	 * @generated
	 */
	String getAudienceNotes();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Section#getAudienceNotes <em>Audience Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience Notes</em>' attribute.
	 * @see #getAudienceNotes()
	 * @generated
	 */
	void setAudienceNotes(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.SectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the section is for: content (the default) rests on evidence; a glossary, contents-like, references or next-steps section is not expected to cite sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.SectionKind
	 * @see #setKind(SectionKind)
	 * @see org.bridgework.model.GuidancePackage#getSection_Kind()
	 * @model
	 * @generated
	 */
	SectionKind getKind();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Section#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.SectionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SectionKind value);

	/**
	 * Returns the value of the '<em><b>Blocks</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Block}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Blocks</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getSection_Blocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Block> getBlocks();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getSection_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Words of the blocks and sub-sections, headings excluded. Derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Word Count</em>' attribute.
	 * @see org.bridgework.model.GuidancePackage#getSection_WordCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getWordCount();

} // Section
