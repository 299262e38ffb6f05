/**
 */
package org.bridgework.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hep Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Profile of a higher education provider.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.HepProfile#getSize <em>Size</em>}</li>
 *   <li>{@link org.bridgework.model.HepProfile#isSpecialist <em>Specialist</em>}</li>
 *   <li>{@link org.bridgework.model.HepProfile#getSpecialism <em>Specialism</em>}</li>
 *   <li>{@link org.bridgework.model.HepProfile#isFurtherEducationCollege <em>Further Education College</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getHepProfile()
 * @model
 * @generated
 */
public interface HepProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.HepSize}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see org.bridgework.model.HepSize
	 * @see #setSize(HepSize)
	 * @see org.bridgework.model.GuidancePackage#getHepProfile_Size()
	 * @model
	 * @generated
	 */
	HepSize getSize();

	/**
	 * Sets the value of the '{@link org.bridgework.model.HepProfile#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see org.bridgework.model.HepSize
	 * @see #getSize()
	 * @generated
	 */
	void setSize(HepSize value);

	/**
	 * Returns the value of the '<em><b>Specialist</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specialist</em>' attribute.
	 * @see #setSpecialist(boolean)
	 * @see org.bridgework.model.GuidancePackage#getHepProfile_Specialist()
	 * @model
	 * @generated
	 */
	boolean isSpecialist();

	/**
	 * Sets the value of the '{@link org.bridgework.model.HepProfile#isSpecialist <em>Specialist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialist</em>' attribute.
	 * @see #isSpecialist()
	 * @generated
	 */
	void setSpecialist(boolean value);

	/**
	 * Returns the value of the '<em><b>Specialism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specialism</em>' attribute.
	 * @see #setSpecialism(String)
	 * @see org.bridgework.model.GuidancePackage#getHepProfile_Specialism()
	 * @model
	 * @generated
	 */
	String getSpecialism();

	/**
	 * Sets the value of the '{@link org.bridgework.model.HepProfile#getSpecialism <em>Specialism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialism</em>' attribute.
	 * @see #getSpecialism()
	 * @generated
	 */
	void setSpecialism(String value);

	/**
	 * Returns the value of the '<em><b>Further Education College</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Higher education delivered in a further education college.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Further Education College</em>' attribute.
	 * @see #setFurtherEducationCollege(boolean)
	 * @see org.bridgework.model.GuidancePackage#getHepProfile_FurtherEducationCollege()
	 * @model
	 * @generated
	 */
	boolean isFurtherEducationCollege();

	/**
	 * Sets the value of the '{@link org.bridgework.model.HepProfile#isFurtherEducationCollege <em>Further Education College</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Further Education College</em>' attribute.
	 * @see #isFurtherEducationCollege()
	 * @generated
	 */
	void setFurtherEducationCollege(boolean value);

} // HepProfile
