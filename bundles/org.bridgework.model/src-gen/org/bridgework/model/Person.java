/**
 */
package org.bridgework.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CSL name: family/given for a person or literal for a corporate author.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Person#getFamily <em>Family</em>}</li>
 *   <li>{@link org.bridgework.model.Person#getGiven <em>Given</em>}</li>
 *   <li>{@link org.bridgework.model.Person#getLiteral <em>Literal</em>}</li>
 *   <li>{@link org.bridgework.model.Person#getNonDroppingParticle <em>Non Dropping Particle</em>}</li>
 *   <li>{@link org.bridgework.model.Person#getSuffix <em>Suffix</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends EObject {
	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.bridgework.model.GuidancePackage#getPerson_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Person#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given</em>' attribute.
	 * @see #setGiven(String)
	 * @see org.bridgework.model.GuidancePackage#getPerson_Given()
	 * @model
	 * @generated
	 */
	String getGiven();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Person#getGiven <em>Given</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given</em>' attribute.
	 * @see #getGiven()
	 * @generated
	 */
	void setGiven(String value);

	/**
	 * Returns the value of the '<em><b>Literal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Literal</em>' attribute.
	 * @see #setLiteral(String)
	 * @see org.bridgework.model.GuidancePackage#getPerson_Literal()
	 * @model
	 * @generated
	 */
	String getLiteral();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Person#getLiteral <em>Literal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Literal</em>' attribute.
	 * @see #getLiteral()
	 * @generated
	 */
	void setLiteral(String value);

	/**
	 * Returns the value of the '<em><b>Non Dropping Particle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Non Dropping Particle</em>' attribute.
	 * @see #setNonDroppingParticle(String)
	 * @see org.bridgework.model.GuidancePackage#getPerson_NonDroppingParticle()
	 * @model
	 * @generated
	 */
	String getNonDroppingParticle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Person#getNonDroppingParticle <em>Non Dropping Particle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Dropping Particle</em>' attribute.
	 * @see #getNonDroppingParticle()
	 * @generated
	 */
	void setNonDroppingParticle(String value);

	/**
	 * Returns the value of the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suffix</em>' attribute.
	 * @see #setSuffix(String)
	 * @see org.bridgework.model.GuidancePackage#getPerson_Suffix()
	 * @model
	 * @generated
	 */
	String getSuffix();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Person#getSuffix <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suffix</em>' attribute.
	 * @see #getSuffix()
	 * @generated
	 */
	void setSuffix(String value);

} // Person
