/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.Approval;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Milestone;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Approval</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.ApprovalImpl#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ApprovalImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ApprovalImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ApprovalImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ApprovalImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ApprovalImpl#getCommit <em>Commit</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ApprovalImpl#getApprovedAt <em>Approved At</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ApprovalImpl#getTag <em>Tag</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ApprovalImpl#getSupersededBy <em>Superseded By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApprovalImpl extends IdentifiedImpl implements Approval {
	/**
	 * The cached value of the '{@link #getMilestone() <em>Milestone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestone()
	 * @generated
	 * @ordered
	 */
	protected Milestone milestone;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected String organisation = ORGANISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommit() <em>Commit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommit()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommit() <em>Commit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommit()
	 * @generated
	 * @ordered
	 */
	protected String commit = COMMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedAt() <em>Approved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedAt() <em>Approved At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedAt()
	 * @generated
	 * @ordered
	 */
	protected String approvedAt = APPROVED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected static final String TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTag() <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTag()
	 * @generated
	 * @ordered
	 */
	protected String tag = TAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupersededBy() <em>Superseded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersededBy()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPERSEDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupersededBy() <em>Superseded By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersededBy()
	 * @generated
	 * @ordered
	 */
	protected String supersededBy = SUPERSEDED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApprovalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.APPROVAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Milestone getMilestone() {
		if (milestone != null && milestone.eIsProxy()) {
			InternalEObject oldMilestone = (InternalEObject)milestone;
			milestone = (Milestone)eResolveProxy(oldMilestone);
			if (milestone != oldMilestone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.APPROVAL__MILESTONE, oldMilestone, milestone));
			}
		}
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Milestone basicGetMilestone() {
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMilestone(Milestone newMilestone) {
		Milestone oldMilestone = milestone;
		milestone = newMilestone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPROVAL__MILESTONE, oldMilestone, milestone));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPROVAL__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPROVAL__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(String newOrganisation) {
		String oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPROVAL__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPROVAL__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommit() {
		return commit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommit(String newCommit) {
		String oldCommit = commit;
		commit = newCommit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPROVAL__COMMIT, oldCommit, commit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprovedAt() {
		return approvedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedAt(String newApprovedAt) {
		String oldApprovedAt = approvedAt;
		approvedAt = newApprovedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPROVAL__APPROVED_AT, oldApprovedAt, approvedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTag() {
		return tag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTag(String newTag) {
		String oldTag = tag;
		tag = newTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPROVAL__TAG, oldTag, tag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupersededBy() {
		return supersededBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupersededBy(String newSupersededBy) {
		String oldSupersededBy = supersededBy;
		supersededBy = newSupersededBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.APPROVAL__SUPERSEDED_BY, oldSupersededBy, supersededBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.APPROVAL__MILESTONE:
				if (resolve) return getMilestone();
				return basicGetMilestone();
			case GuidancePackage.APPROVAL__NAME:
				return getName();
			case GuidancePackage.APPROVAL__ROLE:
				return getRole();
			case GuidancePackage.APPROVAL__ORGANISATION:
				return getOrganisation();
			case GuidancePackage.APPROVAL__NOTE:
				return getNote();
			case GuidancePackage.APPROVAL__COMMIT:
				return getCommit();
			case GuidancePackage.APPROVAL__APPROVED_AT:
				return getApprovedAt();
			case GuidancePackage.APPROVAL__TAG:
				return getTag();
			case GuidancePackage.APPROVAL__SUPERSEDED_BY:
				return getSupersededBy();
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
			case GuidancePackage.APPROVAL__MILESTONE:
				setMilestone((Milestone)newValue);
				return;
			case GuidancePackage.APPROVAL__NAME:
				setName((String)newValue);
				return;
			case GuidancePackage.APPROVAL__ROLE:
				setRole((String)newValue);
				return;
			case GuidancePackage.APPROVAL__ORGANISATION:
				setOrganisation((String)newValue);
				return;
			case GuidancePackage.APPROVAL__NOTE:
				setNote((String)newValue);
				return;
			case GuidancePackage.APPROVAL__COMMIT:
				setCommit((String)newValue);
				return;
			case GuidancePackage.APPROVAL__APPROVED_AT:
				setApprovedAt((String)newValue);
				return;
			case GuidancePackage.APPROVAL__TAG:
				setTag((String)newValue);
				return;
			case GuidancePackage.APPROVAL__SUPERSEDED_BY:
				setSupersededBy((String)newValue);
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
			case GuidancePackage.APPROVAL__MILESTONE:
				setMilestone((Milestone)null);
				return;
			case GuidancePackage.APPROVAL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GuidancePackage.APPROVAL__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case GuidancePackage.APPROVAL__ORGANISATION:
				setOrganisation(ORGANISATION_EDEFAULT);
				return;
			case GuidancePackage.APPROVAL__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case GuidancePackage.APPROVAL__COMMIT:
				setCommit(COMMIT_EDEFAULT);
				return;
			case GuidancePackage.APPROVAL__APPROVED_AT:
				setApprovedAt(APPROVED_AT_EDEFAULT);
				return;
			case GuidancePackage.APPROVAL__TAG:
				setTag(TAG_EDEFAULT);
				return;
			case GuidancePackage.APPROVAL__SUPERSEDED_BY:
				setSupersededBy(SUPERSEDED_BY_EDEFAULT);
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
			case GuidancePackage.APPROVAL__MILESTONE:
				return milestone != null;
			case GuidancePackage.APPROVAL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GuidancePackage.APPROVAL__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case GuidancePackage.APPROVAL__ORGANISATION:
				return ORGANISATION_EDEFAULT == null ? organisation != null : !ORGANISATION_EDEFAULT.equals(organisation);
			case GuidancePackage.APPROVAL__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case GuidancePackage.APPROVAL__COMMIT:
				return COMMIT_EDEFAULT == null ? commit != null : !COMMIT_EDEFAULT.equals(commit);
			case GuidancePackage.APPROVAL__APPROVED_AT:
				return APPROVED_AT_EDEFAULT == null ? approvedAt != null : !APPROVED_AT_EDEFAULT.equals(approvedAt);
			case GuidancePackage.APPROVAL__TAG:
				return TAG_EDEFAULT == null ? tag != null : !TAG_EDEFAULT.equals(tag);
			case GuidancePackage.APPROVAL__SUPERSEDED_BY:
				return SUPERSEDED_BY_EDEFAULT == null ? supersededBy != null : !SUPERSEDED_BY_EDEFAULT.equals(supersededBy);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", role: ");
		result.append(role);
		result.append(", organisation: ");
		result.append(organisation);
		result.append(", note: ");
		result.append(note);
		result.append(", commit: ");
		result.append(commit);
		result.append(", approvedAt: ");
		result.append(approvedAt);
		result.append(", tag: ");
		result.append(tag);
		result.append(", supersededBy: ");
		result.append(supersededBy);
		result.append(')');
		return result.toString();
	}

} //ApprovalImpl
