/**
 */
package org.bridgework.model.impl;

import java.util.Collection;

import org.bridgework.model.Block;
import org.bridgework.model.EvidenceLink;
import org.bridgework.model.GuidancePackage;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.BlockImpl#getEvidenceLinks <em>Evidence Links</em>}</li>
 *   <li>{@link org.bridgework.model.impl.BlockImpl#getWordCount <em>Word Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class BlockImpl extends IdentifiedImpl implements Block {
	/**
	 * The cached value of the '{@link #getEvidenceLinks() <em>Evidence Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceLink> evidenceLinks;

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
	protected BlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.BLOCK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceLink> getEvidenceLinks() {
		if (evidenceLinks == null) {
			evidenceLinks = new EObjectContainmentEList<EvidenceLink>(EvidenceLink.class, this, GuidancePackage.BLOCK__EVIDENCE_LINKS);
		}
		return evidenceLinks;
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
			case GuidancePackage.BLOCK__EVIDENCE_LINKS:
				return ((InternalEList<?>)getEvidenceLinks()).basicRemove(otherEnd, msgs);
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
			case GuidancePackage.BLOCK__EVIDENCE_LINKS:
				return getEvidenceLinks();
			case GuidancePackage.BLOCK__WORD_COUNT:
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
			case GuidancePackage.BLOCK__EVIDENCE_LINKS:
				getEvidenceLinks().clear();
				getEvidenceLinks().addAll((Collection<? extends EvidenceLink>)newValue);
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
			case GuidancePackage.BLOCK__EVIDENCE_LINKS:
				getEvidenceLinks().clear();
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
			case GuidancePackage.BLOCK__EVIDENCE_LINKS:
				return evidenceLinks != null && !evidenceLinks.isEmpty();
			case GuidancePackage.BLOCK__WORD_COUNT:
				return getWordCount() != WORD_COUNT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

} //BlockImpl
