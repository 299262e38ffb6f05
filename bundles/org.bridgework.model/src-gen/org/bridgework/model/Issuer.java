/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Issuer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Issuer#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.Issuer#isConfirmed <em>Confirmed</em>}</li>
 *   <li>{@link org.bridgework.model.Issuer#getLogoPath <em>Logo Path</em>}</li>
 *   <li>{@link org.bridgework.model.Issuer#getLogoAltText <em>Logo Alt Text</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getIssuer()
 * @model
 * @generated
 */
public interface Issuer extends Identified {
	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.bridgework.model.GuidancePackage#getIssuer_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Issuer#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Confirmed</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False for a possible issuer not yet confirmed: never shown in the document, and it blocks a release.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmed</em>' attribute.
	 * @see #setConfirmed(boolean)
	 * @see org.bridgework.model.GuidancePackage#getIssuer_Confirmed()
	 * @model default="true"
	 * @generated
	 */
	boolean isConfirmed();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Issuer#isConfirmed <em>Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed</em>' attribute.
	 * @see #isConfirmed()
	 * @generated
	 */
	void setConfirmed(boolean value);

	/**
	 * Returns the value of the '<em><b>Logo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An SVG or PNG file, relative to the project file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logo Path</em>' attribute.
	 * @see #setLogoPath(String)
	 * @see org.bridgework.model.GuidancePackage#getIssuer_LogoPath()
	 * @model
	 * @generated
	 */
	String getLogoPath();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Issuer#getLogoPath <em>Logo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logo Path</em>' attribute.
	 * @see #getLogoPath()
	 * @generated
	 */
	void setLogoPath(String value);

	/**
	 * Returns the value of the '<em><b>Logo Alt Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logo Alt Text</em>' attribute.
	 * @see #setLogoAltText(String)
	 * @see org.bridgework.model.GuidancePackage#getIssuer_LogoAltText()
	 * @model
	 * @generated
	 */
	String getLogoAltText();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Issuer#getLogoAltText <em>Logo Alt Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logo Alt Text</em>' attribute.
	 * @see #getLogoAltText()
	 * @generated
	 */
	void setLogoAltText(String value);

} // Issuer
