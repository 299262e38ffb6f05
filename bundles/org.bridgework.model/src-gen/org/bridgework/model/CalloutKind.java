/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Callout Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getCalloutKind()
 * @model
 * @generated
 */
public enum CalloutKind implements Enumerator {
	/**
	 * The '<em><b>KEY MESSAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_MESSAGE_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_MESSAGE(0, "KEY_MESSAGE", "key-message"),

	/**
	 * The '<em><b>FOR NHS READERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOR_NHS_READERS_VALUE
	 * @generated
	 * @ordered
	 */
	FOR_NHS_READERS(1, "FOR_NHS_READERS", "for-nhs-readers"),

	/**
	 * The '<em><b>FOR HE READERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOR_HE_READERS_VALUE
	 * @generated
	 * @ordered
	 */
	FOR_HE_READERS(2, "FOR_HE_READERS", "for-he-readers");

	/**
	 * The '<em><b>KEY MESSAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_MESSAGE
	 * @model literal="key-message"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_MESSAGE_VALUE = 0;

	/**
	 * The '<em><b>FOR NHS READERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOR_NHS_READERS
	 * @model literal="for-nhs-readers"
	 * @generated
	 * @ordered
	 */
	public static final int FOR_NHS_READERS_VALUE = 1;

	/**
	 * The '<em><b>FOR HE READERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOR_HE_READERS
	 * @model literal="for-he-readers"
	 * @generated
	 * @ordered
	 */
	public static final int FOR_HE_READERS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Callout Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CalloutKind[] VALUES_ARRAY =
		new CalloutKind[] {
			KEY_MESSAGE,
			FOR_NHS_READERS,
			FOR_HE_READERS,
		};

	/**
	 * A public read-only list of all the '<em><b>Callout Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CalloutKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Callout Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CalloutKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CalloutKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Callout Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CalloutKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CalloutKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Callout Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CalloutKind get(int value) {
		switch (value) {
			case KEY_MESSAGE_VALUE: return KEY_MESSAGE;
			case FOR_NHS_READERS_VALUE: return FOR_NHS_READERS;
			case FOR_HE_READERS_VALUE: return FOR_HE_READERS;
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
	private CalloutKind(int value, String name, String literal) {
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
	
} //CalloutKind
