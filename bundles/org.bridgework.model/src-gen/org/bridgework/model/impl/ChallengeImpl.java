/**
 */
package org.bridgework.model.impl;

import java.util.Collection;

import org.bridgework.model.CellConfidence;
import org.bridgework.model.Challenge;
import org.bridgework.model.EvidenceConfidence;
import org.bridgework.model.GuidancePackage;

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
 * An implementation of the model object '<em><b>Challenge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.ChallengeImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ChallengeImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ChallengeImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ChallengeImpl#getEvidenceGap <em>Evidence Gap</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ChallengeImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.bridgework.model.impl.ChallengeImpl#getCellConfidences <em>Cell Confidences</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChallengeImpl extends IdentifiedImpl implements Challenge {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceGap() <em>Evidence Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceGap()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_GAP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceGap() <em>Evidence Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceGap()
	 * @generated
	 * @ordered
	 */
	protected String evidenceGap = EVIDENCE_GAP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected EvidenceConfidence confidence;

	/**
	 * The cached value of the '{@link #getCellConfidences() <em>Cell Confidences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellConfidences()
	 * @generated
	 * @ordered
	 */
	protected EList<CellConfidence> cellConfidences;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChallengeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.CHALLENGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CHALLENGE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CHALLENGE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CHALLENGE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceGap() {
		return evidenceGap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceGap(String newEvidenceGap) {
		String oldEvidenceGap = evidenceGap;
		evidenceGap = newEvidenceGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CHALLENGE__EVIDENCE_GAP, oldEvidenceGap, evidenceGap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceConfidence getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfidence(EvidenceConfidence newConfidence, NotificationChain msgs) {
		EvidenceConfidence oldConfidence = confidence;
		confidence = newConfidence;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuidancePackage.CHALLENGE__CONFIDENCE, oldConfidence, newConfidence);
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
	public void setConfidence(EvidenceConfidence newConfidence) {
		if (newConfidence != confidence) {
			NotificationChain msgs = null;
			if (confidence != null)
				msgs = ((InternalEObject)confidence).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.CHALLENGE__CONFIDENCE, null, msgs);
			if (newConfidence != null)
				msgs = ((InternalEObject)newConfidence).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.CHALLENGE__CONFIDENCE, null, msgs);
			msgs = basicSetConfidence(newConfidence, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.CHALLENGE__CONFIDENCE, newConfidence, newConfidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CellConfidence> getCellConfidences() {
		if (cellConfidences == null) {
			cellConfidences = new EObjectContainmentEList<CellConfidence>(CellConfidence.class, this, GuidancePackage.CHALLENGE__CELL_CONFIDENCES);
		}
		return cellConfidences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.CHALLENGE__CONFIDENCE:
				return basicSetConfidence(null, msgs);
			case GuidancePackage.CHALLENGE__CELL_CONFIDENCES:
				return ((InternalEList<?>)getCellConfidences()).basicRemove(otherEnd, msgs);
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
			case GuidancePackage.CHALLENGE__TITLE:
				return getTitle();
			case GuidancePackage.CHALLENGE__DESCRIPTION:
				return getDescription();
			case GuidancePackage.CHALLENGE__CATEGORY:
				return getCategory();
			case GuidancePackage.CHALLENGE__EVIDENCE_GAP:
				return getEvidenceGap();
			case GuidancePackage.CHALLENGE__CONFIDENCE:
				return getConfidence();
			case GuidancePackage.CHALLENGE__CELL_CONFIDENCES:
				return getCellConfidences();
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
			case GuidancePackage.CHALLENGE__TITLE:
				setTitle((String)newValue);
				return;
			case GuidancePackage.CHALLENGE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case GuidancePackage.CHALLENGE__CATEGORY:
				setCategory((String)newValue);
				return;
			case GuidancePackage.CHALLENGE__EVIDENCE_GAP:
				setEvidenceGap((String)newValue);
				return;
			case GuidancePackage.CHALLENGE__CONFIDENCE:
				setConfidence((EvidenceConfidence)newValue);
				return;
			case GuidancePackage.CHALLENGE__CELL_CONFIDENCES:
				getCellConfidences().clear();
				getCellConfidences().addAll((Collection<? extends CellConfidence>)newValue);
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
			case GuidancePackage.CHALLENGE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GuidancePackage.CHALLENGE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case GuidancePackage.CHALLENGE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case GuidancePackage.CHALLENGE__EVIDENCE_GAP:
				setEvidenceGap(EVIDENCE_GAP_EDEFAULT);
				return;
			case GuidancePackage.CHALLENGE__CONFIDENCE:
				setConfidence((EvidenceConfidence)null);
				return;
			case GuidancePackage.CHALLENGE__CELL_CONFIDENCES:
				getCellConfidences().clear();
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
			case GuidancePackage.CHALLENGE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GuidancePackage.CHALLENGE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case GuidancePackage.CHALLENGE__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case GuidancePackage.CHALLENGE__EVIDENCE_GAP:
				return EVIDENCE_GAP_EDEFAULT == null ? evidenceGap != null : !EVIDENCE_GAP_EDEFAULT.equals(evidenceGap);
			case GuidancePackage.CHALLENGE__CONFIDENCE:
				return confidence != null;
			case GuidancePackage.CHALLENGE__CELL_CONFIDENCES:
				return cellConfidences != null && !cellConfidences.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", category: ");
		result.append(category);
		result.append(", evidenceGap: ");
		result.append(evidenceGap);
		result.append(')');
		return result.toString();
	}

} //ChallengeImpl
