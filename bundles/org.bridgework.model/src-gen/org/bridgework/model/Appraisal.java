/**
 */
package org.bridgework.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Appraisal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A critical appraisal of a source or extract: its study design and the concerns about its relevance to UK HE-NHS partnerships, its methodological limitations and its adequacy, each with a short reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Appraisal#getDesign <em>Design</em>}</li>
 *   <li>{@link org.bridgework.model.Appraisal#getDesignNote <em>Design Note</em>}</li>
 *   <li>{@link org.bridgework.model.Appraisal#getRelevance <em>Relevance</em>}</li>
 *   <li>{@link org.bridgework.model.Appraisal#getRelevanceNote <em>Relevance Note</em>}</li>
 *   <li>{@link org.bridgework.model.Appraisal#getLimitations <em>Limitations</em>}</li>
 *   <li>{@link org.bridgework.model.Appraisal#getLimitationsNote <em>Limitations Note</em>}</li>
 *   <li>{@link org.bridgework.model.Appraisal#getAdequacy <em>Adequacy</em>}</li>
 *   <li>{@link org.bridgework.model.Appraisal#getAdequacyNote <em>Adequacy Note</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getAppraisal()
 * @model
 * @generated
 */
public interface Appraisal extends EObject {
	/**
	 * Returns the value of the '<em><b>Design</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.StudyDesign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Design</em>' attribute.
	 * @see org.bridgework.model.StudyDesign
	 * @see #setDesign(StudyDesign)
	 * @see org.bridgework.model.GuidancePackage#getAppraisal_Design()
	 * @model
	 * @generated
	 */
	StudyDesign getDesign();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Appraisal#getDesign <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design</em>' attribute.
	 * @see org.bridgework.model.StudyDesign
	 * @see #getDesign()
	 * @generated
	 */
	void setDesign(StudyDesign value);

	/**
	 * Returns the value of the '<em><b>Design Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Design Note</em>' attribute.
	 * @see #setDesignNote(String)
	 * @see org.bridgework.model.GuidancePackage#getAppraisal_DesignNote()
	 * @model
	 * @generated
	 */
	String getDesignNote();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Appraisal#getDesignNote <em>Design Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design Note</em>' attribute.
	 * @see #getDesignNote()
	 * @generated
	 */
	void setDesignNote(String value);

	/**
	 * Returns the value of the '<em><b>Relevance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.CerqualConcern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concerns about relevance to UK HE-NHS partnerships.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relevance</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #setRelevance(CerqualConcern)
	 * @see org.bridgework.model.GuidancePackage#getAppraisal_Relevance()
	 * @model
	 * @generated
	 */
	CerqualConcern getRelevance();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Appraisal#getRelevance <em>Relevance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relevance</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #getRelevance()
	 * @generated
	 */
	void setRelevance(CerqualConcern value);

	/**
	 * Returns the value of the '<em><b>Relevance Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relevance Note</em>' attribute.
	 * @see #setRelevanceNote(String)
	 * @see org.bridgework.model.GuidancePackage#getAppraisal_RelevanceNote()
	 * @model
	 * @generated
	 */
	String getRelevanceNote();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Appraisal#getRelevanceNote <em>Relevance Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relevance Note</em>' attribute.
	 * @see #getRelevanceNote()
	 * @generated
	 */
	void setRelevanceNote(String value);

	/**
	 * Returns the value of the '<em><b>Limitations</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.CerqualConcern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concerns about methodological limitations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limitations</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #setLimitations(CerqualConcern)
	 * @see org.bridgework.model.GuidancePackage#getAppraisal_Limitations()
	 * @model
	 * @generated
	 */
	CerqualConcern getLimitations();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Appraisal#getLimitations <em>Limitations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limitations</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #getLimitations()
	 * @generated
	 */
	void setLimitations(CerqualConcern value);

	/**
	 * Returns the value of the '<em><b>Limitations Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limitations Note</em>' attribute.
	 * @see #setLimitationsNote(String)
	 * @see org.bridgework.model.GuidancePackage#getAppraisal_LimitationsNote()
	 * @model
	 * @generated
	 */
	String getLimitationsNote();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Appraisal#getLimitationsNote <em>Limitations Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limitations Note</em>' attribute.
	 * @see #getLimitationsNote()
	 * @generated
	 */
	void setLimitationsNote(String value);

	/**
	 * Returns the value of the '<em><b>Adequacy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.CerqualConcern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concerns about adequacy: how rich and how much the data are.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adequacy</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #setAdequacy(CerqualConcern)
	 * @see org.bridgework.model.GuidancePackage#getAppraisal_Adequacy()
	 * @model
	 * @generated
	 */
	CerqualConcern getAdequacy();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Appraisal#getAdequacy <em>Adequacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adequacy</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #getAdequacy()
	 * @generated
	 */
	void setAdequacy(CerqualConcern value);

	/**
	 * Returns the value of the '<em><b>Adequacy Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adequacy Note</em>' attribute.
	 * @see #setAdequacyNote(String)
	 * @see org.bridgework.model.GuidancePackage#getAppraisal_AdequacyNote()
	 * @model
	 * @generated
	 */
	String getAdequacyNote();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Appraisal#getAdequacyNote <em>Adequacy Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adequacy Note</em>' attribute.
	 * @see #getAdequacyNote()
	 * @generated
	 */
	void setAdequacyNote(String value);

} // Appraisal
