/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Block#getWordCount <em>Word Count</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getBlock()
 * @model abstract="true"
 * @generated
 */
public interface Block extends Identified {
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
