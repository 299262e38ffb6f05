/**
 */
package org.bridgework.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wording Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.WordingChange#getRound <em>Round</em>}</li>
 *   <li>{@link org.bridgework.model.WordingChange#getPreviousStatement <em>Previous Statement</em>}</li>
 *   <li>{@link org.bridgework.model.WordingChange#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getWordingChange()
 * @model
 * @generated
 */
public interface WordingChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Round</em>' reference.
	 * @see #setRound(ConsensusRound)
	 * @see org.bridgework.model.GuidancePackage#getWordingChange_Round()
	 * @model
	 * @generated
	 */
	ConsensusRound getRound();

	/**
	 * Sets the value of the '{@link org.bridgework.model.WordingChange#getRound <em>Round</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round</em>' reference.
	 * @see #getRound()
	 * @generated
	 */
	void setRound(ConsensusRound value);

	/**
	 * Returns the value of the '<em><b>Previous Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Previous Statement</em>' attribute.
	 * @see #setPreviousStatement(String)
	 * @see org.bridgework.model.GuidancePackage#getWordingChange_PreviousStatement()
	 * @model
	 * @generated
	 */
	String getPreviousStatement();

	/**
	 * Sets the value of the '{@link org.bridgework.model.WordingChange#getPreviousStatement <em>Previous Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Statement</em>' attribute.
	 * @see #getPreviousStatement()
	 * @generated
	 */
	void setPreviousStatement(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.bridgework.model.GuidancePackage#getWordingChange_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.bridgework.model.WordingChange#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // WordingChange
