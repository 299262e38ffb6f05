/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Milestone Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getMilestoneKind()
 * @model
 * @generated
 */
public enum MilestoneKind implements Enumerator {
	/**
	 * The '<em><b>SCOPE AGREED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCOPE_AGREED_VALUE
	 * @generated
	 * @ordered
	 */
	SCOPE_AGREED(0, "SCOPE_AGREED", "scope-agreed"),

	/**
	 * The '<em><b>CRITERIA AGREED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITERIA_AGREED_VALUE
	 * @generated
	 * @ordered
	 */
	CRITERIA_AGREED(1, "CRITERIA_AGREED", "criteria-agreed"),

	/**
	 * The '<em><b>LITERATURE SUMMARISED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LITERATURE_SUMMARISED_VALUE
	 * @generated
	 * @ordered
	 */
	LITERATURE_SUMMARISED(2, "LITERATURE_SUMMARISED", "literature-summarised"),

	/**
	 * The '<em><b>CASE STUDIES COLLECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_STUDIES_COLLECTED_VALUE
	 * @generated
	 * @ordered
	 */
	CASE_STUDIES_COLLECTED(3, "CASE_STUDIES_COLLECTED", "case-studies-collected"),

	/**
	 * The '<em><b>DRAFT TO STAKEHOLDERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT_TO_STAKEHOLDERS_VALUE
	 * @generated
	 * @ordered
	 */
	DRAFT_TO_STAKEHOLDERS(4, "DRAFT_TO_STAKEHOLDERS", "draft-to-stakeholders"),

	/**
	 * The '<em><b>DRAFT TO TASKFORCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT_TO_TASKFORCE_VALUE
	 * @generated
	 * @ordered
	 */
	DRAFT_TO_TASKFORCE(5, "DRAFT_TO_TASKFORCE", "draft-to-taskforce"),

	/**
	 * The '<em><b>TASKFORCE REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TASKFORCE_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	TASKFORCE_REVIEW(6, "TASKFORCE_REVIEW", "taskforce-review"),

	/**
	 * The '<em><b>FINAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINAL_VALUE
	 * @generated
	 * @ordered
	 */
	FINAL(7, "FINAL", "final"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "other");

	/**
	 * The '<em><b>SCOPE AGREED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCOPE_AGREED
	 * @model literal="scope-agreed"
	 * @generated
	 * @ordered
	 */
	public static final int SCOPE_AGREED_VALUE = 0;

	/**
	 * The '<em><b>CRITERIA AGREED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITERIA_AGREED
	 * @model literal="criteria-agreed"
	 * @generated
	 * @ordered
	 */
	public static final int CRITERIA_AGREED_VALUE = 1;

	/**
	 * The '<em><b>LITERATURE SUMMARISED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LITERATURE_SUMMARISED
	 * @model literal="literature-summarised"
	 * @generated
	 * @ordered
	 */
	public static final int LITERATURE_SUMMARISED_VALUE = 2;

	/**
	 * The '<em><b>CASE STUDIES COLLECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_STUDIES_COLLECTED
	 * @model literal="case-studies-collected"
	 * @generated
	 * @ordered
	 */
	public static final int CASE_STUDIES_COLLECTED_VALUE = 3;

	/**
	 * The '<em><b>DRAFT TO STAKEHOLDERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT_TO_STAKEHOLDERS
	 * @model literal="draft-to-stakeholders"
	 * @generated
	 * @ordered
	 */
	public static final int DRAFT_TO_STAKEHOLDERS_VALUE = 4;

	/**
	 * The '<em><b>DRAFT TO TASKFORCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRAFT_TO_TASKFORCE
	 * @model literal="draft-to-taskforce"
	 * @generated
	 * @ordered
	 */
	public static final int DRAFT_TO_TASKFORCE_VALUE = 5;

	/**
	 * The '<em><b>TASKFORCE REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TASKFORCE_REVIEW
	 * @model literal="taskforce-review"
	 * @generated
	 * @ordered
	 */
	public static final int TASKFORCE_REVIEW_VALUE = 6;

	/**
	 * The '<em><b>FINAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINAL
	 * @model literal="final"
	 * @generated
	 * @ordered
	 */
	public static final int FINAL_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Milestone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MilestoneKind[] VALUES_ARRAY =
		new MilestoneKind[] {
			SCOPE_AGREED,
			CRITERIA_AGREED,
			LITERATURE_SUMMARISED,
			CASE_STUDIES_COLLECTED,
			DRAFT_TO_STAKEHOLDERS,
			DRAFT_TO_TASKFORCE,
			TASKFORCE_REVIEW,
			FINAL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Milestone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MilestoneKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Milestone Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MilestoneKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MilestoneKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Milestone Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MilestoneKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MilestoneKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Milestone Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MilestoneKind get(int value) {
		switch (value) {
			case SCOPE_AGREED_VALUE: return SCOPE_AGREED;
			case CRITERIA_AGREED_VALUE: return CRITERIA_AGREED;
			case LITERATURE_SUMMARISED_VALUE: return LITERATURE_SUMMARISED;
			case CASE_STUDIES_COLLECTED_VALUE: return CASE_STUDIES_COLLECTED;
			case DRAFT_TO_STAKEHOLDERS_VALUE: return DRAFT_TO_STAKEHOLDERS;
			case DRAFT_TO_TASKFORCE_VALUE: return DRAFT_TO_TASKFORCE;
			case TASKFORCE_REVIEW_VALUE: return TASKFORCE_REVIEW;
			case FINAL_VALUE: return FINAL;
			case OTHER_VALUE: return OTHER;
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
	private MilestoneKind(int value, String name, String literal) {
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
	
} //MilestoneKind
