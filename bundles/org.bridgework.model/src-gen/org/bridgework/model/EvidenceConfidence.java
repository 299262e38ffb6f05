/**
 */
package org.bridgework.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Confidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A GRADE-CERQual-style assessment of the evidence for one challenge: the concerns about each component and the overall confidence, with the reasons. Counts of evidence stay counts; this says how far to trust them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.EvidenceConfidence#getLevel <em>Level</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceConfidence#getMethodologicalLimitations <em>Methodological Limitations</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceConfidence#getCoherence <em>Coherence</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceConfidence#getAdequacy <em>Adequacy</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceConfidence#getRelevance <em>Relevance</em>}</li>
 *   <li>{@link org.bridgework.model.EvidenceConfidence#getReasons <em>Reasons</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getEvidenceConfidence()
 * @model
 * @generated
 */
public interface EvidenceConfidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.EvidenceConfidenceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.bridgework.model.EvidenceConfidenceLevel
	 * @see #setLevel(EvidenceConfidenceLevel)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceConfidence_Level()
	 * @model
	 * @generated
	 */
	EvidenceConfidenceLevel getLevel();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceConfidence#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.bridgework.model.EvidenceConfidenceLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(EvidenceConfidenceLevel value);

	/**
	 * Returns the value of the '<em><b>Methodological Limitations</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.CerqualConcern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Methodological Limitations</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #setMethodologicalLimitations(CerqualConcern)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceConfidence_MethodologicalLimitations()
	 * @model
	 * @generated
	 */
	CerqualConcern getMethodologicalLimitations();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceConfidence#getMethodologicalLimitations <em>Methodological Limitations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Methodological Limitations</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #getMethodologicalLimitations()
	 * @generated
	 */
	void setMethodologicalLimitations(CerqualConcern value);

	/**
	 * Returns the value of the '<em><b>Coherence</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.CerqualConcern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coherence</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #setCoherence(CerqualConcern)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceConfidence_Coherence()
	 * @model
	 * @generated
	 */
	CerqualConcern getCoherence();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceConfidence#getCoherence <em>Coherence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coherence</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #getCoherence()
	 * @generated
	 */
	void setCoherence(CerqualConcern value);

	/**
	 * Returns the value of the '<em><b>Adequacy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.CerqualConcern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adequacy</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #setAdequacy(CerqualConcern)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceConfidence_Adequacy()
	 * @model
	 * @generated
	 */
	CerqualConcern getAdequacy();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceConfidence#getAdequacy <em>Adequacy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adequacy</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #getAdequacy()
	 * @generated
	 */
	void setAdequacy(CerqualConcern value);

	/**
	 * Returns the value of the '<em><b>Relevance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.CerqualConcern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relevance of the evidence to UK HE-NHS partnerships.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relevance</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #setRelevance(CerqualConcern)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceConfidence_Relevance()
	 * @model
	 * @generated
	 */
	CerqualConcern getRelevance();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceConfidence#getRelevance <em>Relevance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relevance</em>' attribute.
	 * @see org.bridgework.model.CerqualConcern
	 * @see #getRelevance()
	 * @generated
	 */
	void setRelevance(CerqualConcern value);

	/**
	 * Returns the value of the '<em><b>Reasons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reasons</em>' attribute.
	 * @see #setReasons(String)
	 * @see org.bridgework.model.GuidancePackage#getEvidenceConfidence_Reasons()
	 * @model
	 * @generated
	 */
	String getReasons();

	/**
	 * Sets the value of the '{@link org.bridgework.model.EvidenceConfidence#getReasons <em>Reasons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reasons</em>' attribute.
	 * @see #getReasons()
	 * @generated
	 */
	void setReasons(String value);

} // EvidenceConfidence
