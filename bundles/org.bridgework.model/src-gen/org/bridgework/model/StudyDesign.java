/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Study Design</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getStudyDesign()
 * @model
 * @generated
 */
public enum StudyDesign implements Enumerator {
	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_ASSESSED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_ASSESSED(0, "NOT_ASSESSED", "not-assessed"),

	/**
	 * The '<em><b>SYSTEMATIC REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSTEMATIC_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	SYSTEMATIC_REVIEW(1, "SYSTEMATIC_REVIEW", "systematic-review"),

	/**
	 * The '<em><b>RANDOMISED TRIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMISED_TRIAL_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOMISED_TRIAL(2, "RANDOMISED_TRIAL", "randomised-trial"),

	/**
	 * The '<em><b>QUASI EXPERIMENTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUASI_EXPERIMENTAL_VALUE
	 * @generated
	 * @ordered
	 */
	QUASI_EXPERIMENTAL(3, "QUASI_EXPERIMENTAL", "quasi-experimental"),

	/**
	 * The '<em><b>OBSERVATIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVATIONAL(4, "OBSERVATIONAL", "observational"),

	/**
	 * The '<em><b>QUALITATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	QUALITATIVE(5, "QUALITATIVE", "qualitative"),

	/**
	 * The '<em><b>MIXED METHODS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXED_METHODS_VALUE
	 * @generated
	 * @ordered
	 */
	MIXED_METHODS(6, "MIXED_METHODS", "mixed-methods"),

	/**
	 * The '<em><b>SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY(7, "SURVEY", "survey"),

	/**
	 * The '<em><b>SERVICE EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_EVALUATION(8, "SERVICE_EVALUATION", "service-evaluation"),

	/**
	 * The '<em><b>CASE REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	CASE_REPORT(9, "CASE_REPORT", "case-report"),

	/**
	 * The '<em><b>POLICY OR GUIDANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_OR_GUIDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICY_OR_GUIDANCE(10, "POLICY_OR_GUIDANCE", "policy-or-guidance"),

	/**
	 * The '<em><b>EXPERT OPINION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_OPINION_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERT_OPINION(11, "EXPERT_OPINION", "expert-opinion"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(12, "OTHER", "other");

	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_ASSESSED
	 * @model literal="not-assessed"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_ASSESSED_VALUE = 0;

	/**
	 * The '<em><b>SYSTEMATIC REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYSTEMATIC_REVIEW
	 * @model literal="systematic-review"
	 * @generated
	 * @ordered
	 */
	public static final int SYSTEMATIC_REVIEW_VALUE = 1;

	/**
	 * The '<em><b>RANDOMISED TRIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMISED_TRIAL
	 * @model literal="randomised-trial"
	 * @generated
	 * @ordered
	 */
	public static final int RANDOMISED_TRIAL_VALUE = 2;

	/**
	 * The '<em><b>QUASI EXPERIMENTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUASI_EXPERIMENTAL
	 * @model literal="quasi-experimental"
	 * @generated
	 * @ordered
	 */
	public static final int QUASI_EXPERIMENTAL_VALUE = 3;

	/**
	 * The '<em><b>OBSERVATIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVATIONAL
	 * @model literal="observational"
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVATIONAL_VALUE = 4;

	/**
	 * The '<em><b>QUALITATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALITATIVE
	 * @model literal="qualitative"
	 * @generated
	 * @ordered
	 */
	public static final int QUALITATIVE_VALUE = 5;

	/**
	 * The '<em><b>MIXED METHODS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXED_METHODS
	 * @model literal="mixed-methods"
	 * @generated
	 * @ordered
	 */
	public static final int MIXED_METHODS_VALUE = 6;

	/**
	 * The '<em><b>SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY
	 * @model literal="survey"
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_VALUE = 7;

	/**
	 * The '<em><b>SERVICE EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_EVALUATION
	 * @model literal="service-evaluation"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_EVALUATION_VALUE = 8;

	/**
	 * The '<em><b>CASE REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_REPORT
	 * @model literal="case-report"
	 * @generated
	 * @ordered
	 */
	public static final int CASE_REPORT_VALUE = 9;

	/**
	 * The '<em><b>POLICY OR GUIDANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICY_OR_GUIDANCE
	 * @model literal="policy-or-guidance"
	 * @generated
	 * @ordered
	 */
	public static final int POLICY_OR_GUIDANCE_VALUE = 10;

	/**
	 * The '<em><b>EXPERT OPINION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_OPINION
	 * @model literal="expert-opinion"
	 * @generated
	 * @ordered
	 */
	public static final int EXPERT_OPINION_VALUE = 11;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 12;

	/**
	 * An array of all the '<em><b>Study Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StudyDesign[] VALUES_ARRAY =
		new StudyDesign[] {
			NOT_ASSESSED,
			SYSTEMATIC_REVIEW,
			RANDOMISED_TRIAL,
			QUASI_EXPERIMENTAL,
			OBSERVATIONAL,
			QUALITATIVE,
			MIXED_METHODS,
			SURVEY,
			SERVICE_EVALUATION,
			CASE_REPORT,
			POLICY_OR_GUIDANCE,
			EXPERT_OPINION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Study Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StudyDesign> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Study Design</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyDesign get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StudyDesign result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Study Design</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyDesign getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StudyDesign result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Study Design</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyDesign get(int value) {
		switch (value) {
			case NOT_ASSESSED_VALUE: return NOT_ASSESSED;
			case SYSTEMATIC_REVIEW_VALUE: return SYSTEMATIC_REVIEW;
			case RANDOMISED_TRIAL_VALUE: return RANDOMISED_TRIAL;
			case QUASI_EXPERIMENTAL_VALUE: return QUASI_EXPERIMENTAL;
			case OBSERVATIONAL_VALUE: return OBSERVATIONAL;
			case QUALITATIVE_VALUE: return QUALITATIVE;
			case MIXED_METHODS_VALUE: return MIXED_METHODS;
			case SURVEY_VALUE: return SURVEY;
			case SERVICE_EVALUATION_VALUE: return SERVICE_EVALUATION;
			case CASE_REPORT_VALUE: return CASE_REPORT;
			case POLICY_OR_GUIDANCE_VALUE: return POLICY_OR_GUIDANCE;
			case EXPERT_OPINION_VALUE: return EXPERT_OPINION;
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
	private StudyDesign(int value, String name, String literal) {
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
	
} //StudyDesign
