/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Extract Quote</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.ExtractQuote#getExtract <em>Extract</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getExtractQuote()
 * @model
 * @generated
 */
public interface ExtractQuote extends Block {
	/**
	 * Returns the value of the '<em><b>Extract</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extract</em>' reference.
	 * @see #setExtract(Extract)
	 * @see org.bridgework.model.GuidancePackage#getExtractQuote_Extract()
	 * @model
	 * @generated
	 */
	Extract getExtract();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ExtractQuote#getExtract <em>Extract</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extract</em>' reference.
	 * @see #getExtract()
	 * @generated
	 */
	void setExtract(Extract value);

} // ExtractQuote
