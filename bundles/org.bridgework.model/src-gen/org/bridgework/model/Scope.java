/**
 */
package org.bridgework.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scope</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Scope#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.bridgework.model.Scope#getItems <em>Items</em>}</li>
 *   <li>{@link org.bridgework.model.Scope#getAgreedBy <em>Agreed By</em>}</li>
 *   <li>{@link org.bridgework.model.Scope#getAgreedOn <em>Agreed On</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getScope()
 * @model
 * @generated
 */
public interface Scope extends Identified {
	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.bridgework.model.GuidancePackage#getScope_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Scope#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.ScopeItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getScope_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScopeItem> getItems();

	/**
	 * Returns the value of the '<em><b>Agreed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who agreed the scope (for example "Taskforce, meeting of 12 March"); empty while it is not agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreed By</em>' attribute.
	 * @see #setAgreedBy(String)
	 * @see org.bridgework.model.GuidancePackage#getScope_AgreedBy()
	 * @model
	 * @generated
	 */
	String getAgreedBy();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Scope#getAgreedBy <em>Agreed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreed By</em>' attribute.
	 * @see #getAgreedBy()
	 * @generated
	 */
	void setAgreedBy(String value);

	/**
	 * Returns the value of the '<em><b>Agreed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the scope was agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreed On</em>' attribute.
	 * @see #setAgreedOn(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getScope_AgreedOn()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getAgreedOn();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Scope#getAgreedOn <em>Agreed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreed On</em>' attribute.
	 * @see #getAgreedOn()
	 * @generated
	 */
	void setAgreedOn(LocalDate value);

} // Scope
