/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Solution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Solution#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.Solution#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.Solution#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.bridgework.model.Solution#getEvidencedBy <em>Evidenced By</em>}</li>
 *   <li>{@link org.bridgework.model.Solution#getExemplifiedBy <em>Exemplified By</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getSolution()
 * @model
 * @generated
 */
public interface Solution extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getSolution_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Solution#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bridgework.model.GuidancePackage#getSolution_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Solution#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Challenge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getSolution_Addresses()
	 * @model
	 * @generated
	 */
	EList<Challenge> getAddresses();

	/**
	 * Returns the value of the '<em><b>Evidenced By</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Extract}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidenced By</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getSolution_EvidencedBy()
	 * @model
	 * @generated
	 */
	EList<Extract> getEvidencedBy();

	/**
	 * Returns the value of the '<em><b>Exemplified By</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.CaseStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exemplified By</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getSolution_ExemplifiedBy()
	 * @model
	 * @generated
	 */
	EList<CaseStudy> getExemplifiedBy();

} // Solution
