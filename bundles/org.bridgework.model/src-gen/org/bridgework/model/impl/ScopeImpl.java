/**
 */
package org.bridgework.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Scope;
import org.bridgework.model.ScopeItem;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scope</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.ScopeImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ScopeImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ScopeImpl#getAgreedBy <em>Agreed By</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ScopeImpl#getAgreedOn <em>Agreed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScopeImpl extends IdentifiedImpl implements Scope {
	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ScopeItem> items;

	/**
	 * The default value of the '{@link #getAgreedBy() <em>Agreed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String AGREED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgreedBy() <em>Agreed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedBy()
	 * @generated
	 * @ordered
	 */
	protected String agreedBy = AGREED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgreedOn() <em>Agreed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AGREED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgreedOn() <em>Agreed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate agreedOn = AGREED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScopeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.SCOPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SCOPE__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScopeItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<ScopeItem>(ScopeItem.class, this, GuidancePackage.SCOPE__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgreedBy() {
		return agreedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreedBy(String newAgreedBy) {
		String oldAgreedBy = agreedBy;
		agreedBy = newAgreedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SCOPE__AGREED_BY, oldAgreedBy, agreedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAgreedOn() {
		return agreedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreedOn(LocalDate newAgreedOn) {
		LocalDate oldAgreedOn = agreedOn;
		agreedOn = newAgreedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SCOPE__AGREED_ON, oldAgreedOn, agreedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.SCOPE__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.SCOPE__SUMMARY:
				return getSummary();
			case GuidancePackage.SCOPE__ITEMS:
				return getItems();
			case GuidancePackage.SCOPE__AGREED_BY:
				return getAgreedBy();
			case GuidancePackage.SCOPE__AGREED_ON:
				return getAgreedOn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GuidancePackage.SCOPE__SUMMARY:
				setSummary((String)newValue);
				return;
			case GuidancePackage.SCOPE__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ScopeItem>)newValue);
				return;
			case GuidancePackage.SCOPE__AGREED_BY:
				setAgreedBy((String)newValue);
				return;
			case GuidancePackage.SCOPE__AGREED_ON:
				setAgreedOn((LocalDate)newValue);
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
			case GuidancePackage.SCOPE__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case GuidancePackage.SCOPE__ITEMS:
				getItems().clear();
				return;
			case GuidancePackage.SCOPE__AGREED_BY:
				setAgreedBy(AGREED_BY_EDEFAULT);
				return;
			case GuidancePackage.SCOPE__AGREED_ON:
				setAgreedOn(AGREED_ON_EDEFAULT);
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
			case GuidancePackage.SCOPE__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case GuidancePackage.SCOPE__ITEMS:
				return items != null && !items.isEmpty();
			case GuidancePackage.SCOPE__AGREED_BY:
				return AGREED_BY_EDEFAULT == null ? agreedBy != null : !AGREED_BY_EDEFAULT.equals(agreedBy);
			case GuidancePackage.SCOPE__AGREED_ON:
				return AGREED_ON_EDEFAULT == null ? agreedOn != null : !AGREED_ON_EDEFAULT.equals(agreedOn);
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
		result.append(" (summary: ");
		result.append(summary);
		result.append(", agreedBy: ");
		result.append(agreedBy);
		result.append(", agreedOn: ");
		result.append(agreedOn);
		result.append(')');
		return result.toString();
	}

} //ScopeImpl
