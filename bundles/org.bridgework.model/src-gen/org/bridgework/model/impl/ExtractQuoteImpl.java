/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.Extract;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidancePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Extract Quote</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.ExtractQuoteImpl#getExtract <em>Extract</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExtractQuoteImpl extends BlockImpl implements ExtractQuote {
	/**
	 * The cached value of the '{@link #getExtract() <em>Extract</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtract()
	 * @generated
	 * @ordered
	 */
	protected Extract extract;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExtractQuoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.EXTRACT_QUOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Extract getExtract() {
		if (extract != null && extract.eIsProxy()) {
			InternalEObject oldExtract = (InternalEObject)extract;
			extract = (Extract)eResolveProxy(oldExtract);
			if (extract != oldExtract) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.EXTRACT_QUOTE__EXTRACT, oldExtract, extract));
			}
		}
		return extract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Extract basicGetExtract() {
		return extract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtract(Extract newExtract) {
		Extract oldExtract = extract;
		extract = newExtract;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EXTRACT_QUOTE__EXTRACT, oldExtract, extract));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.EXTRACT_QUOTE__EXTRACT:
				if (resolve) return getExtract();
				return basicGetExtract();
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
			case GuidancePackage.EXTRACT_QUOTE__EXTRACT:
				setExtract((Extract)newValue);
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
			case GuidancePackage.EXTRACT_QUOTE__EXTRACT:
				setExtract((Extract)null);
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
			case GuidancePackage.EXTRACT_QUOTE__EXTRACT:
				return extract != null;
		}
		return super.eIsSet(featureID);
	}

} //ExtractQuoteImpl
