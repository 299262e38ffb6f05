/**
 */
package org.bridgework.model.provider;


import java.util.Collection;
import java.util.List;

import org.bridgework.model.GuidancePackage;
import org.bridgework.model.ReviewSuggestion;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.bridgework.model.ReviewSuggestion} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ReviewSuggestionItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewSuggestionItemProvider(AdapterFactory adapterFactory) {
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

			addTargetPropertyDescriptor(object);
			addItemPropertyDescriptor(object);
			addBeforePropertyDescriptor(object);
			addDeletedPropertyDescriptor(object);
			addInsertedPropertyDescriptor(object);
			addAfterPropertyDescriptor(object);
			addReviewerRolePropertyDescriptor(object);
			addReviewerOrganisationPropertyDescriptor(object);
			addMilestonePropertyDescriptor(object);
			addRaisedPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addDecidedPropertyDescriptor(object);
			addResponsePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Target feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_target_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_target_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__TARGET,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Item feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addItemPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_item_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_item_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__ITEM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Before feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBeforePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_before_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_before_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__BEFORE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Deleted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeletedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_deleted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_deleted_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__DELETED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inserted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInsertedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_inserted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_inserted_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__INSERTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the After feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAfterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_after_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_after_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__AFTER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reviewer Role feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewerRolePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_reviewerRole_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_reviewerRole_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__REVIEWER_ROLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reviewer Organisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewerOrganisationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_reviewerOrganisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_reviewerOrganisation_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__REVIEWER_ORGANISATION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Milestone feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMilestonePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_milestone_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_milestone_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__MILESTONE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Raised feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRaisedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_raised_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_raised_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__RAISED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_status_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decided feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecidedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_decided_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_decided_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__DECIDED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Response feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResponsePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ReviewSuggestion_response_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ReviewSuggestion_response_feature", "_UI_ReviewSuggestion_type"),
				 GuidancePackage.Literals.REVIEW_SUGGESTION__RESPONSE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ReviewSuggestion.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ReviewSuggestion"));
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
		String label = ((ReviewSuggestion)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_ReviewSuggestion_type") :
			getString("_UI_ReviewSuggestion_type") + " " + label;
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

		switch (notification.getFeatureID(ReviewSuggestion.class)) {
			case GuidancePackage.REVIEW_SUGGESTION__ITEM:
			case GuidancePackage.REVIEW_SUGGESTION__BEFORE:
			case GuidancePackage.REVIEW_SUGGESTION__DELETED:
			case GuidancePackage.REVIEW_SUGGESTION__INSERTED:
			case GuidancePackage.REVIEW_SUGGESTION__AFTER:
			case GuidancePackage.REVIEW_SUGGESTION__REVIEWER_ROLE:
			case GuidancePackage.REVIEW_SUGGESTION__RAISED:
			case GuidancePackage.REVIEW_SUGGESTION__STATUS:
			case GuidancePackage.REVIEW_SUGGESTION__DECIDED:
			case GuidancePackage.REVIEW_SUGGESTION__RESPONSE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
