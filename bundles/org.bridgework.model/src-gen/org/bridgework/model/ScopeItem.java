/**
 */
package org.bridgework.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scope Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.ScopeItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.ScopeItem#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.ScopeItem#isInScope <em>In Scope</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getScopeItem()
 * @model
 * @generated
 */
public interface ScopeItem extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getScopeItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ScopeItem#getTitle <em>Title</em>}' attribute.
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
	 * @see org.bridgework.model.GuidancePackage#getScopeItem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ScopeItem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>In Scope</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for in scope, false for explicitly out of scope.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Scope</em>' attribute.
	 * @see #setInScope(boolean)
	 * @see org.bridgework.model.GuidancePackage#getScopeItem_InScope()
	 * @model default="true"
	 * @generated
	 */
	boolean isInScope();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ScopeItem#isInScope <em>In Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Scope</em>' attribute.
	 * @see #isInScope()
	 * @generated
	 */
	void setInScope(boolean value);

} // ScopeItem
