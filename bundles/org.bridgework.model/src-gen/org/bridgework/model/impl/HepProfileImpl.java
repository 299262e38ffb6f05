/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.HepProfile;
import org.bridgework.model.HepSize;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hep Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.HepProfileImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.bridgework.model.impl.HepProfileImpl#isSpecialist <em>Specialist</em>}</li>
 *   <li>{@link org.bridgework.model.impl.HepProfileImpl#getSpecialism <em>Specialism</em>}</li>
 *   <li>{@link org.bridgework.model.impl.HepProfileImpl#isFurtherEducationCollege <em>Further Education College</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HepProfileImpl extends EObjectImpl implements HepProfile {
	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final HepSize SIZE_EDEFAULT = HepSize.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected HepSize size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSpecialist() <em>Specialist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpecialist()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPECIALIST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpecialist() <em>Specialist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpecialist()
	 * @generated
	 * @ordered
	 */
	protected boolean specialist = SPECIALIST_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpecialism() <em>Specialism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialism()
	 * @generated
	 * @ordered
	 */
	protected static final String SPECIALISM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpecialism() <em>Specialism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialism()
	 * @generated
	 * @ordered
	 */
	protected String specialism = SPECIALISM_EDEFAULT;

	/**
	 * The default value of the '{@link #isFurtherEducationCollege() <em>Further Education College</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFurtherEducationCollege()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FURTHER_EDUCATION_COLLEGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFurtherEducationCollege() <em>Further Education College</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFurtherEducationCollege()
	 * @generated
	 * @ordered
	 */
	protected boolean furtherEducationCollege = FURTHER_EDUCATION_COLLEGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HepProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.HEP_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HepSize getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(HepSize newSize) {
		HepSize oldSize = size;
		size = newSize == null ? SIZE_EDEFAULT : newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.HEP_PROFILE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpecialist() {
		return specialist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecialist(boolean newSpecialist) {
		boolean oldSpecialist = specialist;
		specialist = newSpecialist;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.HEP_PROFILE__SPECIALIST, oldSpecialist, specialist));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSpecialism() {
		return specialism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecialism(String newSpecialism) {
		String oldSpecialism = specialism;
		specialism = newSpecialism;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.HEP_PROFILE__SPECIALISM, oldSpecialism, specialism));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFurtherEducationCollege() {
		return furtherEducationCollege;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFurtherEducationCollege(boolean newFurtherEducationCollege) {
		boolean oldFurtherEducationCollege = furtherEducationCollege;
		furtherEducationCollege = newFurtherEducationCollege;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.HEP_PROFILE__FURTHER_EDUCATION_COLLEGE, oldFurtherEducationCollege, furtherEducationCollege));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.HEP_PROFILE__SIZE:
				return getSize();
			case GuidancePackage.HEP_PROFILE__SPECIALIST:
				return isSpecialist();
			case GuidancePackage.HEP_PROFILE__SPECIALISM:
				return getSpecialism();
			case GuidancePackage.HEP_PROFILE__FURTHER_EDUCATION_COLLEGE:
				return isFurtherEducationCollege();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GuidancePackage.HEP_PROFILE__SIZE:
				setSize((HepSize)newValue);
				return;
			case GuidancePackage.HEP_PROFILE__SPECIALIST:
				setSpecialist((Boolean)newValue);
				return;
			case GuidancePackage.HEP_PROFILE__SPECIALISM:
				setSpecialism((String)newValue);
				return;
			case GuidancePackage.HEP_PROFILE__FURTHER_EDUCATION_COLLEGE:
				setFurtherEducationCollege((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GuidancePackage.HEP_PROFILE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case GuidancePackage.HEP_PROFILE__SPECIALIST:
				setSpecialist(SPECIALIST_EDEFAULT);
				return;
			case GuidancePackage.HEP_PROFILE__SPECIALISM:
				setSpecialism(SPECIALISM_EDEFAULT);
				return;
			case GuidancePackage.HEP_PROFILE__FURTHER_EDUCATION_COLLEGE:
				setFurtherEducationCollege(FURTHER_EDUCATION_COLLEGE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GuidancePackage.HEP_PROFILE__SIZE:
				return size != SIZE_EDEFAULT;
			case GuidancePackage.HEP_PROFILE__SPECIALIST:
				return specialist != SPECIALIST_EDEFAULT;
			case GuidancePackage.HEP_PROFILE__SPECIALISM:
				return SPECIALISM_EDEFAULT == null ? specialism != null : !SPECIALISM_EDEFAULT.equals(specialism);
			case GuidancePackage.HEP_PROFILE__FURTHER_EDUCATION_COLLEGE:
				return furtherEducationCollege != FURTHER_EDUCATION_COLLEGE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (size: ");
		result.append(size);
		result.append(", specialist: ");
		result.append(specialist);
		result.append(", specialism: ");
		result.append(specialism);
		result.append(", furtherEducationCollege: ");
		result.append(furtherEducationCollege);
		result.append(')');
		return result.toString();
	}

} //HepProfileImpl
