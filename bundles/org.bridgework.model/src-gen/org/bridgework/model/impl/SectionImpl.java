/**
 */
package org.bridgework.model.impl;

import java.util.Collection;

import org.bridgework.model.Block;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Section;
import org.bridgework.model.SectionKind;

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
 * An implementation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.SectionImpl#getHeading <em>Heading</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SectionImpl#getWordBudget <em>Word Budget</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SectionImpl#getAudienceNotes <em>Audience Notes</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SectionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SectionImpl#getBlocks <em>Blocks</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SectionImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SectionImpl#getWordCount <em>Word Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SectionImpl extends IdentifiedImpl implements Section {
	/**
	 * The default value of the '{@link #getHeading() <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeading()
	 * @generated
	 * @ordered
	 */
	protected static final String HEADING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeading() <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeading()
	 * @generated
	 * @ordered
	 */
	protected String heading = HEADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getWordBudget() <em>Word Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordBudget()
	 * @generated
	 * @ordered
	 */
	protected static final int WORD_BUDGET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWordBudget() <em>Word Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordBudget()
	 * @generated
	 * @ordered
	 */
	protected int wordBudget = WORD_BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudienceNotes() <em>Audience Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudienceNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String AUDIENCE_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAudienceNotes() <em>Audience Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudienceNotes()
	 * @generated
	 * @ordered
	 */
	protected String audienceNotes = AUDIENCE_NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SectionKind KIND_EDEFAULT = SectionKind.CONTENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SectionKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBlocks() <em>Blocks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlocks()
	 * @generated
	 * @ordered
	 */
	protected EList<Block> blocks;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The default value of the '{@link #getWordCount() <em>Word Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordCount()
	 * @generated
	 * @ordered
	 */
	protected static final int WORD_COUNT_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeading() {
		return heading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeading(String newHeading) {
		String oldHeading = heading;
		heading = newHeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SECTION__HEADING, oldHeading, heading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWordBudget() {
		return wordBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWordBudget(int newWordBudget) {
		int oldWordBudget = wordBudget;
		wordBudget = newWordBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SECTION__WORD_BUDGET, oldWordBudget, wordBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAudienceNotes() {
		return audienceNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudienceNotes(String newAudienceNotes) {
		String oldAudienceNotes = audienceNotes;
		audienceNotes = newAudienceNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SECTION__AUDIENCE_NOTES, oldAudienceNotes, audienceNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SectionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SectionKind newKind) {
		SectionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SECTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Block> getBlocks() {
		if (blocks == null) {
			blocks = new EObjectContainmentEList<Block>(Block.class, this, GuidancePackage.SECTION__BLOCKS);
		}
		return blocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, GuidancePackage.SECTION__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWordCount() {
		return org.bridgework.model.derive.Derived.wordCount(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.SECTION__BLOCKS:
				return ((InternalEList<?>)getBlocks()).basicRemove(otherEnd, msgs);
			case GuidancePackage.SECTION__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
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
			case GuidancePackage.SECTION__HEADING:
				return getHeading();
			case GuidancePackage.SECTION__WORD_BUDGET:
				return getWordBudget();
			case GuidancePackage.SECTION__AUDIENCE_NOTES:
				return getAudienceNotes();
			case GuidancePackage.SECTION__KIND:
				return getKind();
			case GuidancePackage.SECTION__BLOCKS:
				return getBlocks();
			case GuidancePackage.SECTION__SECTIONS:
				return getSections();
			case GuidancePackage.SECTION__WORD_COUNT:
				return getWordCount();
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
			case GuidancePackage.SECTION__HEADING:
				setHeading((String)newValue);
				return;
			case GuidancePackage.SECTION__WORD_BUDGET:
				setWordBudget((Integer)newValue);
				return;
			case GuidancePackage.SECTION__AUDIENCE_NOTES:
				setAudienceNotes((String)newValue);
				return;
			case GuidancePackage.SECTION__KIND:
				setKind((SectionKind)newValue);
				return;
			case GuidancePackage.SECTION__BLOCKS:
				getBlocks().clear();
				getBlocks().addAll((Collection<? extends Block>)newValue);
				return;
			case GuidancePackage.SECTION__SECTIONS:
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
			case GuidancePackage.SECTION__HEADING:
				setHeading(HEADING_EDEFAULT);
				return;
			case GuidancePackage.SECTION__WORD_BUDGET:
				setWordBudget(WORD_BUDGET_EDEFAULT);
				return;
			case GuidancePackage.SECTION__AUDIENCE_NOTES:
				setAudienceNotes(AUDIENCE_NOTES_EDEFAULT);
				return;
			case GuidancePackage.SECTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case GuidancePackage.SECTION__BLOCKS:
				getBlocks().clear();
				return;
			case GuidancePackage.SECTION__SECTIONS:
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
			case GuidancePackage.SECTION__HEADING:
				return HEADING_EDEFAULT == null ? heading != null : !HEADING_EDEFAULT.equals(heading);
			case GuidancePackage.SECTION__WORD_BUDGET:
				return wordBudget != WORD_BUDGET_EDEFAULT;
			case GuidancePackage.SECTION__AUDIENCE_NOTES:
				return AUDIENCE_NOTES_EDEFAULT == null ? audienceNotes != null : !AUDIENCE_NOTES_EDEFAULT.equals(audienceNotes);
			case GuidancePackage.SECTION__KIND:
				return kind != KIND_EDEFAULT;
			case GuidancePackage.SECTION__BLOCKS:
				return blocks != null && !blocks.isEmpty();
			case GuidancePackage.SECTION__SECTIONS:
				return sections != null && !sections.isEmpty();
			case GuidancePackage.SECTION__WORD_COUNT:
				return getWordCount() != WORD_COUNT_EDEFAULT;
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
		result.append(" (heading: ");
		result.append(heading);
		result.append(", wordBudget: ");
		result.append(wordBudget);
		result.append(", audienceNotes: ");
		result.append(audienceNotes);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //SectionImpl
