/**
 */
package org.bridgework.model.impl;

import java.util.Collection;

import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Section;

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
 * An implementation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.GuidanceDocumentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceDocumentImpl#getSubtitle <em>Subtitle</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceDocumentImpl#getLengthTargetWords <em>Length Target Words</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceDocumentImpl#getCitationStyle <em>Citation Style</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceDocumentImpl#getLocale <em>Locale</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceDocumentImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceDocumentImpl#getWordCount <em>Word Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GuidanceDocumentImpl extends IdentifiedImpl implements GuidanceDocument {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubtitle() <em>Subtitle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtitle()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBTITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubtitle() <em>Subtitle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtitle()
	 * @generated
	 * @ordered
	 */
	protected String subtitle = SUBTITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLengthTargetWords() <em>Length Target Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthTargetWords()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_TARGET_WORDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLengthTargetWords() <em>Length Target Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLengthTargetWords()
	 * @generated
	 * @ordered
	 */
	protected int lengthTargetWords = LENGTH_TARGET_WORDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCitationStyle() <em>Citation Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitationStyle()
	 * @generated
	 * @ordered
	 */
	protected static final String CITATION_STYLE_EDEFAULT = "harvard-cite-them-right";

	/**
	 * The cached value of the '{@link #getCitationStyle() <em>Citation Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitationStyle()
	 * @generated
	 * @ordered
	 */
	protected String citationStyle = CITATION_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocale() <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocale()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCALE_EDEFAULT = "en-GB";

	/**
	 * The cached value of the '{@link #getLocale() <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocale()
	 * @generated
	 * @ordered
	 */
	protected String locale = LOCALE_EDEFAULT;

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
	protected GuidanceDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.GUIDANCE_DOCUMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_DOCUMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubtitle() {
		return subtitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubtitle(String newSubtitle) {
		String oldSubtitle = subtitle;
		subtitle = newSubtitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_DOCUMENT__SUBTITLE, oldSubtitle, subtitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLengthTargetWords() {
		return lengthTargetWords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLengthTargetWords(int newLengthTargetWords) {
		int oldLengthTargetWords = lengthTargetWords;
		lengthTargetWords = newLengthTargetWords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_DOCUMENT__LENGTH_TARGET_WORDS, oldLengthTargetWords, lengthTargetWords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCitationStyle() {
		return citationStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCitationStyle(String newCitationStyle) {
		String oldCitationStyle = citationStyle;
		citationStyle = newCitationStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_DOCUMENT__CITATION_STYLE, oldCitationStyle, citationStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocale() {
		return locale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocale(String newLocale) {
		String oldLocale = locale;
		locale = newLocale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_DOCUMENT__LOCALE, oldLocale, locale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, GuidancePackage.GUIDANCE_DOCUMENT__SECTIONS);
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
			case GuidancePackage.GUIDANCE_DOCUMENT__SECTIONS:
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
			case GuidancePackage.GUIDANCE_DOCUMENT__TITLE:
				return getTitle();
			case GuidancePackage.GUIDANCE_DOCUMENT__SUBTITLE:
				return getSubtitle();
			case GuidancePackage.GUIDANCE_DOCUMENT__LENGTH_TARGET_WORDS:
				return getLengthTargetWords();
			case GuidancePackage.GUIDANCE_DOCUMENT__CITATION_STYLE:
				return getCitationStyle();
			case GuidancePackage.GUIDANCE_DOCUMENT__LOCALE:
				return getLocale();
			case GuidancePackage.GUIDANCE_DOCUMENT__SECTIONS:
				return getSections();
			case GuidancePackage.GUIDANCE_DOCUMENT__WORD_COUNT:
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
			case GuidancePackage.GUIDANCE_DOCUMENT__TITLE:
				setTitle((String)newValue);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__SUBTITLE:
				setSubtitle((String)newValue);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__LENGTH_TARGET_WORDS:
				setLengthTargetWords((Integer)newValue);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__CITATION_STYLE:
				setCitationStyle((String)newValue);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__LOCALE:
				setLocale((String)newValue);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__SECTIONS:
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
			case GuidancePackage.GUIDANCE_DOCUMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__SUBTITLE:
				setSubtitle(SUBTITLE_EDEFAULT);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__LENGTH_TARGET_WORDS:
				setLengthTargetWords(LENGTH_TARGET_WORDS_EDEFAULT);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__CITATION_STYLE:
				setCitationStyle(CITATION_STYLE_EDEFAULT);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__LOCALE:
				setLocale(LOCALE_EDEFAULT);
				return;
			case GuidancePackage.GUIDANCE_DOCUMENT__SECTIONS:
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
			case GuidancePackage.GUIDANCE_DOCUMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GuidancePackage.GUIDANCE_DOCUMENT__SUBTITLE:
				return SUBTITLE_EDEFAULT == null ? subtitle != null : !SUBTITLE_EDEFAULT.equals(subtitle);
			case GuidancePackage.GUIDANCE_DOCUMENT__LENGTH_TARGET_WORDS:
				return lengthTargetWords != LENGTH_TARGET_WORDS_EDEFAULT;
			case GuidancePackage.GUIDANCE_DOCUMENT__CITATION_STYLE:
				return CITATION_STYLE_EDEFAULT == null ? citationStyle != null : !CITATION_STYLE_EDEFAULT.equals(citationStyle);
			case GuidancePackage.GUIDANCE_DOCUMENT__LOCALE:
				return LOCALE_EDEFAULT == null ? locale != null : !LOCALE_EDEFAULT.equals(locale);
			case GuidancePackage.GUIDANCE_DOCUMENT__SECTIONS:
				return sections != null && !sections.isEmpty();
			case GuidancePackage.GUIDANCE_DOCUMENT__WORD_COUNT:
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
		result.append(" (title: ");
		result.append(title);
		result.append(", subtitle: ");
		result.append(subtitle);
		result.append(", lengthTargetWords: ");
		result.append(lengthTargetWords);
		result.append(", citationStyle: ");
		result.append(citationStyle);
		result.append(", locale: ");
		result.append(locale);
		result.append(')');
		return result.toString();
	}

} //GuidanceDocumentImpl
