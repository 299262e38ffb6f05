/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Extract#getSource <em>Source</em>}</li>
 *   <li>{@link org.bridgework.model.Extract#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bridgework.model.Extract#getText <em>Text</em>}</li>
 *   <li>{@link org.bridgework.model.Extract#getLocator <em>Locator</em>}</li>
 *   <li>{@link org.bridgework.model.Extract#getNote <em>Note</em>}</li>
 *   <li>{@link org.bridgework.model.Extract#getAppraisal <em>Appraisal</em>}</li>
 *   <li>{@link org.bridgework.model.Extract#getChallenges <em>Challenges</em>}</li>
 *   <li>{@link org.bridgework.model.Extract#getScopeItems <em>Scope Items</em>}</li>
 *   <li>{@link org.bridgework.model.Extract#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.bridgework.model.Extract#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getExtract()
 * @model
 * @generated
 */
public interface Extract extends Identified {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.bridgework.model.Source#getExtracts <em>Extracts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The containing source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' container reference.
	 * @see #setSource(Source)
	 * @see org.bridgework.model.GuidancePackage#getExtract_Source()
	 * @see org.bridgework.model.Source#getExtracts
	 * @model opposite="extracts"
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Extract#getSource <em>Source</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' container reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.ExtractKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.ExtractKind
	 * @see #setKind(ExtractKind)
	 * @see org.bridgework.model.GuidancePackage#getExtract_Kind()
	 * @model
	 * @generated
	 */
	ExtractKind getKind();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Extract#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.bridgework.model.ExtractKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ExtractKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.bridgework.model.GuidancePackage#getExtract_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Extract#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Locator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For example 'p. 4'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locator</em>' attribute.
	 * @see #setLocator(String)
	 * @see org.bridgework.model.GuidancePackage#getExtract_Locator()
	 * @model
	 * @generated
	 */
	String getLocator();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Extract#getLocator <em>Locator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locator</em>' attribute.
	 * @see #getLocator()
	 * @generated
	 */
	void setLocator(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.bridgework.model.GuidancePackage#getExtract_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Extract#getNote <em>Note</em>}' attribute.
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
	 * An appraisal of this extract alone; none = its source's appraisal applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Appraisal</em>' containment reference.
	 * @see #setAppraisal(Appraisal)
	 * @see org.bridgework.model.GuidancePackage#getExtract_Appraisal()
	 * @model containment="true"
	 * @generated
	 */
	Appraisal getAppraisal();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Extract#getAppraisal <em>Appraisal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Appraisal</em>' containment reference.
	 * @see #getAppraisal()
	 * @generated
	 */
	void setAppraisal(Appraisal value);

	/**
	 * Returns the value of the '<em><b>Challenges</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Challenge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Challenges</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getExtract_Challenges()
	 * @model
	 * @generated
	 */
	EList<Challenge> getChallenges();

	/**
	 * Returns the value of the '<em><b>Scope Items</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.ScopeItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Items</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getExtract_ScopeItems()
	 * @model
	 * @generated
	 */
	EList<ScopeItem> getScopeItems();

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getExtract_Criteria()
	 * @model
	 * @generated
	 */
	EList<Criterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getExtract_Sections()
	 * @model
	 * @generated
	 */
	EList<Section> getSections();

} // Extract
