/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A case study assessed against one criterion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Assessment#getCaseStudy <em>Case Study</em>}</li>
 *   <li>{@link org.bridgework.model.Assessment#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link org.bridgework.model.Assessment#getResult <em>Result</em>}</li>
 *   <li>{@link org.bridgework.model.Assessment#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.bridgework.model.Assessment#getEvidenceExtracts <em>Evidence Extracts</em>}</li>
 *   <li>{@link org.bridgework.model.Assessment#getEvidenceOutcomes <em>Evidence Outcomes</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Case Study</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.bridgework.model.CaseStudy#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Study</em>' container reference.
	 * @see #setCaseStudy(CaseStudy)
	 * @see org.bridgework.model.GuidancePackage#getAssessment_CaseStudy()
	 * @see org.bridgework.model.CaseStudy#getAssessments
	 * @model opposite="assessments"
	 * @generated
	 */
	CaseStudy getCaseStudy();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Assessment#getCaseStudy <em>Case Study</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Study</em>' container reference.
	 * @see #getCaseStudy()
	 * @generated
	 */
	void setCaseStudy(CaseStudy value);

	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion</em>' reference.
	 * @see #setCriterion(Criterion)
	 * @see org.bridgework.model.GuidancePackage#getAssessment_Criterion()
	 * @model
	 * @generated
	 */
	Criterion getCriterion();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Assessment#getCriterion <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' reference.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(Criterion value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.AssessmentResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see org.bridgework.model.AssessmentResult
	 * @see #setResult(AssessmentResult)
	 * @see org.bridgework.model.GuidancePackage#getAssessment_Result()
	 * @model
	 * @generated
	 */
	AssessmentResult getResult();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Assessment#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see org.bridgework.model.AssessmentResult
	 * @see #getResult()
	 * @generated
	 */
	void setResult(AssessmentResult value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.bridgework.model.GuidancePackage#getAssessment_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Assessment#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Extracts</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Extract}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Extracts</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getAssessment_EvidenceExtracts()
	 * @model
	 * @generated
	 */
	EList<Extract> getEvidenceExtracts();

	/**
	 * Returns the value of the '<em><b>Evidence Outcomes</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Outcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Outcomes</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getAssessment_EvidenceOutcomes()
	 * @model
	 * @generated
	 */
	EList<Outcome> getEvidenceOutcomes();

} // Assessment
