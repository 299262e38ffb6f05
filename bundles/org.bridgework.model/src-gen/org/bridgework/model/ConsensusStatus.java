/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Consensus Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getConsensusStatus()
 * @model
 * @generated
 */
public enum ConsensusStatus implements Enumerator {
	/**
	 * The '<em><b>NOT RATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RATED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_RATED(0, "NOT_RATED", "not-rated"),

	/**
	 * The '<em><b>NO CONSENSUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_CONSENSUS_VALUE
	 * @generated
	 * @ordered
	 */
	NO_CONSENSUS(1, "NO_CONSENSUS", "no-consensus"),

	/**
	 * The '<em><b>INCLUDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCLUDE_VALUE
	 * @generated
	 * @ordered
	 */
	INCLUDE(2, "INCLUDE", "include"),

	/**
	 * The '<em><b>EXCLUDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUDE_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUDE(3, "EXCLUDE", "exclude");

	/**
	 * The '<em><b>NOT RATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_RATED
	 * @model literal="not-rated"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_RATED_VALUE = 0;

	/**
	 * The '<em><b>NO CONSENSUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_CONSENSUS
	 * @model literal="no-consensus"
	 * @generated
	 * @ordered
	 */
	public static final int NO_CONSENSUS_VALUE = 1;

	/**
	 * The '<em><b>INCLUDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCLUDE
	 * @model literal="include"
	 * @generated
	 * @ordered
	 */
	public static final int INCLUDE_VALUE = 2;

	/**
	 * The '<em><b>EXCLUDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUDE
	 * @model literal="exclude"
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUDE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Consensus Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConsensusStatus[] VALUES_ARRAY =
		new ConsensusStatus[] {
			NOT_RATED,
			NO_CONSENSUS,
			INCLUDE,
			EXCLUDE,
		};

	/**
	 * A public read-only list of all the '<em><b>Consensus Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConsensusStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Consensus Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsensusStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConsensusStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Consensus Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsensusStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConsensusStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Consensus Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsensusStatus get(int value) {
		switch (value) {
			case NOT_RATED_VALUE: return NOT_RATED;
			case NO_CONSENSUS_VALUE: return NO_CONSENSUS;
			case INCLUDE_VALUE: return INCLUDE;
			case EXCLUDE_VALUE: return EXCLUDE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ConsensusStatus(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ConsensusStatus
