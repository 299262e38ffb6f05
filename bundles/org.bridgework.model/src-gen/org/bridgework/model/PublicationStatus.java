/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Publication Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getPublicationStatus()
 * @model
 * @generated
 */
public enum PublicationStatus implements Enumerator {
	/**
	 * The '<em><b>WORKING DRAFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_DRAFT_VALUE
	 * @generated
	 * @ordered
	 */
	WORKING_DRAFT(0, "WORKING_DRAFT", "working-draft"),

	/**
	 * The '<em><b>STAKEHOLDER DRAFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAKEHOLDER_DRAFT_VALUE
	 * @generated
	 * @ordered
	 */
	STAKEHOLDER_DRAFT(1, "STAKEHOLDER_DRAFT", "stakeholder-draft"),

	/**
	 * The '<em><b>TASKFORCE DRAFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TASKFORCE_DRAFT_VALUE
	 * @generated
	 * @ordered
	 */
	TASKFORCE_DRAFT(2, "TASKFORCE_DRAFT", "taskforce-draft"),

	/**
	 * The '<em><b>FINAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINAL_VALUE
	 * @generated
	 * @ordered
	 */
	FINAL(3, "FINAL", "final");

	/**
	 * The '<em><b>WORKING DRAFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_DRAFT
	 * @model literal="working-draft"
	 * @generated
	 * @ordered
	 */
	public static final int WORKING_DRAFT_VALUE = 0;

	/**
	 * The '<em><b>STAKEHOLDER DRAFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAKEHOLDER_DRAFT
	 * @model literal="stakeholder-draft"
	 * @generated
	 * @ordered
	 */
	public static final int STAKEHOLDER_DRAFT_VALUE = 1;

	/**
	 * The '<em><b>TASKFORCE DRAFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TASKFORCE_DRAFT
	 * @model literal="taskforce-draft"
	 * @generated
	 * @ordered
	 */
	public static final int TASKFORCE_DRAFT_VALUE = 2;

	/**
	 * The '<em><b>FINAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINAL
	 * @model literal="final"
	 * @generated
	 * @ordered
	 */
	public static final int FINAL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Publication Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PublicationStatus[] VALUES_ARRAY =
		new PublicationStatus[] {
			WORKING_DRAFT,
			STAKEHOLDER_DRAFT,
			TASKFORCE_DRAFT,
			FINAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Publication Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PublicationStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Publication Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PublicationStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PublicationStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Publication Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PublicationStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PublicationStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Publication Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PublicationStatus get(int value) {
		switch (value) {
			case WORKING_DRAFT_VALUE: return WORKING_DRAFT;
			case STAKEHOLDER_DRAFT_VALUE: return STAKEHOLDER_DRAFT;
			case TASKFORCE_DRAFT_VALUE: return TASKFORCE_DRAFT;
			case FINAL_VALUE: return FINAL;
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
	private PublicationStatus(int value, String name, String literal) {
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
	
} //PublicationStatus
