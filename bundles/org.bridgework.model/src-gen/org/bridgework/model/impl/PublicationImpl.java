/**
 */
package org.bridgework.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Issuer;
import org.bridgework.model.Milestone;
import org.bridgework.model.Publication;
import org.bridgework.model.PublicationStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Publication</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.PublicationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bridgework.model.impl.PublicationImpl#getStatusLabel <em>Status Label</em>}</li>
 *   <li>{@link org.bridgework.model.impl.PublicationImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.bridgework.model.impl.PublicationImpl#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link org.bridgework.model.impl.PublicationImpl#getReaderSummary <em>Reader Summary</em>}</li>
 *   <li>{@link org.bridgework.model.impl.PublicationImpl#isToolColophon <em>Tool Colophon</em>}</li>
 *   <li>{@link org.bridgework.model.impl.PublicationImpl#getReleaseMilestone <em>Release Milestone</em>}</li>
 *   <li>{@link org.bridgework.model.impl.PublicationImpl#getIssuers <em>Issuers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PublicationImpl extends EObjectImpl implements Publication {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PublicationStatus STATUS_EDEFAULT = PublicationStatus.WORKING_DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PublicationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusLabel() <em>Status Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusLabel() <em>Status Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusLabel()
	 * @generated
	 * @ordered
	 */
	protected String statusLabel = STATUS_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PUBLICATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate publicationDate = PUBLICATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReaderSummary() <em>Reader Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReaderSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String READER_SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReaderSummary() <em>Reader Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReaderSummary()
	 * @generated
	 * @ordered
	 */
	protected String readerSummary = READER_SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #isToolColophon() <em>Tool Colophon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isToolColophon()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TOOL_COLOPHON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isToolColophon() <em>Tool Colophon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isToolColophon()
	 * @generated
	 * @ordered
	 */
	protected boolean toolColophon = TOOL_COLOPHON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReleaseMilestone() <em>Release Milestone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleaseMilestone()
	 * @generated
	 * @ordered
	 */
	protected Milestone releaseMilestone;

	/**
	 * The cached value of the '{@link #getIssuers() <em>Issuers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuers()
	 * @generated
	 * @ordered
	 */
	protected EList<Issuer> issuers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PublicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.PUBLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublicationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PublicationStatus newStatus) {
		PublicationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.PUBLICATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusLabel() {
		return statusLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusLabel(String newStatusLabel) {
		String oldStatusLabel = statusLabel;
		statusLabel = newStatusLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.PUBLICATION__STATUS_LABEL, oldStatusLabel, statusLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.PUBLICATION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPublicationDate() {
		return publicationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicationDate(LocalDate newPublicationDate) {
		LocalDate oldPublicationDate = publicationDate;
		publicationDate = newPublicationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.PUBLICATION__PUBLICATION_DATE, oldPublicationDate, publicationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReaderSummary() {
		return readerSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReaderSummary(String newReaderSummary) {
		String oldReaderSummary = readerSummary;
		readerSummary = newReaderSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.PUBLICATION__READER_SUMMARY, oldReaderSummary, readerSummary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isToolColophon() {
		return toolColophon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToolColophon(boolean newToolColophon) {
		boolean oldToolColophon = toolColophon;
		toolColophon = newToolColophon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.PUBLICATION__TOOL_COLOPHON, oldToolColophon, toolColophon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Milestone getReleaseMilestone() {
		if (releaseMilestone != null && releaseMilestone.eIsProxy()) {
			InternalEObject oldReleaseMilestone = (InternalEObject)releaseMilestone;
			releaseMilestone = (Milestone)eResolveProxy(oldReleaseMilestone);
			if (releaseMilestone != oldReleaseMilestone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuidancePackage.PUBLICATION__RELEASE_MILESTONE, oldReleaseMilestone, releaseMilestone));
			}
		}
		return releaseMilestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Milestone basicGetReleaseMilestone() {
		return releaseMilestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReleaseMilestone(Milestone newReleaseMilestone) {
		Milestone oldReleaseMilestone = releaseMilestone;
		releaseMilestone = newReleaseMilestone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.PUBLICATION__RELEASE_MILESTONE, oldReleaseMilestone, releaseMilestone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Issuer> getIssuers() {
		if (issuers == null) {
			issuers = new EObjectContainmentEList<Issuer>(Issuer.class, this, GuidancePackage.PUBLICATION__ISSUERS);
		}
		return issuers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.PUBLICATION__ISSUERS:
				return ((InternalEList<?>)getIssuers()).basicRemove(otherEnd, msgs);
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
			case GuidancePackage.PUBLICATION__STATUS:
				return getStatus();
			case GuidancePackage.PUBLICATION__STATUS_LABEL:
				return getStatusLabel();
			case GuidancePackage.PUBLICATION__VERSION:
				return getVersion();
			case GuidancePackage.PUBLICATION__PUBLICATION_DATE:
				return getPublicationDate();
			case GuidancePackage.PUBLICATION__READER_SUMMARY:
				return getReaderSummary();
			case GuidancePackage.PUBLICATION__TOOL_COLOPHON:
				return isToolColophon();
			case GuidancePackage.PUBLICATION__RELEASE_MILESTONE:
				if (resolve) return getReleaseMilestone();
				return basicGetReleaseMilestone();
			case GuidancePackage.PUBLICATION__ISSUERS:
				return getIssuers();
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
			case GuidancePackage.PUBLICATION__STATUS:
				setStatus((PublicationStatus)newValue);
				return;
			case GuidancePackage.PUBLICATION__STATUS_LABEL:
				setStatusLabel((String)newValue);
				return;
			case GuidancePackage.PUBLICATION__VERSION:
				setVersion((String)newValue);
				return;
			case GuidancePackage.PUBLICATION__PUBLICATION_DATE:
				setPublicationDate((LocalDate)newValue);
				return;
			case GuidancePackage.PUBLICATION__READER_SUMMARY:
				setReaderSummary((String)newValue);
				return;
			case GuidancePackage.PUBLICATION__TOOL_COLOPHON:
				setToolColophon((Boolean)newValue);
				return;
			case GuidancePackage.PUBLICATION__RELEASE_MILESTONE:
				setReleaseMilestone((Milestone)newValue);
				return;
			case GuidancePackage.PUBLICATION__ISSUERS:
				getIssuers().clear();
				getIssuers().addAll((Collection<? extends Issuer>)newValue);
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
			case GuidancePackage.PUBLICATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GuidancePackage.PUBLICATION__STATUS_LABEL:
				setStatusLabel(STATUS_LABEL_EDEFAULT);
				return;
			case GuidancePackage.PUBLICATION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case GuidancePackage.PUBLICATION__PUBLICATION_DATE:
				setPublicationDate(PUBLICATION_DATE_EDEFAULT);
				return;
			case GuidancePackage.PUBLICATION__READER_SUMMARY:
				setReaderSummary(READER_SUMMARY_EDEFAULT);
				return;
			case GuidancePackage.PUBLICATION__TOOL_COLOPHON:
				setToolColophon(TOOL_COLOPHON_EDEFAULT);
				return;
			case GuidancePackage.PUBLICATION__RELEASE_MILESTONE:
				setReleaseMilestone((Milestone)null);
				return;
			case GuidancePackage.PUBLICATION__ISSUERS:
				getIssuers().clear();
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
			case GuidancePackage.PUBLICATION__STATUS:
				return status != STATUS_EDEFAULT;
			case GuidancePackage.PUBLICATION__STATUS_LABEL:
				return STATUS_LABEL_EDEFAULT == null ? statusLabel != null : !STATUS_LABEL_EDEFAULT.equals(statusLabel);
			case GuidancePackage.PUBLICATION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case GuidancePackage.PUBLICATION__PUBLICATION_DATE:
				return PUBLICATION_DATE_EDEFAULT == null ? publicationDate != null : !PUBLICATION_DATE_EDEFAULT.equals(publicationDate);
			case GuidancePackage.PUBLICATION__READER_SUMMARY:
				return READER_SUMMARY_EDEFAULT == null ? readerSummary != null : !READER_SUMMARY_EDEFAULT.equals(readerSummary);
			case GuidancePackage.PUBLICATION__TOOL_COLOPHON:
				return toolColophon != TOOL_COLOPHON_EDEFAULT;
			case GuidancePackage.PUBLICATION__RELEASE_MILESTONE:
				return releaseMilestone != null;
			case GuidancePackage.PUBLICATION__ISSUERS:
				return issuers != null && !issuers.isEmpty();
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
		result.append(" (status: ");
		result.append(status);
		result.append(", statusLabel: ");
		result.append(statusLabel);
		result.append(", version: ");
		result.append(version);
		result.append(", publicationDate: ");
		result.append(publicationDate);
		result.append(", readerSummary: ");
		result.append(readerSummary);
		result.append(", toolColophon: ");
		result.append(toolColophon);
		result.append(')');
		return result.toString();
	}

} //PublicationImpl
