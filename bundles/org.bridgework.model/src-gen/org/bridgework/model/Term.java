/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A glossary entry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Term#getTerm <em>Term</em>}</li>
 *   <li>{@link org.bridgework.model.Term#getExpansion <em>Expansion</em>}</li>
 *   <li>{@link org.bridgework.model.Term#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.bridgework.model.Term#getSector <em>Sector</em>}</li>
 *   <li>{@link org.bridgework.model.Term#isWellKnown <em>Well Known</em>}</li>
 *   <li>{@link org.bridgework.model.Term#getPlainWording <em>Plain Wording</em>}</li>
 *   <li>{@link org.bridgework.model.Term#getSourceUrl <em>Source Url</em>}</li>
 *   <li>{@link org.bridgework.model.Term#isDisabled <em>Disabled</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getTerm()
 * @model
 * @generated
 */
public interface Term extends Identified {
	/**
	 * Returns the value of the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Term</em>' attribute.
	 * @see #setTerm(String)
	 * @see org.bridgework.model.GuidancePackage#getTerm_Term()
	 * @model
	 * @generated
	 */
	String getTerm();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Term#getTerm <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Term</em>' attribute.
	 * @see #getTerm()
	 * @generated
	 */
	void setTerm(String value);

	/**
	 * Returns the value of the '<em><b>Expansion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expansion</em>' attribute.
	 * @see #setExpansion(String)
	 * @see org.bridgework.model.GuidancePackage#getTerm_Expansion()
	 * @model
	 * @generated
	 */
	String getExpansion();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Term#getExpansion <em>Expansion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expansion</em>' attribute.
	 * @see #getExpansion()
	 * @generated
	 */
	void setExpansion(String value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.bridgework.model.GuidancePackage#getTerm_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Term#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see org.bridgework.model.Sector
	 * @see #setSector(Sector)
	 * @see org.bridgework.model.GuidancePackage#getTerm_Sector()
	 * @model
	 * @generated
	 */
	Sector getSector();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Term#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see org.bridgework.model.Sector
	 * @see #getSector()
	 * @generated
	 */
	void setSector(Sector value);

	/**
	 * Returns the value of the '<em><b>Well Known</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Well Known</em>' attribute.
	 * @see #setWellKnown(boolean)
	 * @see org.bridgework.model.GuidancePackage#getTerm_WellKnown()
	 * @model
	 * @generated
	 */
	boolean isWellKnown();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Term#isWellKnown <em>Well Known</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Well Known</em>' attribute.
	 * @see #isWellKnown()
	 * @generated
	 */
	void setWellKnown(boolean value);

	/**
	 * Returns the value of the '<em><b>Plain Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plain English for the term, suggested to writers by the reader lens; for a term of the shipped HE and NHS lists, the project's own wording.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plain Wording</em>' attribute.
	 * @see #setPlainWording(String)
	 * @see org.bridgework.model.GuidancePackage#getTerm_PlainWording()
	 * @model
	 * @generated
	 */
	String getPlainWording();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Term#getPlainWording <em>Plain Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plain Wording</em>' attribute.
	 * @see #getPlainWording()
	 * @generated
	 */
	void setPlainWording(String value);

	/**
	 * Returns the value of the '<em><b>Source Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An official page explaining the term (NHS England, OfS, QAA, legislation.gov.uk ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Url</em>' attribute.
	 * @see #setSourceUrl(String)
	 * @see org.bridgework.model.GuidancePackage#getTerm_SourceUrl()
	 * @model
	 * @generated
	 */
	String getSourceUrl();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Term#getSourceUrl <em>Source Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Url</em>' attribute.
	 * @see #getSourceUrl()
	 * @generated
	 */
	void setSourceUrl(String value);

	/**
	 * Returns the value of the '<em><b>Disabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reader lens ignores this term; a project term named like a shipped term with this set turns the shipped term off for the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disabled</em>' attribute.
	 * @see #setDisabled(boolean)
	 * @see org.bridgework.model.GuidancePackage#getTerm_Disabled()
	 * @model
	 * @generated
	 */
	boolean isDisabled();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Term#isDisabled <em>Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disabled</em>' attribute.
	 * @see #isDisabled()
	 * @generated
	 */
	void setDisabled(boolean value);

} // Term
