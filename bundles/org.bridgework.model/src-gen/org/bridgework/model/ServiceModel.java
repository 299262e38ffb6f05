/**
 */
package org.bridgework.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Service Model</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bridgework.model.GuidancePackage#getServiceModel()
 * @model
 * @generated
 */
public enum ServiceModel implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "other"),

	/**
	 * The '<em><b>CMHT LIKE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CMHT_LIKE_VALUE
	 * @generated
	 * @ordered
	 */
	CMHT_LIKE(1, "CMHT_LIKE", "cmht-like"),

	/**
	 * The '<em><b>LIAISON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIAISON_VALUE
	 * @generated
	 * @ordered
	 */
	LIAISON(2, "LIAISON", "liaison"),

	/**
	 * The '<em><b>EMBEDDED CLINICIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMBEDDED_CLINICIAN_VALUE
	 * @generated
	 * @ordered
	 */
	EMBEDDED_CLINICIAN(3, "EMBEDDED_CLINICIAN", "embedded-clinician"),

	/**
	 * The '<em><b>INTEGRATED REGIONAL SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATED_REGIONAL_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGRATED_REGIONAL_SERVICE(4, "INTEGRATED_REGIONAL_SERVICE", "integrated-regional-service"),

	/**
	 * The '<em><b>SINGLE POINT OF ACCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_POINT_OF_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_POINT_OF_ACCESS(5, "SINGLE_POINT_OF_ACCESS", "single-point-of-access"),

	/**
	 * The '<em><b>STEPPED CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEPPED_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	STEPPED_CARE(6, "STEPPED_CARE", "stepped-care");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>CMHT LIKE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CMHT_LIKE
	 * @model literal="cmht-like"
	 * @generated
	 * @ordered
	 */
	public static final int CMHT_LIKE_VALUE = 1;

	/**
	 * The '<em><b>LIAISON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIAISON
	 * @model literal="liaison"
	 * @generated
	 * @ordered
	 */
	public static final int LIAISON_VALUE = 2;

	/**
	 * The '<em><b>EMBEDDED CLINICIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMBEDDED_CLINICIAN
	 * @model literal="embedded-clinician"
	 * @generated
	 * @ordered
	 */
	public static final int EMBEDDED_CLINICIAN_VALUE = 3;

	/**
	 * The '<em><b>INTEGRATED REGIONAL SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATED_REGIONAL_SERVICE
	 * @model literal="integrated-regional-service"
	 * @generated
	 * @ordered
	 */
	public static final int INTEGRATED_REGIONAL_SERVICE_VALUE = 4;

	/**
	 * The '<em><b>SINGLE POINT OF ACCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGLE_POINT_OF_ACCESS
	 * @model literal="single-point-of-access"
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_POINT_OF_ACCESS_VALUE = 5;

	/**
	 * The '<em><b>STEPPED CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEPPED_CARE
	 * @model literal="stepped-care"
	 * @generated
	 * @ordered
	 */
	public static final int STEPPED_CARE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Service Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ServiceModel[] VALUES_ARRAY =
		new ServiceModel[] {
			OTHER,
			CMHT_LIKE,
			LIAISON,
			EMBEDDED_CLINICIAN,
			INTEGRATED_REGIONAL_SERVICE,
			SINGLE_POINT_OF_ACCESS,
			STEPPED_CARE,
		};

	/**
	 * A public read-only list of all the '<em><b>Service Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ServiceModel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Service Model</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceModel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceModel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Model</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceModel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceModel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Model</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceModel get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case CMHT_LIKE_VALUE: return CMHT_LIKE;
			case LIAISON_VALUE: return LIAISON;
			case EMBEDDED_CLINICIAN_VALUE: return EMBEDDED_CLINICIAN;
			case INTEGRATED_REGIONAL_SERVICE_VALUE: return INTEGRATED_REGIONAL_SERVICE;
			case SINGLE_POINT_OF_ACCESS_VALUE: return SINGLE_POINT_OF_ACCESS;
			case STEPPED_CARE_VALUE: return STEPPED_CARE;
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
	private ServiceModel(int value, String name, String literal) {
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
	
} //ServiceModel
