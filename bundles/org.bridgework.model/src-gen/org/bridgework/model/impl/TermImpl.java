/**
 */
package org.bridgework.model.impl;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Sector;
import org.bridgework.model.Term;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.TermImpl#getTerm <em>Term</em>}</li>
 *   <li>{@link org.bridgework.model.impl.TermImpl#getExpansion <em>Expansion</em>}</li>
 *   <li>{@link org.bridgework.model.impl.TermImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.bridgework.model.impl.TermImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link org.bridgework.model.impl.TermImpl#isWellKnown <em>Well Known</em>}</li>
 *   <li>{@link org.bridgework.model.impl.TermImpl#getPlainWording <em>Plain Wording</em>}</li>
 *   <li>{@link org.bridgework.model.impl.TermImpl#getSourceUrl <em>Source Url</em>}</li>
 *   <li>{@link org.bridgework.model.impl.TermImpl#isDisabled <em>Disabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TermImpl extends IdentifiedImpl implements Term {
	/**
	 * The default value of the '{@link #getTerm() <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerm()
	 * @generated
	 * @ordered
	 */
	protected static final String TERM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTerm() <em>Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerm()
	 * @generated
	 * @ordered
	 */
	protected String term = TERM_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpansion() <em>Expansion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpansion()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPANSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpansion() <em>Expansion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpansion()
	 * @generated
	 * @ordered
	 */
	protected String expansion = EXPANSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final Sector SECTOR_EDEFAULT = Sector.HE;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected Sector sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isWellKnown() <em>Well Known</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWellKnown()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WELL_KNOWN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWellKnown() <em>Well Known</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWellKnown()
	 * @generated
	 * @ordered
	 */
	protected boolean wellKnown = WELL_KNOWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlainWording() <em>Plain Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlainWording()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAIN_WORDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlainWording() <em>Plain Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlainWording()
	 * @generated
	 * @ordered
	 */
	protected String plainWording = PLAIN_WORDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceUrl() <em>Source Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceUrl() <em>Source Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceUrl()
	 * @generated
	 * @ordered
	 */
	protected String sourceUrl = SOURCE_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #isDisabled() <em>Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDisabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDisabled() <em>Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDisabled()
	 * @generated
	 * @ordered
	 */
	protected boolean disabled = DISABLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.TERM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTerm() {
		return term;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerm(String newTerm) {
		String oldTerm = term;
		term = newTerm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.TERM__TERM, oldTerm, term));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpansion() {
		return expansion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpansion(String newExpansion) {
		String oldExpansion = expansion;
		expansion = newExpansion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.TERM__EXPANSION, oldExpansion, expansion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.TERM__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sector getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(Sector newSector) {
		Sector oldSector = sector;
		sector = newSector == null ? SECTOR_EDEFAULT : newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.TERM__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWellKnown() {
		return wellKnown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWellKnown(boolean newWellKnown) {
		boolean oldWellKnown = wellKnown;
		wellKnown = newWellKnown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.TERM__WELL_KNOWN, oldWellKnown, wellKnown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlainWording() {
		return plainWording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlainWording(String newPlainWording) {
		String oldPlainWording = plainWording;
		plainWording = newPlainWording;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.TERM__PLAIN_WORDING, oldPlainWording, plainWording));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceUrl() {
		return sourceUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceUrl(String newSourceUrl) {
		String oldSourceUrl = sourceUrl;
		sourceUrl = newSourceUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.TERM__SOURCE_URL, oldSourceUrl, sourceUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDisabled() {
		return disabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisabled(boolean newDisabled) {
		boolean oldDisabled = disabled;
		disabled = newDisabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.TERM__DISABLED, oldDisabled, disabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.TERM__TERM:
				return getTerm();
			case GuidancePackage.TERM__EXPANSION:
				return getExpansion();
			case GuidancePackage.TERM__DEFINITION:
				return getDefinition();
			case GuidancePackage.TERM__SECTOR:
				return getSector();
			case GuidancePackage.TERM__WELL_KNOWN:
				return isWellKnown();
			case GuidancePackage.TERM__PLAIN_WORDING:
				return getPlainWording();
			case GuidancePackage.TERM__SOURCE_URL:
				return getSourceUrl();
			case GuidancePackage.TERM__DISABLED:
				return isDisabled();
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
			case GuidancePackage.TERM__TERM:
				setTerm((String)newValue);
				return;
			case GuidancePackage.TERM__EXPANSION:
				setExpansion((String)newValue);
				return;
			case GuidancePackage.TERM__DEFINITION:
				setDefinition((String)newValue);
				return;
			case GuidancePackage.TERM__SECTOR:
				setSector((Sector)newValue);
				return;
			case GuidancePackage.TERM__WELL_KNOWN:
				setWellKnown((Boolean)newValue);
				return;
			case GuidancePackage.TERM__PLAIN_WORDING:
				setPlainWording((String)newValue);
				return;
			case GuidancePackage.TERM__SOURCE_URL:
				setSourceUrl((String)newValue);
				return;
			case GuidancePackage.TERM__DISABLED:
				setDisabled((Boolean)newValue);
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
			case GuidancePackage.TERM__TERM:
				setTerm(TERM_EDEFAULT);
				return;
			case GuidancePackage.TERM__EXPANSION:
				setExpansion(EXPANSION_EDEFAULT);
				return;
			case GuidancePackage.TERM__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case GuidancePackage.TERM__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case GuidancePackage.TERM__WELL_KNOWN:
				setWellKnown(WELL_KNOWN_EDEFAULT);
				return;
			case GuidancePackage.TERM__PLAIN_WORDING:
				setPlainWording(PLAIN_WORDING_EDEFAULT);
				return;
			case GuidancePackage.TERM__SOURCE_URL:
				setSourceUrl(SOURCE_URL_EDEFAULT);
				return;
			case GuidancePackage.TERM__DISABLED:
				setDisabled(DISABLED_EDEFAULT);
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
			case GuidancePackage.TERM__TERM:
				return TERM_EDEFAULT == null ? term != null : !TERM_EDEFAULT.equals(term);
			case GuidancePackage.TERM__EXPANSION:
				return EXPANSION_EDEFAULT == null ? expansion != null : !EXPANSION_EDEFAULT.equals(expansion);
			case GuidancePackage.TERM__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case GuidancePackage.TERM__SECTOR:
				return sector != SECTOR_EDEFAULT;
			case GuidancePackage.TERM__WELL_KNOWN:
				return wellKnown != WELL_KNOWN_EDEFAULT;
			case GuidancePackage.TERM__PLAIN_WORDING:
				return PLAIN_WORDING_EDEFAULT == null ? plainWording != null : !PLAIN_WORDING_EDEFAULT.equals(plainWording);
			case GuidancePackage.TERM__SOURCE_URL:
				return SOURCE_URL_EDEFAULT == null ? sourceUrl != null : !SOURCE_URL_EDEFAULT.equals(sourceUrl);
			case GuidancePackage.TERM__DISABLED:
				return disabled != DISABLED_EDEFAULT;
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
		result.append(" (term: ");
		result.append(term);
		result.append(", expansion: ");
		result.append(expansion);
		result.append(", definition: ");
		result.append(definition);
		result.append(", sector: ");
		result.append(sector);
		result.append(", wellKnown: ");
		result.append(wellKnown);
		result.append(", plainWording: ");
		result.append(plainWording);
		result.append(", sourceUrl: ");
		result.append(sourceUrl);
		result.append(", disabled: ");
		result.append(disabled);
		result.append(')');
		return result.toString();
	}

} //TermImpl
