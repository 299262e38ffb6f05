/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Block#getEvidenceLinks <em>Evidence Links</em>}</li>
 *   <li>{@link org.bridgework.model.Block#getWordCount <em>Word Count</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getBlock()
 * @model abstract="true"
 * @generated
 */
public interface Block extends Identified {
	/**
	 * Returns the value of the '<em><b>Evidence Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.EvidenceLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Provenance: the evidence this block (or one of its sentences) rests on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Links</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getBlock_EvidenceLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceLink> getEvidenceLinks();

	/**
	 * Returns the value of the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Word Count</em>' attribute.
	 * @see org.bridgework.model.GuidancePackage#getBlock_WordCount()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getWordCount();

} // Block
