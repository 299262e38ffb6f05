/**
 */
package org.bridgework.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consensus Round</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.ConsensusRound#getNumber <em>Number</em>}</li>
 *   <li>{@link org.bridgework.model.ConsensusRound#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.ConsensusRound#getOpened <em>Opened</em>}</li>
 *   <li>{@link org.bridgework.model.ConsensusRound#getClosed <em>Closed</em>}</li>
 *   <li>{@link org.bridgework.model.ConsensusRound#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.bridgework.model.ConsensusRound#getPanel <em>Panel</em>}</li>
 *   <li>{@link org.bridgework.model.ConsensusRound#getRatings <em>Ratings</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getConsensusRound()
 * @model
 * @generated
 */
public interface ConsensusRound extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.bridgework.model.GuidancePackage#getConsensusRound_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ConsensusRound#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getConsensusRound_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ConsensusRound#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened</em>' attribute.
	 * @see #setOpened(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getConsensusRound_Opened()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getOpened();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ConsensusRound#getOpened <em>Opened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened</em>' attribute.
	 * @see #getOpened()
	 * @generated
	 */
	void setOpened(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed</em>' attribute.
	 * @see #setClosed(LocalDate)
	 * @see org.bridgework.model.GuidancePackage#getConsensusRound_Closed()
	 * @model dataType="org.bridgework.model.LocalDate"
	 * @generated
	 */
	LocalDate getClosed();

	/**
	 * Sets the value of the '{@link org.bridgework.model.ConsensusRound#getClosed <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed</em>' attribute.
	 * @see #getClosed()
	 * @generated
	 */
	void setClosed(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getConsensusRound_Criteria()
	 * @model
	 * @generated
	 */
	EList<Criterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Panel</b></em>' reference list.
	 * The list contents are of type {@link org.bridgework.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Panel</em>' reference list.
	 * @see org.bridgework.model.GuidancePackage#getConsensusRound_Panel()
	 * @model
	 * @generated
	 */
	EList<Member> getPanel();

	/**
	 * Returns the value of the '<em><b>Ratings</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Rating}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ratings</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getConsensusRound_Ratings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rating> getRatings();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	ConsensusStatus consensusStatus(Criterion criterion);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	int raterCount(Criterion criterion);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	double agreementPercent(Criterion criterion);

} // ConsensusRound
