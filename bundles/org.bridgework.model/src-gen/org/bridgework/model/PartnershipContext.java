/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Partnership Context</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getPartnershipContext()
 * @model
 * @generated
 */
public enum PartnershipContext implements Enumerator {
	/**
	 * The '<em><b>LARGE MULTI HEP CITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LARGE_MULTI_HEP_CITY_VALUE
	 * @generated
	 * @ordered
	 */
	LARGE_MULTI_HEP_CITY(0, "LARGE_MULTI_HEP_CITY", "large-multi-hep-city"),

	/**
	 * The '<em><b>SMALL OR SPECIALIST HEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMALL_OR_SPECIALIST_HEP_VALUE
	 * @generated
	 * @ordered
	 */
	SMALL_OR_SPECIALIST_HEP(1, "SMALL_OR_SPECIALIST_HEP", "small-or-specialist-hep"),

	/**
	 * The '<em><b>HE IN FE COLLEGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HE_IN_FE_COLLEGE_VALUE
	 * @generated
	 * @ordered
	 */
	HE_IN_FE_COLLEGE(2, "HE_IN_FE_COLLEGE", "he-in-fe-college"),

	/**
	 * The '<em><b>RURAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RURAL_VALUE
	 * @generated
	 * @ordered
	 */
	RURAL(3, "RURAL", "rural"),

	/**
	 * The '<em><b>COASTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COASTAL_VALUE
	 * @generated
	 * @ordered
	 */
	COASTAL(4, "COASTAL", "coastal"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "other");

	/**
	 * The '<em><b>LARGE MULTI HEP CITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LARGE_MULTI_HEP_CITY
	 * @model literal="large-multi-hep-city"
	 * @generated
	 * @ordered
	 */
	public static final int LARGE_MULTI_HEP_CITY_VALUE = 0;

	/**
	 * The '<em><b>SMALL OR SPECIALIST HEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMALL_OR_SPECIALIST_HEP
	 * @model literal="small-or-specialist-hep"
	 * @generated
	 * @ordered
	 */
	public static final int SMALL_OR_SPECIALIST_HEP_VALUE = 1;

	/**
	 * The '<em><b>HE IN FE COLLEGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HE_IN_FE_COLLEGE
	 * @model literal="he-in-fe-college"
	 * @generated
	 * @ordered
	 */
	public static final int HE_IN_FE_COLLEGE_VALUE = 2;

	/**
	 * The '<em><b>RURAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RURAL
	 * @model literal="rural"
	 * @generated
	 * @ordered
	 */
	public static final int RURAL_VALUE = 3;

	/**
	 * The '<em><b>COASTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COASTAL
	 * @model literal="coastal"
	 * @generated
	 * @ordered
	 */
	public static final int COASTAL_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Partnership Context</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartnershipContext[] VALUES_ARRAY =
		new PartnershipContext[] {
			LARGE_MULTI_HEP_CITY,
			SMALL_OR_SPECIALIST_HEP,
			HE_IN_FE_COLLEGE,
			RURAL,
			COASTAL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Partnership Context</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartnershipContext> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Partnership Context</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnershipContext get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnershipContext result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partnership Context</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnershipContext getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PartnershipContext result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partnership Context</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartnershipContext get(int value) {
		switch (value) {
			case LARGE_MULTI_HEP_CITY_VALUE: return LARGE_MULTI_HEP_CITY;
			case SMALL_OR_SPECIALIST_HEP_VALUE: return SMALL_OR_SPECIALIST_HEP;
			case HE_IN_FE_COLLEGE_VALUE: return HE_IN_FE_COLLEGE;
			case RURAL_VALUE: return RURAL;
			case COASTAL_VALUE: return COASTAL;
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
	private PartnershipContext(int value, String name, String literal) {
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
	
} //PartnershipContext
