/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Extract Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getExtractKind()
 * @model
 * @generated
 */
public enum ExtractKind implements Enumerator {
	/**
	 * The '<em><b>RECOMMENDATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOMMENDATION_VALUE
	 * @generated
	 * @ordered
	 */
	RECOMMENDATION(0, "RECOMMENDATION", "recommendation"),

	/**
	 * The '<em><b>CHALLENGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHALLENGE_VALUE
	 * @generated
	 * @ordered
	 */
	CHALLENGE(1, "CHALLENGE", "challenge"),

	/**
	 * The '<em><b>SOLUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLUTION_VALUE
	 * @generated
	 * @ordered
	 */
	SOLUTION(2, "SOLUTION", "solution"),

	/**
	 * The '<em><b>GOOD PRACTICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOOD_PRACTICE_VALUE
	 * @generated
	 * @ordered
	 */
	GOOD_PRACTICE(3, "GOOD_PRACTICE", "good-practice"),

	/**
	 * The '<em><b>FINDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINDING_VALUE
	 * @generated
	 * @ordered
	 */
	FINDING(4, "FINDING", "finding"),

	/**
	 * The '<em><b>STATISTIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATISTIC_VALUE
	 * @generated
	 * @ordered
	 */
	STATISTIC(5, "STATISTIC", "statistic");

	/**
	 * The '<em><b>RECOMMENDATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOMMENDATION
	 * @model literal="recommendation"
	 * @generated
	 * @ordered
	 */
	public static final int RECOMMENDATION_VALUE = 0;

	/**
	 * The '<em><b>CHALLENGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHALLENGE
	 * @model literal="challenge"
	 * @generated
	 * @ordered
	 */
	public static final int CHALLENGE_VALUE = 1;

	/**
	 * The '<em><b>SOLUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLUTION
	 * @model literal="solution"
	 * @generated
	 * @ordered
	 */
	public static final int SOLUTION_VALUE = 2;

	/**
	 * The '<em><b>GOOD PRACTICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOOD_PRACTICE
	 * @model literal="good-practice"
	 * @generated
	 * @ordered
	 */
	public static final int GOOD_PRACTICE_VALUE = 3;

	/**
	 * The '<em><b>FINDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINDING
	 * @model literal="finding"
	 * @generated
	 * @ordered
	 */
	public static final int FINDING_VALUE = 4;

	/**
	 * The '<em><b>STATISTIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATISTIC
	 * @model literal="statistic"
	 * @generated
	 * @ordered
	 */
	public static final int STATISTIC_VALUE = 5;

	/**
	 * An array of all the '<em><b>Extract Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExtractKind[] VALUES_ARRAY =
		new ExtractKind[] {
			RECOMMENDATION,
			CHALLENGE,
			SOLUTION,
			GOOD_PRACTICE,
			FINDING,
			STATISTIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Extract Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExtractKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Extract Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExtractKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExtractKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Extract Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExtractKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExtractKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Extract Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExtractKind get(int value) {
		switch (value) {
			case RECOMMENDATION_VALUE: return RECOMMENDATION;
			case CHALLENGE_VALUE: return CHALLENGE;
			case SOLUTION_VALUE: return SOLUTION;
			case GOOD_PRACTICE_VALUE: return GOOD_PRACTICE;
			case FINDING_VALUE: return FINDING;
			case STATISTIC_VALUE: return STATISTIC;
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
	private ExtractKind(int value, String name, String literal) {
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
	
} //ExtractKind
