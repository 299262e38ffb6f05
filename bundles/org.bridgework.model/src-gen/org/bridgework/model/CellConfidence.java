/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell Confidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Confidence in one gap-map cell: the evidence of one kind (a source type or case studies) for one challenge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.CellConfidence#getEvidenceKind <em>Evidence Kind</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getCellConfidence()
 * @model
 * @generated
 */
public interface CellConfidence extends EvidenceConfidence {
	/**
	 * Returns the value of the '<em><b>Evidence Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gap map's column: a source type's literal (article-journal, report, ...) or case-studies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Kind</em>' attribute.
	 * @see #setEvidenceKind(String)
	 * @see org.bridgework.model.GuidancePackage#getCellConfidence_EvidenceKind()
	 * @model
	 * @generated
	 */
	String getEvidenceKind();

	/**
	 * Sets the value of the '{@link org.bridgework.model.CellConfidence#getEvidenceKind <em>Evidence Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Kind</em>' attribute.
	 * @see #getEvidenceKind()
	 * @generated
	 */
	void setEvidenceKind(String value);

} // CellConfidence
