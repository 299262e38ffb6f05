/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A criterion a model of good practice must meet.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.Criterion#getCode <em>Code</em>}</li>
 *   <li>{@link org.bridgework.model.Criterion#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.Criterion#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.bridgework.model.Criterion#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.bridgework.model.Criterion#getEvidenceExpected <em>Evidence Expected</em>}</li>
 *   <li>{@link org.bridgework.model.Criterion#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.bridgework.model.Criterion#getWordingHistory <em>Wording History</em>}</li>
 *   <li>{@link org.bridgework.model.Criterion#getConsensusStatus <em>Consensus Status</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.bridgework.model.GuidancePackage#getCriterion_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Criterion#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getCriterion_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Criterion#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.bridgework.model.GuidancePackage#getCriterion_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Criterion#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.bridgework.model.GuidancePackage#getCriterion_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Criterion#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Evidence Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Expected</em>' attribute.
	 * @see #setEvidenceExpected(String)
	 * @see org.bridgework.model.GuidancePackage#getCriterion_EvidenceExpected()
	 * @model
	 * @generated
	 */
	String getEvidenceExpected();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Criterion#getEvidenceExpected <em>Evidence Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence Expected</em>' attribute.
	 * @see #getEvidenceExpected()
	 * @generated
	 */
	void setEvidenceExpected(String value);

	/**
	 * Returns the value of the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandatory</em>' attribute.
	 * @see #setMandatory(boolean)
	 * @see org.bridgework.model.GuidancePackage#getCriterion_Mandatory()
	 * @model
	 * @generated
	 */
	boolean isMandatory();

	/**
	 * Sets the value of the '{@link org.bridgework.model.Criterion#isMandatory <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandatory</em>' attribute.
	 * @see #isMandatory()
	 * @generated
	 */
	void setMandatory(boolean value);

	/**
	 * Returns the value of the '<em><b>Wording History</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.WordingChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wording History</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getCriterion_WordingHistory()
	 * @model containment="true"
	 * @generated
	 */
	EList<WordingChange> getWordingHistory();

	/**
	 * Returns the value of the '<em><b>Consensus Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bridgework.model.ConsensusStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status in the latest round (highest number) that rated this criterion; NOT_RATED if none. Derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consensus Status</em>' attribute.
	 * @see org.bridgework.model.ConsensusStatus
	 * @see org.bridgework.model.GuidancePackage#getCriterion_ConsensusStatus()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	ConsensusStatus getConsensusStatus();

} // Criterion
