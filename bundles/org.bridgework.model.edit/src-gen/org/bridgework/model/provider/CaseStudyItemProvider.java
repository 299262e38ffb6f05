/**
 */
package org.bridgework.model.provider;


import java.util.Collection;
import java.util.List;

import org.bridgework.model.CaseStudy;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.bridgework.model.CaseStudy} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CaseStudyItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseStudyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addPartnersPropertyDescriptor(object);
			addServiceModelPropertyDescriptor(object);
			addRegionPropertyDescriptor(object);
			addContextsPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addPopulationServedPropertyDescriptor(object);
			addReferralRoutePropertyDescriptor(object);
			addFundingPropertyDescriptor(object);
			addStaffingPropertyDescriptor(object);
			addCollectionStatusPropertyDescriptor(object);
			addChallengesAddressedPropertyDescriptor(object);
			addSourcesPropertyDescriptor(object);
			addConsentToPublishPropertyDescriptor(object);
			addModelOfGoodPracticePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_title_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Partners feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartnersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_partners_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_partners_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__PARTNERS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Model feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceModelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_serviceModel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_serviceModel_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__SERVICE_MODEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Region feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_region_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_region_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__REGION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Contexts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContextsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_contexts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_contexts_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__CONTEXTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_description_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Population Served feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPopulationServedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_populationServed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_populationServed_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__POPULATION_SERVED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Referral Route feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReferralRoutePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_referralRoute_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_referralRoute_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__REFERRAL_ROUTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Funding feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFundingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_funding_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_funding_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__FUNDING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Staffing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStaffingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_staffing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_staffing_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__STAFFING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Collection Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCollectionStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_collectionStatus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_collectionStatus_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__COLLECTION_STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Challenges Addressed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChallengesAddressedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_challengesAddressed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_challengesAddressed_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__CHALLENGES_ADDRESSED,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sources feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_sources_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_sources_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__SOURCES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Consent To Publish feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConsentToPublishPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_consentToPublish_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_consentToPublish_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__CONSENT_TO_PUBLISH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Of Good Practice feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelOfGoodPracticePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseStudy_modelOfGoodPractice_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseStudy_modelOfGoodPractice_feature", "_UI_CaseStudy_type"),
				 GuidancePackage.Literals.CASE_STUDY__MODEL_OF_GOOD_PRACTICE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_DerivedPropertyCategory"),
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(GuidancePackage.Literals.CASE_STUDY__STATUS_HISTORY);
			childrenFeatures.add(GuidancePackage.Literals.CASE_STUDY__BENEFITS);
			childrenFeatures.add(GuidancePackage.Literals.CASE_STUDY__OUTCOMES);
			childrenFeatures.add(GuidancePackage.Literals.CASE_STUDY__CONTACTS);
			childrenFeatures.add(GuidancePackage.Literals.CASE_STUDY__ASSESSMENTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns CaseStudy.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CaseStudy"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CaseStudy)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_CaseStudy_type") :
			getString("_UI_CaseStudy_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CaseStudy.class)) {
			case GuidancePackage.CASE_STUDY__TITLE:
			case GuidancePackage.CASE_STUDY__SERVICE_MODEL:
			case GuidancePackage.CASE_STUDY__REGION:
			case GuidancePackage.CASE_STUDY__CONTEXTS:
			case GuidancePackage.CASE_STUDY__DESCRIPTION:
			case GuidancePackage.CASE_STUDY__POPULATION_SERVED:
			case GuidancePackage.CASE_STUDY__REFERRAL_ROUTE:
			case GuidancePackage.CASE_STUDY__FUNDING:
			case GuidancePackage.CASE_STUDY__STAFFING:
			case GuidancePackage.CASE_STUDY__COLLECTION_STATUS:
			case GuidancePackage.CASE_STUDY__CONSENT_TO_PUBLISH:
			case GuidancePackage.CASE_STUDY__MODEL_OF_GOOD_PRACTICE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case GuidancePackage.CASE_STUDY__STATUS_HISTORY:
			case GuidancePackage.CASE_STUDY__BENEFITS:
			case GuidancePackage.CASE_STUDY__OUTCOMES:
			case GuidancePackage.CASE_STUDY__CONTACTS:
			case GuidancePackage.CASE_STUDY__ASSESSMENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.CASE_STUDY__STATUS_HISTORY,
				 GuidanceFactory.eINSTANCE.createStatusChange()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.CASE_STUDY__BENEFITS,
				 GuidanceFactory.eINSTANCE.createBenefit()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.CASE_STUDY__OUTCOMES,
				 GuidanceFactory.eINSTANCE.createOutcome()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.CASE_STUDY__CONTACTS,
				 GuidanceFactory.eINSTANCE.createContactRole()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.CASE_STUDY__ASSESSMENTS,
				 GuidanceFactory.eINSTANCE.createAssessment()));
	}

}
