/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Issuer;
import org.bridgework.model.Organisation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Issuer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.IssuerImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.bridgework.model.impl.IssuerImpl#isConfirmed <em>Confirmed</em>}</li>
 *   <li>{@link org.bridgework.model.impl.IssuerImpl#getLogoPath <em>Logo Path</em>}</li>
 *   <li>{@link org.bridgework.model.impl.IssuerImpl#getLogoAltText <em>Logo Alt Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IssuerImpl extends IdentifiedImpl implements Issuer {
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
	 * The default value of the '{@link #isConfirmed() <em>Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirmed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFIRMED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isConfirmed() <em>Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirmed()
	 * @generated
	 * @ordered
	 */
	protected boolean confirmed = CONFIRMED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogoPath() <em>Logo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogoPath()
	 * @generated
	 * @ordered
	 */
	protected static final String LOGO_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogoPath() <em>Logo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogoPath()
	 * @generated
	 * @ordered
	 */
	protected String logoPath = LOGO_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogoAltText() <em>Logo Alt Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogoAltText()
	 * @generated
	 * @ordered
	 */
	protected static final String LOGO_ALT_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLogoAltText() <em>Logo Alt Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogoAltText()
	 * @generated
	 * @ordered
	 */
	protected String logoAltText = LOGO_ALT_TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IssuerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.ISSUER;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.ISSUER__ORGANISATION, oldOrganisation, organisation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.ISSUER__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConfirmed() {
		return confirmed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmed(boolean newConfirmed) {
		boolean oldConfirmed = confirmed;
		confirmed = newConfirmed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.ISSUER__CONFIRMED, oldConfirmed, confirmed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogoPath() {
		return logoPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogoPath(String newLogoPath) {
		String oldLogoPath = logoPath;
		logoPath = newLogoPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.ISSUER__LOGO_PATH, oldLogoPath, logoPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLogoAltText() {
		return logoAltText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogoAltText(String newLogoAltText) {
		String oldLogoAltText = logoAltText;
		logoAltText = newLogoAltText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.ISSUER__LOGO_ALT_TEXT, oldLogoAltText, logoAltText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.ISSUER__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case GuidancePackage.ISSUER__CONFIRMED:
				return isConfirmed();
			case GuidancePackage.ISSUER__LOGO_PATH:
				return getLogoPath();
			case GuidancePackage.ISSUER__LOGO_ALT_TEXT:
				return getLogoAltText();
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
			case GuidancePackage.ISSUER__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case GuidancePackage.ISSUER__CONFIRMED:
				setConfirmed((Boolean)newValue);
				return;
			case GuidancePackage.ISSUER__LOGO_PATH:
				setLogoPath((String)newValue);
				return;
			case GuidancePackage.ISSUER__LOGO_ALT_TEXT:
				setLogoAltText((String)newValue);
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
			case GuidancePackage.ISSUER__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case GuidancePackage.ISSUER__CONFIRMED:
				setConfirmed(CONFIRMED_EDEFAULT);
				return;
			case GuidancePackage.ISSUER__LOGO_PATH:
				setLogoPath(LOGO_PATH_EDEFAULT);
				return;
			case GuidancePackage.ISSUER__LOGO_ALT_TEXT:
				setLogoAltText(LOGO_ALT_TEXT_EDEFAULT);
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
			case GuidancePackage.ISSUER__ORGANISATION:
				return organisation != null;
			case GuidancePackage.ISSUER__CONFIRMED:
				return confirmed != CONFIRMED_EDEFAULT;
			case GuidancePackage.ISSUER__LOGO_PATH:
				return LOGO_PATH_EDEFAULT == null ? logoPath != null : !LOGO_PATH_EDEFAULT.equals(logoPath);
			case GuidancePackage.ISSUER__LOGO_ALT_TEXT:
				return LOGO_ALT_TEXT_EDEFAULT == null ? logoAltText != null : !LOGO_ALT_TEXT_EDEFAULT.equals(logoAltText);
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
		result.append(" (confirmed: ");
		result.append(confirmed);
		result.append(", logoPath: ");
		result.append(logoPath);
		result.append(", logoAltText: ");
		result.append(logoAltText);
		result.append(')');
		return result.toString();
	}

} //IssuerImpl
