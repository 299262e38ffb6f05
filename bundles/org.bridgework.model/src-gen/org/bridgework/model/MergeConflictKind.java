/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Merge Conflict Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getMergeConflictKind()
 * @model
 * @generated
 */
public enum MergeConflictKind implements Enumerator {
	/**
	 * The '<em><b>CHANGED BOTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGED_BOTH_VALUE
	 * @generated
	 * @ordered
	 */
	CHANGED_BOTH(0, "CHANGED_BOTH", "changed-both"),

	/**
	 * The '<em><b>DELETED BY THEIRS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED_BY_THEIRS_VALUE
	 * @generated
	 * @ordered
	 */
	DELETED_BY_THEIRS(1, "DELETED_BY_THEIRS", "deleted-by-theirs"),

	/**
	 * The '<em><b>DELETED BY OURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED_BY_OURS_VALUE
	 * @generated
	 * @ordered
	 */
	DELETED_BY_OURS(2, "DELETED_BY_OURS", "deleted-by-ours"),

	/**
	 * The '<em><b>MOVED BOTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVED_BOTH_VALUE
	 * @generated
	 * @ordered
	 */
	MOVED_BOTH(3, "MOVED_BOTH", "moved-both"),

	/**
	 * The '<em><b>REORDERED BOTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REORDERED_BOTH_VALUE
	 * @generated
	 * @ordered
	 */
	REORDERED_BOTH(4, "REORDERED_BOTH", "reordered-both"),

	/**
	 * The '<em><b>REFERENCE TO DELETED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERENCE_TO_DELETED_VALUE
	 * @generated
	 * @ordered
	 */
	REFERENCE_TO_DELETED(5, "REFERENCE_TO_DELETED", "reference-to-deleted");

	/**
	 * The '<em><b>CHANGED BOTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGED_BOTH
	 * @model literal="changed-both"
	 * @generated
	 * @ordered
	 */
	public static final int CHANGED_BOTH_VALUE = 0;

	/**
	 * The '<em><b>DELETED BY THEIRS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED_BY_THEIRS
	 * @model literal="deleted-by-theirs"
	 * @generated
	 * @ordered
	 */
	public static final int DELETED_BY_THEIRS_VALUE = 1;

	/**
	 * The '<em><b>DELETED BY OURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED_BY_OURS
	 * @model literal="deleted-by-ours"
	 * @generated
	 * @ordered
	 */
	public static final int DELETED_BY_OURS_VALUE = 2;

	/**
	 * The '<em><b>MOVED BOTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVED_BOTH
	 * @model literal="moved-both"
	 * @generated
	 * @ordered
	 */
	public static final int MOVED_BOTH_VALUE = 3;

	/**
	 * The '<em><b>REORDERED BOTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REORDERED_BOTH
	 * @model literal="reordered-both"
	 * @generated
	 * @ordered
	 */
	public static final int REORDERED_BOTH_VALUE = 4;

	/**
	 * The '<em><b>REFERENCE TO DELETED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERENCE_TO_DELETED
	 * @model literal="reference-to-deleted"
	 * @generated
	 * @ordered
	 */
	public static final int REFERENCE_TO_DELETED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Merge Conflict Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MergeConflictKind[] VALUES_ARRAY =
		new MergeConflictKind[] {
			CHANGED_BOTH,
			DELETED_BY_THEIRS,
			DELETED_BY_OURS,
			MOVED_BOTH,
			REORDERED_BOTH,
			REFERENCE_TO_DELETED,
		};

	/**
	 * A public read-only list of all the '<em><b>Merge Conflict Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MergeConflictKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Merge Conflict Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MergeConflictKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MergeConflictKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Merge Conflict Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MergeConflictKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MergeConflictKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Merge Conflict Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MergeConflictKind get(int value) {
		switch (value) {
			case CHANGED_BOTH_VALUE: return CHANGED_BOTH;
			case DELETED_BY_THEIRS_VALUE: return DELETED_BY_THEIRS;
			case DELETED_BY_OURS_VALUE: return DELETED_BY_OURS;
			case MOVED_BOTH_VALUE: return MOVED_BOTH;
			case REORDERED_BOTH_VALUE: return REORDERED_BOTH;
			case REFERENCE_TO_DELETED_VALUE: return REFERENCE_TO_DELETED;
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
	private MergeConflictKind(int value, String name, String literal) {
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
	
} //MergeConflictKind
