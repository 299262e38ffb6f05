/**
 */
package org.bridgework.model.provider;


import java.util.Collection;
import java.util.List;

import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.bridgework.model.GuidanceProject} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GuidanceProjectItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuidanceProjectItemProvider(AdapterFactory adapterFactory) {
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

			addFormatVersionPropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addPurposePropertyDescriptor(object);
			addDuplicatesMergedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GuidanceProject_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GuidanceProject_formatVersion_feature", "_UI_GuidanceProject_type"),
				 GuidancePackage.Literals.GUIDANCE_PROJECT__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
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
				 getString("_UI_GuidanceProject_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GuidanceProject_title_feature", "_UI_GuidanceProject_type"),
				 GuidancePackage.Literals.GUIDANCE_PROJECT__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Purpose feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPurposePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GuidanceProject_purpose_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GuidanceProject_purpose_feature", "_UI_GuidanceProject_type"),
				 GuidancePackage.Literals.GUIDANCE_PROJECT__PURPOSE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Duplicates Merged feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDuplicatesMergedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_GuidanceProject_duplicatesMerged_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_GuidanceProject_duplicatesMerged_feature", "_UI_GuidanceProject_type"),
				 GuidancePackage.Literals.GUIDANCE_PROJECT__DUPLICATES_MERGED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
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
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__SCOPE);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__AUDIENCES);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__MILESTONES);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__ORGANISATIONS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__MEMBERS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__CHALLENGES);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__SOLUTIONS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__SOURCES);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__CRITERIA);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__CONSENSUS_SETTINGS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__ROUNDS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__CASE_STUDIES);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__DOCUMENT);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__TERMS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__REVIEW_COMMENTS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__ADAPTATIONS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__MERGE_CONFLICTS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__APPROVALS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__DECISIONS);
			childrenFeatures.add(GuidancePackage.Literals.GUIDANCE_PROJECT__PUBLICATION);
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
	 * This returns GuidanceProject.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GuidanceProject"));
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
		String label = ((GuidanceProject)object).getLabel();
		return label == null || label.length() == 0 ?
			getString("_UI_GuidanceProject_type") :
			getString("_UI_GuidanceProject_type") + " " + label;
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

		switch (notification.getFeatureID(GuidanceProject.class)) {
			case GuidancePackage.GUIDANCE_PROJECT__FORMAT_VERSION:
			case GuidancePackage.GUIDANCE_PROJECT__TITLE:
			case GuidancePackage.GUIDANCE_PROJECT__PURPOSE:
			case GuidancePackage.GUIDANCE_PROJECT__DUPLICATES_MERGED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case GuidancePackage.GUIDANCE_PROJECT__SCOPE:
			case GuidancePackage.GUIDANCE_PROJECT__AUDIENCES:
			case GuidancePackage.GUIDANCE_PROJECT__MILESTONES:
			case GuidancePackage.GUIDANCE_PROJECT__ORGANISATIONS:
			case GuidancePackage.GUIDANCE_PROJECT__MEMBERS:
			case GuidancePackage.GUIDANCE_PROJECT__CHALLENGES:
			case GuidancePackage.GUIDANCE_PROJECT__SOLUTIONS:
			case GuidancePackage.GUIDANCE_PROJECT__SOURCES:
			case GuidancePackage.GUIDANCE_PROJECT__CRITERIA:
			case GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS:
			case GuidancePackage.GUIDANCE_PROJECT__ROUNDS:
			case GuidancePackage.GUIDANCE_PROJECT__CASE_STUDIES:
			case GuidancePackage.GUIDANCE_PROJECT__DOCUMENT:
			case GuidancePackage.GUIDANCE_PROJECT__TERMS:
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_COMMENTS:
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS:
			case GuidancePackage.GUIDANCE_PROJECT__ADAPTATIONS:
			case GuidancePackage.GUIDANCE_PROJECT__MERGE_CONFLICTS:
			case GuidancePackage.GUIDANCE_PROJECT__APPROVALS:
			case GuidancePackage.GUIDANCE_PROJECT__DECISIONS:
			case GuidancePackage.GUIDANCE_PROJECT__PUBLICATION:
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
				(GuidancePackage.Literals.GUIDANCE_PROJECT__SCOPE,
				 GuidanceFactory.eINSTANCE.createScope()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__AUDIENCES,
				 GuidanceFactory.eINSTANCE.createAudience()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__MILESTONES,
				 GuidanceFactory.eINSTANCE.createMilestone()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__ORGANISATIONS,
				 GuidanceFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__MEMBERS,
				 GuidanceFactory.eINSTANCE.createMember()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__CHALLENGES,
				 GuidanceFactory.eINSTANCE.createChallenge()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__SOLUTIONS,
				 GuidanceFactory.eINSTANCE.createSolution()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__SOURCES,
				 GuidanceFactory.eINSTANCE.createSource()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__CRITERIA,
				 GuidanceFactory.eINSTANCE.createCriterion()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__CONSENSUS_SETTINGS,
				 GuidanceFactory.eINSTANCE.createConsensusSettings()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__ROUNDS,
				 GuidanceFactory.eINSTANCE.createConsensusRound()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__CASE_STUDIES,
				 GuidanceFactory.eINSTANCE.createCaseStudy()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__DOCUMENT,
				 GuidanceFactory.eINSTANCE.createGuidanceDocument()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__TERMS,
				 GuidanceFactory.eINSTANCE.createTerm()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__REVIEW_COMMENTS,
				 GuidanceFactory.eINSTANCE.createReviewComment()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS,
				 GuidanceFactory.eINSTANCE.createReviewSuggestion()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__ADAPTATIONS,
				 GuidanceFactory.eINSTANCE.createAdaptation()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__MERGE_CONFLICTS,
				 GuidanceFactory.eINSTANCE.createMergeConflict()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__APPROVALS,
				 GuidanceFactory.eINSTANCE.createApproval()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__DECISIONS,
				 GuidanceFactory.eINSTANCE.createDecision()));

		newChildDescriptors.add
			(createChildParameter
				(GuidancePackage.Literals.GUIDANCE_PROJECT__PUBLICATION,
				 GuidanceFactory.eINSTANCE.createPublication()));
	}

}
