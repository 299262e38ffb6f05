/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Consensus Scale</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getConsensusScale()
 * @model
 * @generated
 */
public enum ConsensusScale implements Enumerator {
	/**
	 * The '<em><b>NINE POINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NINE_POINT_VALUE
	 * @generated
	 * @ordered
	 */
	NINE_POINT(0, "NINE_POINT", "nine-point"),

	/**
	 * The '<em><b>AGREE NEUTRAL DISAGREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREE_NEUTRAL_DISAGREE_VALUE
	 * @generated
	 * @ordered
	 */
	AGREE_NEUTRAL_DISAGREE(1, "AGREE_NEUTRAL_DISAGREE", "agree-neutral-disagree");

	/**
	 * The '<em><b>NINE POINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NINE_POINT
	 * @model literal="nine-point"
	 * @generated
	 * @ordered
	 */
	public static final int NINE_POINT_VALUE = 0;

	/**
	 * The '<em><b>AGREE NEUTRAL DISAGREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGREE_NEUTRAL_DISAGREE
	 * @model literal="agree-neutral-disagree"
	 * @generated
	 * @ordered
	 */
	public static final int AGREE_NEUTRAL_DISAGREE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Consensus Scale</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConsensusScale[] VALUES_ARRAY =
		new ConsensusScale[] {
			NINE_POINT,
			AGREE_NEUTRAL_DISAGREE,
		};

	/**
	 * A public read-only list of all the '<em><b>Consensus Scale</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConsensusScale> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Consensus Scale</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsensusScale get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConsensusScale result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Consensus Scale</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsensusScale getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConsensusScale result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Consensus Scale</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConsensusScale get(int value) {
		switch (value) {
			case NINE_POINT_VALUE: return NINE_POINT;
			case AGREE_NEUTRAL_DISAGREE_VALUE: return AGREE_NEUTRAL_DISAGREE;
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
	private ConsensusScale(int value, String name, String literal) {
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
	
} //ConsensusScale
