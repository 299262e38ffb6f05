/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Member;
import org.bridgework.model.Organisation;
import org.bridgework.model.StakeholderGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.MemberImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MemberImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MemberImpl#getStakeholderGroup <em>Stakeholder Group</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemberImpl extends IdentifiedImpl implements Member {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The default value of the '{@link #getStakeholderGroup() <em>Stakeholder Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStakeholderGroup()
	 * @generated
	 * @ordered
	 */
	protected static final StakeholderGroup STAKEHOLDER_GROUP_EDEFAULT = StakeholderGroup.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStakeholderGroup() <em>Stakeholder Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStakeholderGroup()
	 * @generated
	 * @ordered
	 */
	protected StakeholderGroup stakeholderGroup = STAKEHOLDER_GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MEMBER__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		if (organisation != null && organisation.eIsProxy()) {
			InternalEObject oldOrganisation = (InternalEObject)organisation;
			organisation = (Organisation)eResolveProxy(oldOrganisation);
			if (organisation != oldOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.MEMBER__ORGANISATION, oldOrganisation, organisation));
			}
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MEMBER__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StakeholderGroup getStakeholderGroup() {
		return stakeholderGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStakeholderGroup(StakeholderGroup newStakeholderGroup) {
		StakeholderGroup oldStakeholderGroup = stakeholderGroup;
		stakeholderGroup = newStakeholderGroup == null ? STAKEHOLDER_GROUP_EDEFAULT : newStakeholderGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MEMBER__STAKEHOLDER_GROUP, oldStakeholderGroup, stakeholderGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.MEMBER__ROLE:
				return getRole();
			case GuidancePackage.MEMBER__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case GuidancePackage.MEMBER__STAKEHOLDER_GROUP:
				return getStakeholderGroup();
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
			case GuidancePackage.MEMBER__ROLE:
				setRole((String)newValue);
				return;
			case GuidancePackage.MEMBER__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case GuidancePackage.MEMBER__STAKEHOLDER_GROUP:
				setStakeholderGroup((StakeholderGroup)newValue);
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
			case GuidancePackage.MEMBER__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case GuidancePackage.MEMBER__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case GuidancePackage.MEMBER__STAKEHOLDER_GROUP:
				setStakeholderGroup(STAKEHOLDER_GROUP_EDEFAULT);
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
			case GuidancePackage.MEMBER__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case GuidancePackage.MEMBER__ORGANISATION:
				return organisation != null;
			case GuidancePackage.MEMBER__STAKEHOLDER_GROUP:
				return stakeholderGroup != STAKEHOLDER_GROUP_EDEFAULT;
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
		result.append(" (role: ");
		result.append(role);
		result.append(", stakeholderGroup: ");
		result.append(stakeholderGroup);
		result.append(')');
		return result.toString();
	}

} //MemberImpl
