/**
 */
package org.bridgework.model.impl;

import java.util.Collection;

import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Solution;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Solution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.SolutionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SolutionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SolutionImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SolutionImpl#getEvidencedBy <em>Evidenced By</em>}</li>
 *   <li>{@link org.bridgework.model.impl.SolutionImpl#getExemplifiedBy <em>Exemplified By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SolutionImpl extends IdentifiedImpl implements Solution {
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
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<Challenge> addresses;

	/**
	 * The cached value of the '{@link #getEvidencedBy() <em>Evidenced By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidencedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Extract> evidencedBy;

	/**
	 * The cached value of the '{@link #getExemplifiedBy() <em>Exemplified By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExemplifiedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseStudy> exemplifiedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SolutionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.SOLUTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOLUTION__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.SOLUTION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Challenge> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectResolvingEList<Challenge>(Challenge.class, this, GuidancePackage.SOLUTION__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Extract> getEvidencedBy() {
		if (evidencedBy == null) {
			evidencedBy = new EObjectResolvingEList<Extract>(Extract.class, this, GuidancePackage.SOLUTION__EVIDENCED_BY);
		}
		return evidencedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseStudy> getExemplifiedBy() {
		if (exemplifiedBy == null) {
			exemplifiedBy = new EObjectResolvingEList<CaseStudy>(CaseStudy.class, this, GuidancePackage.SOLUTION__EXEMPLIFIED_BY);
		}
		return exemplifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuidancePackage.SOLUTION__TITLE:
				return getTitle();
			case GuidancePackage.SOLUTION__DESCRIPTION:
				return getDescription();
			case GuidancePackage.SOLUTION__ADDRESSES:
				return getAddresses();
			case GuidancePackage.SOLUTION__EVIDENCED_BY:
				return getEvidencedBy();
			case GuidancePackage.SOLUTION__EXEMPLIFIED_BY:
				return getExemplifiedBy();
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
			case GuidancePackage.SOLUTION__TITLE:
				setTitle((String)newValue);
				return;
			case GuidancePackage.SOLUTION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case GuidancePackage.SOLUTION__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends Challenge>)newValue);
				return;
			case GuidancePackage.SOLUTION__EVIDENCED_BY:
				getEvidencedBy().clear();
				getEvidencedBy().addAll((Collection<? extends Extract>)newValue);
				return;
			case GuidancePackage.SOLUTION__EXEMPLIFIED_BY:
				getExemplifiedBy().clear();
				getExemplifiedBy().addAll((Collection<? extends CaseStudy>)newValue);
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
			case GuidancePackage.SOLUTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GuidancePackage.SOLUTION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case GuidancePackage.SOLUTION__ADDRESSES:
				getAddresses().clear();
				return;
			case GuidancePackage.SOLUTION__EVIDENCED_BY:
				getEvidencedBy().clear();
				return;
			case GuidancePackage.SOLUTION__EXEMPLIFIED_BY:
				getExemplifiedBy().clear();
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
			case GuidancePackage.SOLUTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GuidancePackage.SOLUTION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case GuidancePackage.SOLUTION__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case GuidancePackage.SOLUTION__EVIDENCED_BY:
				return evidencedBy != null && !evidencedBy.isEmpty();
			case GuidancePackage.SOLUTION__EXEMPLIFIED_BY:
				return exemplifiedBy != null && !exemplifiedBy.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //SolutionImpl
