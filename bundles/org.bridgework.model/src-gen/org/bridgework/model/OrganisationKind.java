/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organisation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getOrganisationKind()
 * @model
 * @generated
 */
public enum OrganisationKind implements Enumerator {
	/**
	 * The '<em><b>HEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEP_VALUE
	 * @generated
	 * @ordered
	 */
	HEP(0, "HEP", "hep"),

	/**
	 * The '<em><b>NHS TRUST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NHS_TRUST_VALUE
	 * @generated
	 * @ordered
	 */
	NHS_TRUST(1, "NHS_TRUST", "nhs-trust"),

	/**
	 * The '<em><b>ICB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ICB_VALUE
	 * @generated
	 * @ordered
	 */
	ICB(2, "ICB", "icb"),

	/**
	 * The '<em><b>SECTOR BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTOR_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	SECTOR_BODY(3, "SECTOR_BODY", "sector-body"),

	/**
	 * The '<em><b>TASKFORCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TASKFORCE_VALUE
	 * @generated
	 * @ordered
	 */
	TASKFORCE(4, "TASKFORCE", "taskforce"),

	/**
	 * The '<em><b>GP PRACTICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GP_PRACTICE_VALUE
	 * @generated
	 * @ordered
	 */
	GP_PRACTICE(5, "GP_PRACTICE", "gp-practice"),

	/**
	 * The '<em><b>VOLUNTARY SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTARY_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTARY_SECTOR(6, "VOLUNTARY_SECTOR", "voluntary-sector"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "other");

	/**
	 * The '<em><b>HEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEP
	 * @model literal="hep"
	 * @generated
	 * @ordered
	 */
	public static final int HEP_VALUE = 0;

	/**
	 * The '<em><b>NHS TRUST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NHS_TRUST
	 * @model literal="nhs-trust"
	 * @generated
	 * @ordered
	 */
	public static final int NHS_TRUST_VALUE = 1;

	/**
	 * The '<em><b>ICB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ICB
	 * @model literal="icb"
	 * @generated
	 * @ordered
	 */
	public static final int ICB_VALUE = 2;

	/**
	 * The '<em><b>SECTOR BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECTOR_BODY
	 * @model literal="sector-body"
	 * @generated
	 * @ordered
	 */
	public static final int SECTOR_BODY_VALUE = 3;

	/**
	 * The '<em><b>TASKFORCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TASKFORCE
	 * @model literal="taskforce"
	 * @generated
	 * @ordered
	 */
	public static final int TASKFORCE_VALUE = 4;

	/**
	 * The '<em><b>GP PRACTICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GP_PRACTICE
	 * @model literal="gp-practice"
	 * @generated
	 * @ordered
	 */
	public static final int GP_PRACTICE_VALUE = 5;

	/**
	 * The '<em><b>VOLUNTARY SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTARY_SECTOR
	 * @model literal="voluntary-sector"
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTARY_SECTOR_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganisationKind[] VALUES_ARRAY =
		new OrganisationKind[] {
			HEP,
			NHS_TRUST,
			ICB,
			SECTOR_BODY,
			TASKFORCE,
			GP_PRACTICE,
			VOLUNTARY_SECTOR,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Organisation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganisationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganisationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organisation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganisationKind get(int value) {
		switch (value) {
			case HEP_VALUE: return HEP;
			case NHS_TRUST_VALUE: return NHS_TRUST;
			case ICB_VALUE: return ICB;
			case SECTOR_BODY_VALUE: return SECTOR_BODY;
			case TASKFORCE_VALUE: return TASKFORCE;
			case GP_PRACTICE_VALUE: return GP_PRACTICE;
			case VOLUNTARY_SECTOR_VALUE: return VOLUNTARY_SECTOR;
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
	private OrganisationKind(int value, String name, String literal) {
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
	
} //OrganisationKind
