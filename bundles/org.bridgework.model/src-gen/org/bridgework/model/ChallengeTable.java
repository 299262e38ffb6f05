/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Challenge Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.ChallengeTable#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.bridgework.model.ChallengeTable#getChallenges <em>Challenges</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getChallengeTable()
 * @model
 * @generated
 */
public interface ChallengeTable extends Block {
	/**
	 * Returns the value of the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caption</em>' attribute.
	 * @see #setCaption(String)
	 * @see org.bridgework.model.GuidancePackage#getChallengeTable_Caption()
	 * @model
	 * @generated
	 */
	String getCaption();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ChallengeTable#getCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #getCaption()
	 * @generated
	 */
	void setCaption(String value);

	/**
	 * Returns the value of the '<em><b>Challenges</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Challenge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Challenges</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getChallengeTable_Challenges()
	 * @model
	 * @generated
	 */
	EList<Challenge> getChallenges();

} // ChallengeTable
