/**
 */
package org.bridgework.model.impl;

import java.util.Collection;

import org.bridgework.model.Appraisal;
import org.bridgework.model.Challenge;
import org.bridgework.model.Criterion;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractKind;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.ScopeItem;
import org.bridgework.model.Section;
import org.bridgework.model.Source;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Extract</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getLocator <em>Locator</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getAppraisal <em>Appraisal</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getChallenges <em>Challenges</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getScopeItems <em>Scope Items</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ExtractImpl#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExtractImpl extends IdentifiedImpl implements Extract {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ExtractKind KIND_EDEFAULT = ExtractKind.RECOMMENDATION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ExtractKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocator() <em>Locator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocator()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocator() <em>Locator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocator()
	 * @generated
	 * @ordered
	 */
	protected String locator = LOCATOR_EDEFAULT;

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
	 * The cached value of the '{@link #getAppraisal() <em>Appraisal</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppraisal()
	 * @generated
	 * @ordered
	 */
	protected Appraisal appraisal;

	/**
	 * The cached value of the '{@link #getChallenges() <em>Challenges</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChallenges()
	 * @generated
	 * @ordered
	 */
	protected EList<Challenge> challenges;

	/**
	 * The cached value of the '{@link #getScopeItems() <em>Scope Items</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ScopeItem> scopeItems;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<Criterion> criteria;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExtractImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.EXTRACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getSource() {
		if (eContainerFeatureID() != GuidancePackage.EXTRACT__SOURCE) return null;
		return (Source)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(Source newSource, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSource, GuidancePackage.EXTRACT__SOURCE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Source newSource) {
		if (newSource != eInternalContainer() || (eContainerFeatureID() != GuidancePackage.EXTRACT__SOURCE && newSource != null)) {
			if (EcoreUtil.isAncestor(this, newSource))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, GuidancePackage.SOURCE__EXTRACTS, Source.class, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EXTRACT__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtractKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ExtractKind newKind) {
		ExtractKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EXTRACT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EXTRACT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocator() {
		return locator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocator(String newLocator) {
		String oldLocator = locator;
		locator = newLocator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EXTRACT__LOCATOR, oldLocator, locator));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EXTRACT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Appraisal getAppraisal() {
		return appraisal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAppraisal(Appraisal newAppraisal, NotificationChain msgs) {
		Appraisal oldAppraisal = appraisal;
		appraisal = newAppraisal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuidancePackage.EXTRACT__APPRAISAL, oldAppraisal, newAppraisal);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppraisal(Appraisal newAppraisal) {
		if (newAppraisal != appraisal) {
			NotificationChain msgs = null;
			if (appraisal != null)
				msgs = ((InternalEObject)appraisal).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.EXTRACT__APPRAISAL, null, msgs);
			if (newAppraisal != null)
				msgs = ((InternalEObject)newAppraisal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.EXTRACT__APPRAISAL, null, msgs);
			msgs = basicSetAppraisal(newAppraisal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.EXTRACT__APPRAISAL, newAppraisal, newAppraisal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Challenge> getChallenges() {
		if (challenges == null) {
			challenges = new EObjectResolvingEList<Challenge>(Challenge.class, this, GuidancePackage.EXTRACT__CHALLENGES);
		}
		return challenges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScopeItem> getScopeItems() {
		if (scopeItems == null) {
			scopeItems = new EObjectResolvingEList<ScopeItem>(ScopeItem.class, this, GuidancePackage.EXTRACT__SCOPE_ITEMS);
		}
		return scopeItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Criterion> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectResolvingEList<Criterion>(Criterion.class, this, GuidancePackage.EXTRACT__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectResolvingEList<Section>(Section.class, this, GuidancePackage.EXTRACT__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.EXTRACT__SOURCE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSource((Source)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.EXTRACT__SOURCE:
				return basicSetSource(null, msgs);
			case GuidancePackage.EXTRACT__APPRAISAL:
				return basicSetAppraisal(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case GuidancePackage.EXTRACT__SOURCE:
				return eInternalContainer().eInverseRemove(this, GuidancePackage.SOURCE__EXTRACTS, Source.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.EXTRACT__SOURCE:
				return getSource();
			case GuidancePackage.EXTRACT__KIND:
				return getKind();
			case GuidancePackage.EXTRACT__TEXT:
				return getText();
			case GuidancePackage.EXTRACT__LOCATOR:
				return getLocator();
			case GuidancePackage.EXTRACT__NOTE:
				return getNote();
			case GuidancePackage.EXTRACT__APPRAISAL:
				return getAppraisal();
			case GuidancePackage.EXTRACT__CHALLENGES:
				return getChallenges();
			case GuidancePackage.EXTRACT__SCOPE_ITEMS:
				return getScopeItems();
			case GuidancePackage.EXTRACT__CRITERIA:
				return getCriteria();
			case GuidancePackage.EXTRACT__SECTIONS:
				return getSections();
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
			case GuidancePackage.EXTRACT__SOURCE:
				setSource((Source)newValue);
				return;
			case GuidancePackage.EXTRACT__KIND:
				setKind((ExtractKind)newValue);
				return;
			case GuidancePackage.EXTRACT__TEXT:
				setText((String)newValue);
				return;
			case GuidancePackage.EXTRACT__LOCATOR:
				setLocator((String)newValue);
				return;
			case GuidancePackage.EXTRACT__NOTE:
				setNote((String)newValue);
				return;
			case GuidancePackage.EXTRACT__APPRAISAL:
				setAppraisal((Appraisal)newValue);
				return;
			case GuidancePackage.EXTRACT__CHALLENGES:
				getChallenges().clear();
				getChallenges().addAll((Collection<? extends Challenge>)newValue);
				return;
			case GuidancePackage.EXTRACT__SCOPE_ITEMS:
				getScopeItems().clear();
				getScopeItems().addAll((Collection<? extends ScopeItem>)newValue);
				return;
			case GuidancePackage.EXTRACT__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends Criterion>)newValue);
				return;
			case GuidancePackage.EXTRACT__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
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
			case GuidancePackage.EXTRACT__SOURCE:
				setSource((Source)null);
				return;
			case GuidancePackage.EXTRACT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case GuidancePackage.EXTRACT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case GuidancePackage.EXTRACT__LOCATOR:
				setLocator(LOCATOR_EDEFAULT);
				return;
			case GuidancePackage.EXTRACT__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case GuidancePackage.EXTRACT__APPRAISAL:
				setAppraisal((Appraisal)null);
				return;
			case GuidancePackage.EXTRACT__CHALLENGES:
				getChallenges().clear();
				return;
			case GuidancePackage.EXTRACT__SCOPE_ITEMS:
				getScopeItems().clear();
				return;
			case GuidancePackage.EXTRACT__CRITERIA:
				getCriteria().clear();
				return;
			case GuidancePackage.EXTRACT__SECTIONS:
				getSections().clear();
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
			case GuidancePackage.EXTRACT__SOURCE:
				return getSource() != null;
			case GuidancePackage.EXTRACT__KIND:
				return kind != KIND_EDEFAULT;
			case GuidancePackage.EXTRACT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case GuidancePackage.EXTRACT__LOCATOR:
				return LOCATOR_EDEFAULT == null ? locator != null : !LOCATOR_EDEFAULT.equals(locator);
			case GuidancePackage.EXTRACT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case GuidancePackage.EXTRACT__APPRAISAL:
				return appraisal != null;
			case GuidancePackage.EXTRACT__CHALLENGES:
				return challenges != null && !challenges.isEmpty();
			case GuidancePackage.EXTRACT__SCOPE_ITEMS:
				return scopeItems != null && !scopeItems.isEmpty();
			case GuidancePackage.EXTRACT__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case GuidancePackage.EXTRACT__SECTIONS:
				return sections != null && !sections.isEmpty();
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
		result.append(", text: ");
		result.append(text);
		result.append(", locator: ");
		result.append(locator);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ExtractImpl
