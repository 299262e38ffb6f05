/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Beneficiary</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getBeneficiary()
 * @model
 * @generated
 */
public enum Beneficiary implements Enumerator {
	/**
	 * The '<em><b>STUDENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDENTS_VALUE
	 * @generated
	 * @ordered
	 */
	STUDENTS(0, "STUDENTS", "students"),

	/**
	 * The '<em><b>HEPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEPS_VALUE
	 * @generated
	 * @ordered
	 */
	HEPS(1, "HEPS", "heps"),

	/**
	 * The '<em><b>HEALTH SYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH_SYSTEM(2, "HEALTH_SYSTEM", "health-system");

	/**
	 * The '<em><b>STUDENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDENTS
	 * @model literal="students"
	 * @generated
	 * @ordered
	 */
	public static final int STUDENTS_VALUE = 0;

	/**
	 * The '<em><b>HEPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEPS
	 * @model literal="heps"
	 * @generated
	 * @ordered
	 */
	public static final int HEPS_VALUE = 1;

	/**
	 * The '<em><b>HEALTH SYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_SYSTEM
	 * @model literal="health-system"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_SYSTEM_VALUE = 2;

	/**
	 * An array of all the '<em><b>Beneficiary</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Beneficiary[] VALUES_ARRAY =
		new Beneficiary[] {
			STUDENTS,
			HEPS,
			HEALTH_SYSTEM,
		};

	/**
	 * A public read-only list of all the '<em><b>Beneficiary</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Beneficiary> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Beneficiary</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Beneficiary get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Beneficiary result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Beneficiary</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Beneficiary getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Beneficiary result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Beneficiary</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Beneficiary get(int value) {
		switch (value) {
			case STUDENTS_VALUE: return STUDENTS;
			case HEPS_VALUE: return HEPS;
			case HEALTH_SYSTEM_VALUE: return HEALTH_SYSTEM;
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
	private Beneficiary(int value, String name, String literal) {
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
	
} //Beneficiary
