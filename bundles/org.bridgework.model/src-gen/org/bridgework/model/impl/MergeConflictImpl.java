/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.MergeConflict;
import org.bridgework.model.MergeConflictKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.MergeConflictImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MergeConflictImpl#getElementId <em>Element Id</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MergeConflictImpl#getElementLabel <em>Element Label</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MergeConflictImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MergeConflictImpl#getBaseValue <em>Base Value</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MergeConflictImpl#getOursValue <em>Ours Value</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MergeConflictImpl#getTheirsValue <em>Theirs Value</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MergeConflictImpl#getOursLabel <em>Ours Label</em>}</li>
 *   <li>{@link org.bridgework.model.impl.MergeConflictImpl#getTheirsLabel <em>Theirs Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MergeConflictImpl extends IdentifiedImpl implements MergeConflict {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MergeConflictKind KIND_EDEFAULT = MergeConflictKind.CHANGED_BOTH;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MergeConflictKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getElementId() <em>Element Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementId()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementId() <em>Element Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementId()
	 * @generated
	 * @ordered
	 */
	protected String elementId = ELEMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getElementLabel() <em>Element Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementLabel() <em>Element Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementLabel()
	 * @generated
	 * @ordered
	 */
	protected String elementLabel = ELEMENT_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeature() <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected String feature = FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseValue() <em>Base Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseValue()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseValue() <em>Base Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseValue()
	 * @generated
	 * @ordered
	 */
	protected String baseValue = BASE_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOursValue() <em>Ours Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOursValue()
	 * @generated
	 * @ordered
	 */
	protected static final String OURS_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOursValue() <em>Ours Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOursValue()
	 * @generated
	 * @ordered
	 */
	protected String oursValue = OURS_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheirsValue() <em>Theirs Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirsValue()
	 * @generated
	 * @ordered
	 */
	protected static final String THEIRS_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheirsValue() <em>Theirs Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirsValue()
	 * @generated
	 * @ordered
	 */
	protected String theirsValue = THEIRS_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOursLabel() <em>Ours Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOursLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String OURS_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOursLabel() <em>Ours Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOursLabel()
	 * @generated
	 * @ordered
	 */
	protected String oursLabel = OURS_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheirsLabel() <em>Theirs Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirsLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String THEIRS_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheirsLabel() <em>Theirs Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirsLabel()
	 * @generated
	 * @ordered
	 */
	protected String theirsLabel = THEIRS_LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MergeConflictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.MERGE_CONFLICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MergeConflictKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MergeConflictKind newKind) {
		MergeConflictKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MERGE_CONFLICT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementId() {
		return elementId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementId(String newElementId) {
		String oldElementId = elementId;
		elementId = newElementId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MERGE_CONFLICT__ELEMENT_ID, oldElementId, elementId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementLabel() {
		return elementLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementLabel(String newElementLabel) {
		String oldElementLabel = elementLabel;
		elementLabel = newElementLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MERGE_CONFLICT__ELEMENT_LABEL, oldElementLabel, elementLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeature() {
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(String newFeature) {
		String oldFeature = feature;
		feature = newFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MERGE_CONFLICT__FEATURE, oldFeature, feature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseValue() {
		return baseValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseValue(String newBaseValue) {
		String oldBaseValue = baseValue;
		baseValue = newBaseValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MERGE_CONFLICT__BASE_VALUE, oldBaseValue, baseValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOursValue() {
		return oursValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOursValue(String newOursValue) {
		String oldOursValue = oursValue;
		oursValue = newOursValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MERGE_CONFLICT__OURS_VALUE, oldOursValue, oursValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheirsValue() {
		return theirsValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheirsValue(String newTheirsValue) {
		String oldTheirsValue = theirsValue;
		theirsValue = newTheirsValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MERGE_CONFLICT__THEIRS_VALUE, oldTheirsValue, theirsValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOursLabel() {
		return oursLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOursLabel(String newOursLabel) {
		String oldOursLabel = oursLabel;
		oursLabel = newOursLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MERGE_CONFLICT__OURS_LABEL, oldOursLabel, oursLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheirsLabel() {
		return theirsLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheirsLabel(String newTheirsLabel) {
		String oldTheirsLabel = theirsLabel;
		theirsLabel = newTheirsLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.MERGE_CONFLICT__THEIRS_LABEL, oldTheirsLabel, theirsLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.MERGE_CONFLICT__KIND:
				return getKind();
			case GuidancePackage.MERGE_CONFLICT__ELEMENT_ID:
				return getElementId();
			case GuidancePackage.MERGE_CONFLICT__ELEMENT_LABEL:
				return getElementLabel();
			case GuidancePackage.MERGE_CONFLICT__FEATURE:
				return getFeature();
			case GuidancePackage.MERGE_CONFLICT__BASE_VALUE:
				return getBaseValue();
			case GuidancePackage.MERGE_CONFLICT__OURS_VALUE:
				return getOursValue();
			case GuidancePackage.MERGE_CONFLICT__THEIRS_VALUE:
				return getTheirsValue();
			case GuidancePackage.MERGE_CONFLICT__OURS_LABEL:
				return getOursLabel();
			case GuidancePackage.MERGE_CONFLICT__THEIRS_LABEL:
				return getTheirsLabel();
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
			case GuidancePackage.MERGE_CONFLICT__KIND:
				setKind((MergeConflictKind)newValue);
				return;
			case GuidancePackage.MERGE_CONFLICT__ELEMENT_ID:
				setElementId((String)newValue);
				return;
			case GuidancePackage.MERGE_CONFLICT__ELEMENT_LABEL:
				setElementLabel((String)newValue);
				return;
			case GuidancePackage.MERGE_CONFLICT__FEATURE:
				setFeature((String)newValue);
				return;
			case GuidancePackage.MERGE_CONFLICT__BASE_VALUE:
				setBaseValue((String)newValue);
				return;
			case GuidancePackage.MERGE_CONFLICT__OURS_VALUE:
				setOursValue((String)newValue);
				return;
			case GuidancePackage.MERGE_CONFLICT__THEIRS_VALUE:
				setTheirsValue((String)newValue);
				return;
			case GuidancePackage.MERGE_CONFLICT__OURS_LABEL:
				setOursLabel((String)newValue);
				return;
			case GuidancePackage.MERGE_CONFLICT__THEIRS_LABEL:
				setTheirsLabel((String)newValue);
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
			case GuidancePackage.MERGE_CONFLICT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case GuidancePackage.MERGE_CONFLICT__ELEMENT_ID:
				setElementId(ELEMENT_ID_EDEFAULT);
				return;
			case GuidancePackage.MERGE_CONFLICT__ELEMENT_LABEL:
				setElementLabel(ELEMENT_LABEL_EDEFAULT);
				return;
			case GuidancePackage.MERGE_CONFLICT__FEATURE:
				setFeature(FEATURE_EDEFAULT);
				return;
			case GuidancePackage.MERGE_CONFLICT__BASE_VALUE:
				setBaseValue(BASE_VALUE_EDEFAULT);
				return;
			case GuidancePackage.MERGE_CONFLICT__OURS_VALUE:
				setOursValue(OURS_VALUE_EDEFAULT);
				return;
			case GuidancePackage.MERGE_CONFLICT__THEIRS_VALUE:
				setTheirsValue(THEIRS_VALUE_EDEFAULT);
				return;
			case GuidancePackage.MERGE_CONFLICT__OURS_LABEL:
				setOursLabel(OURS_LABEL_EDEFAULT);
				return;
			case GuidancePackage.MERGE_CONFLICT__THEIRS_LABEL:
				setTheirsLabel(THEIRS_LABEL_EDEFAULT);
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
			case GuidancePackage.MERGE_CONFLICT__KIND:
				return kind != KIND_EDEFAULT;
			case GuidancePackage.MERGE_CONFLICT__ELEMENT_ID:
				return ELEMENT_ID_EDEFAULT == null ? elementId != null : !ELEMENT_ID_EDEFAULT.equals(elementId);
			case GuidancePackage.MERGE_CONFLICT__ELEMENT_LABEL:
				return ELEMENT_LABEL_EDEFAULT == null ? elementLabel != null : !ELEMENT_LABEL_EDEFAULT.equals(elementLabel);
			case GuidancePackage.MERGE_CONFLICT__FEATURE:
				return FEATURE_EDEFAULT == null ? feature != null : !FEATURE_EDEFAULT.equals(feature);
			case GuidancePackage.MERGE_CONFLICT__BASE_VALUE:
				return BASE_VALUE_EDEFAULT == null ? baseValue != null : !BASE_VALUE_EDEFAULT.equals(baseValue);
			case GuidancePackage.MERGE_CONFLICT__OURS_VALUE:
				return OURS_VALUE_EDEFAULT == null ? oursValue != null : !OURS_VALUE_EDEFAULT.equals(oursValue);
			case GuidancePackage.MERGE_CONFLICT__THEIRS_VALUE:
				return THEIRS_VALUE_EDEFAULT == null ? theirsValue != null : !THEIRS_VALUE_EDEFAULT.equals(theirsValue);
			case GuidancePackage.MERGE_CONFLICT__OURS_LABEL:
				return OURS_LABEL_EDEFAULT == null ? oursLabel != null : !OURS_LABEL_EDEFAULT.equals(oursLabel);
			case GuidancePackage.MERGE_CONFLICT__THEIRS_LABEL:
				return THEIRS_LABEL_EDEFAULT == null ? theirsLabel != null : !THEIRS_LABEL_EDEFAULT.equals(theirsLabel);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", elementId: ");
		result.append(elementId);
		result.append(", elementLabel: ");
		result.append(elementLabel);
		result.append(", feature: ");
		result.append(feature);
		result.append(", baseValue: ");
		result.append(baseValue);
		result.append(", oursValue: ");
		result.append(oursValue);
		result.append(", theirsValue: ");
		result.append(theirsValue);
		result.append(", oursLabel: ");
		result.append(oursLabel);
		result.append(", theirsLabel: ");
		result.append(theirsLabel);
		result.append(')');
		return result.toString();
	}

} //MergeConflictImpl
