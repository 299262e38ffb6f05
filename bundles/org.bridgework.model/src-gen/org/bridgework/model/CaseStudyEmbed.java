/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case Study Embed</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.CaseStudyEmbed#getCaseStudy <em>Case Study</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getCaseStudyEmbed()
 * @model
 * @generated
 */
public interface CaseStudyEmbed extends Block {
	/**
	 * Returns the value of the '<em><b>Case Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Study</em>' reference.
	 * @see #setCaseStudy(CaseStudy)
	 * @see org.bridgework.model.GuidancePackage#getCaseStudyEmbed_CaseStudy()
	 * @model
	 * @generated
	 */
	CaseStudy getCaseStudy();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CaseStudyEmbed#getCaseStudy <em>Case Study</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Study</em>' reference.
	 * @see #getCaseStudy()
	 * @generated
	 */
	void setCaseStudy(CaseStudy value);

} // CaseStudyEmbed
