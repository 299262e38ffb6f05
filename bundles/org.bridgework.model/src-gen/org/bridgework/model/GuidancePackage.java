/**
 */
package org.bridgework.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Bridgework guidance model: scope, literature, criteria and consensus, case studies, the document, glossary, reviews and local adaptations. Derived values are computed by org.bridgework.model.derive.Derived and never stored.
 * <!-- end-model-doc -->
 * @see org.bridgework.model.GuidanceFactory
 * @model kind="package"
 * @generated
 */
public interface GuidancePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://bridgework.org/model/guidance/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "guidance";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GuidancePackage eINSTANCE = org.bridgework.model.impl.GuidancePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.IdentifiedImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.GuidanceProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.GuidanceProjectImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getGuidanceProject()
	 * @generated
	 */
	int GUIDANCE_PROJECT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__FORMAT_VERSION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__PURPOSE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__SCOPE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Audiences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__AUDIENCES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__MILESTONES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__ORGANISATIONS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__MEMBERS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Challenges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__CHALLENGES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Solutions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__SOLUTIONS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__SOURCES = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Duplicates Merged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__DUPLICATES_MERGED = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__CRITERIA = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Consensus Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__CONSENSUS_SETTINGS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Rounds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__ROUNDS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Case Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__CASE_STUDIES = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Document</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__DOCUMENT = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__TERMS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Review Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__REVIEW_COMMENTS = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Review Suggestions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__REVIEW_SUGGESTIONS = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Adaptations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__ADAPTATIONS = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Merge Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__MERGE_CONFLICTS = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Approvals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__APPROVALS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__DECISIONS = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Publication</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT__PUBLICATION = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 25;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_PROJECT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ScopeImpl <em>Scope</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ScopeImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getScope()
	 * @generated
	 */
	int SCOPE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__SUMMARY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__ITEMS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Agreed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__AGREED_BY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Agreed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__AGREED_ON = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ScopeItemImpl <em>Scope Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ScopeItemImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getScopeItem()
	 * @generated
	 */
	int SCOPE_ITEM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_ITEM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_ITEM__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_ITEM__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_ITEM__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>In Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_ITEM__IN_SCOPE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Scope Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_ITEM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Scope Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_ITEM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.AudienceImpl <em>Audience</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.AudienceImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getAudience()
	 * @generated
	 */
	int AUDIENCE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__SECTOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Audience</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Audience</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.MilestoneImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Recipients</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__RECIPIENTS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.OrganisationImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Short Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__SHORT_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__REGION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Website</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__WEBSITE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Hep Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__HEP_PROFILE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.HepProfileImpl <em>Hep Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.HepProfileImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getHepProfile()
	 * @generated
	 */
	int HEP_PROFILE = 7;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEP_PROFILE__SIZE = 0;

	/**
	 * The feature id for the '<em><b>Specialist</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEP_PROFILE__SPECIALIST = 1;

	/**
	 * The feature id for the '<em><b>Specialism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEP_PROFILE__SPECIALISM = 2;

	/**
	 * The feature id for the '<em><b>Further Education College</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEP_PROFILE__FURTHER_EDUCATION_COLLEGE = 3;

	/**
	 * The number of structural features of the '<em>Hep Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEP_PROFILE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Hep Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEP_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.MemberImpl <em>Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.MemberImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getMember()
	 * @generated
	 */
	int MEMBER = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__ROLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__ORGANISATION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stakeholder Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__STAKEHOLDER_GROUP = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ChallengeImpl <em>Challenge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ChallengeImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getChallenge()
	 * @generated
	 */
	int CHALLENGE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__CATEGORY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evidence Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__EVIDENCE_GAP = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__CONFIDENCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cell Confidences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__CELL_CONFIDENCES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Challenge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Challenge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.SolutionImpl <em>Solution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.SolutionImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getSolution()
	 * @generated
	 */
	int SOLUTION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__ADDRESSES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evidenced By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__EVIDENCED_BY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Exemplified By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION__EXEMPLIFIED_BY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Solution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Solution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOLUTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.SourceImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TYPE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Citation Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CITATION_KEY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUTHORS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Editors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__EDITORS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Container Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CONTAINER_TITLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Issued Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ISSUED_YEAR = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Issued Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ISSUED_MONTH = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Issued Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ISSUED_DAY = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHER = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Publisher Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHER_PLACE = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DOI = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Isbn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ISBN = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Abstract Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ABSTRACT_TEXT = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__KEYWORDS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NOTE = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Appraisal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__APPRAISAL = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Screening</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SCREENING = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Screening Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SCREENING_REASON = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__VOLUME = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Issue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ISSUE = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PAGES = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Accessed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ACCESSED = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Collection Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__COLLECTION_TITLE = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Extracts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__EXTRACTS = IDENTIFIED_FEATURE_COUNT + 25;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 26;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.PersonImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 12;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__FAMILY = 0;

	/**
	 * The feature id for the '<em><b>Given</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__GIVEN = 1;

	/**
	 * The feature id for the '<em><b>Literal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LITERAL = 2;

	/**
	 * The feature id for the '<em><b>Non Dropping Particle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NON_DROPPING_PARTICLE = 3;

	/**
	 * The feature id for the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__SUFFIX = 4;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ExtractImpl <em>Extract</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ExtractImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getExtract()
	 * @generated
	 */
	int EXTRACT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Source</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__SOURCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__TEXT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Locator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__LOCATOR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__NOTE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Appraisal</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__APPRAISAL = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Challenges</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__CHALLENGES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Scope Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__SCOPE_ITEMS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__CRITERIA = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT__SECTIONS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Extract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Extract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.CriterionImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__STATEMENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__RATIONALE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__EVIDENCE_EXPECTED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__MANDATORY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Wording History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__WORDING_HISTORY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Consensus Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__CONSENSUS_STATUS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.WordingChangeImpl <em>Wording Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.WordingChangeImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getWordingChange()
	 * @generated
	 */
	int WORDING_CHANGE = 15;

	/**
	 * The feature id for the '<em><b>Round</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING_CHANGE__ROUND = 0;

	/**
	 * The feature id for the '<em><b>Previous Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING_CHANGE__PREVIOUS_STATEMENT = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING_CHANGE__REASON = 2;

	/**
	 * The number of structural features of the '<em>Wording Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING_CHANGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Wording Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ConsensusSettingsImpl <em>Consensus Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ConsensusSettingsImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getConsensusSettings()
	 * @generated
	 */
	int CONSENSUS_SETTINGS = 16;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_SETTINGS__SCALE = 0;

	/**
	 * The feature id for the '<em><b>Include Threshold Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_SETTINGS__INCLUDE_THRESHOLD_PERCENT = 1;

	/**
	 * The feature id for the '<em><b>Exclude Opposite Threshold Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_SETTINGS__EXCLUDE_OPPOSITE_THRESHOLD_PERCENT = 2;

	/**
	 * The feature id for the '<em><b>Agreement In Every Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_SETTINGS__AGREEMENT_IN_EVERY_GROUP = 3;

	/**
	 * The number of structural features of the '<em>Consensus Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_SETTINGS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Consensus Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ConsensusRoundImpl <em>Consensus Round</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ConsensusRoundImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getConsensusRound()
	 * @generated
	 */
	int CONSENSUS_ROUND = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Opened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND__OPENED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND__CLOSED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND__CRITERIA = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Panel</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND__PANEL = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ratings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND__RATINGS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Consensus Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Consensus Status</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND___CONSENSUS_STATUS__CRITERION = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Rater Count</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND___RATER_COUNT__CRITERION = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Agreement Percent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND___AGREEMENT_PERCENT__CRITERION = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Consensus Round</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_ROUND_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.RatingImpl <em>Rating</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.RatingImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getRating()
	 * @generated
	 */
	int RATING = 18;

	/**
	 * The feature id for the '<em><b>Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__MEMBER = 0;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__CRITERION = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__SCORE = 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING__COMMENT = 3;

	/**
	 * The number of structural features of the '<em>Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Rating</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.CaseStudyImpl <em>Case Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.CaseStudyImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getCaseStudy()
	 * @generated
	 */
	int CASE_STUDY = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__PARTNERS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Service Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__SERVICE_MODEL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__REGION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Contexts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__CONTEXTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Population Served</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__POPULATION_SERVED = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Referral Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__REFERRAL_ROUTE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Funding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__FUNDING = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Staffing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__STAFFING = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Collection Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__COLLECTION_STATUS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Status History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__STATUS_HISTORY = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Benefits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__BENEFITS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__OUTCOMES = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Challenges Addressed</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__CHALLENGES_ADDRESSED = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__CONTACTS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__SOURCES = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__ASSESSMENTS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Consent To Publish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__CONSENT_TO_PUBLISH = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Model Of Good Practice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY__MODEL_OF_GOOD_PRACTICE = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Case Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Case Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.StatusChangeImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getStatusChange()
	 * @generated
	 */
	int STATUS_CHANGE = 20;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__DATE = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.BenefitImpl <em>Benefit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.BenefitImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getBenefit()
	 * @generated
	 */
	int BENEFIT = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Beneficiary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__BENEFICIARY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Evidence Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__EVIDENCE_TYPE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evidence Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT__EVIDENCE_STRENGTH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Benefit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Benefit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.OutcomeImpl <em>Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.OutcomeImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__MEASURE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__PERIOD = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__SOURCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__SOURCE_NOTE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ContactRoleImpl <em>Contact Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ContactRoleImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getContactRole()
	 * @generated
	 */
	int CONTACT_ROLE = 23;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_ROLE__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_ROLE__ORGANISATION = 1;

	/**
	 * The number of structural features of the '<em>Contact Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_ROLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Contact Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.AssessmentImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Case Study</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CASE_STUDY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CRITERION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RESULT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RATIONALE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence Extracts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__EVIDENCE_EXTRACTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Evidence Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__EVIDENCE_OUTCOMES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.GuidanceDocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.GuidanceDocumentImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getGuidanceDocument()
	 * @generated
	 */
	int GUIDANCE_DOCUMENT = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subtitle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__SUBTITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Length Target Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__LENGTH_TARGET_WORDS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Citation Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__CITATION_STYLE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Locale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__LOCALE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__SECTIONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT__WORD_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUIDANCE_DOCUMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.SectionImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__HEADING = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Word Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__WORD_BUDGET = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Audience Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__AUDIENCE_NOTES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__KIND = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Blocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__BLOCKS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__SECTIONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__WORD_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.BlockImpl <em>Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.BlockImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getBlock()
	 * @generated
	 */
	int BLOCK = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__EVIDENCE_LINKS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__WORD_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ParagraphImpl <em>Paragraph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ParagraphImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getParagraph()
	 * @generated
	 */
	int PARAGRAPH = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__LABEL = BLOCK__LABEL;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__EVIDENCE_LINKS = BLOCK__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__WORD_COUNT = BLOCK__WORD_COUNT;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__TEXT = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ListBlockImpl <em>List Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ListBlockImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getListBlock()
	 * @generated
	 */
	int LIST_BLOCK = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_BLOCK__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_BLOCK__LABEL = BLOCK__LABEL;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_BLOCK__EVIDENCE_LINKS = BLOCK__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_BLOCK__WORD_COUNT = BLOCK__WORD_COUNT;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_BLOCK__ITEMS = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ordered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_BLOCK__ORDERED = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>List Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_BLOCK_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>List Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIST_BLOCK_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.CalloutImpl <em>Callout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.CalloutImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getCallout()
	 * @generated
	 */
	int CALLOUT = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__LABEL = BLOCK__LABEL;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__EVIDENCE_LINKS = BLOCK__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__WORD_COUNT = BLOCK__WORD_COUNT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__KIND = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__TITLE = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT__TEXT = BLOCK_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Callout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Callout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALLOUT_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.CaseStudyEmbedImpl <em>Case Study Embed</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.CaseStudyEmbedImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getCaseStudyEmbed()
	 * @generated
	 */
	int CASE_STUDY_EMBED = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_EMBED__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_EMBED__LABEL = BLOCK__LABEL;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_EMBED__EVIDENCE_LINKS = BLOCK__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_EMBED__WORD_COUNT = BLOCK__WORD_COUNT;

	/**
	 * The feature id for the '<em><b>Case Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_EMBED__CASE_STUDY = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Case Study Embed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_EMBED_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Case Study Embed</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_STUDY_EMBED_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ChallengeTableImpl <em>Challenge Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ChallengeTableImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getChallengeTable()
	 * @generated
	 */
	int CHALLENGE_TABLE = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_TABLE__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_TABLE__LABEL = BLOCK__LABEL;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_TABLE__EVIDENCE_LINKS = BLOCK__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_TABLE__WORD_COUNT = BLOCK__WORD_COUNT;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_TABLE__CAPTION = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Challenges</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_TABLE__CHALLENGES = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Challenge Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_TABLE_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Challenge Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_TABLE_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ChecklistImpl <em>Checklist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ChecklistImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getChecklist()
	 * @generated
	 */
	int CHECKLIST = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__LABEL = BLOCK__LABEL;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__EVIDENCE_LINKS = BLOCK__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__WORD_COUNT = BLOCK__WORD_COUNT;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__TITLE = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__ITEMS = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ChecklistItemImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getChecklistItem()
	 * @generated
	 */
	int CHECKLIST_ITEM = 34;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__TEXT = 0;

	/**
	 * The number of structural features of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Checklist Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ExtractQuoteImpl <em>Extract Quote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ExtractQuoteImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getExtractQuote()
	 * @generated
	 */
	int EXTRACT_QUOTE = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT_QUOTE__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT_QUOTE__LABEL = BLOCK__LABEL;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT_QUOTE__EVIDENCE_LINKS = BLOCK__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT_QUOTE__WORD_COUNT = BLOCK__WORD_COUNT;

	/**
	 * The feature id for the '<em><b>Extract</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT_QUOTE__EXTRACT = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Extract Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT_QUOTE_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Extract Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTRACT_QUOTE_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ImageImpl <em>Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ImageImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getImage()
	 * @generated
	 */
	int IMAGE = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__LABEL = BLOCK__LABEL;

	/**
	 * The feature id for the '<em><b>Evidence Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__EVIDENCE_LINKS = BLOCK__EVIDENCE_LINKS;

	/**
	 * The feature id for the '<em><b>Word Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__WORD_COUNT = BLOCK__WORD_COUNT;

	/**
	 * The feature id for the '<em><b>Alt Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__ALT_TEXT = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__PATH = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__DATA = BLOCK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE__CAPTION = BLOCK_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.PublicationImpl <em>Publication</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.PublicationImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getPublication()
	 * @generated
	 */
	int PUBLICATION = 37;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION__STATUS = 0;

	/**
	 * The feature id for the '<em><b>Status Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION__STATUS_LABEL = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION__PUBLICATION_DATE = 3;

	/**
	 * The feature id for the '<em><b>Reader Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION__READER_SUMMARY = 4;

	/**
	 * The feature id for the '<em><b>Tool Colophon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION__TOOL_COLOPHON = 5;

	/**
	 * The feature id for the '<em><b>Release Milestone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION__RELEASE_MILESTONE = 6;

	/**
	 * The feature id for the '<em><b>Issuers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION__ISSUERS = 7;

	/**
	 * The number of structural features of the '<em>Publication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Publication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.IssuerImpl <em>Issuer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.IssuerImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getIssuer()
	 * @generated
	 */
	int ISSUER = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__ORGANISATION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__CONFIRMED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Logo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__LOGO_PATH = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Logo Alt Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER__LOGO_ALT_TEXT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Issuer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Issuer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.EvidenceLinkImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceLink()
	 * @generated
	 */
	int EVIDENCE_LINK = 39;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__EVIDENCE = 0;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__FIELD = 1;

	/**
	 * The feature id for the '<em><b>Sentence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__SENTENCE = 2;

	/**
	 * The feature id for the '<em><b>Evidence Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__EVIDENCE_ID = 3;

	/**
	 * The feature id for the '<em><b>Confirmed State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__CONFIRMED_STATE = 4;

	/**
	 * The feature id for the '<em><b>Confirmed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__CONFIRMED_AT = 5;

	/**
	 * The feature id for the '<em><b>Confirmed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__CONFIRMED_BY = 6;

	/**
	 * The number of structural features of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.TermImpl <em>Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.TermImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getTerm()
	 * @generated
	 */
	int TERM = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__TERM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expansion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__EXPANSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__DEFINITION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__SECTOR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Well Known</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__WELL_KNOWN = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Plain Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__PLAIN_WORDING = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Source Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__SOURCE_URL = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Disabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__DISABLED = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ReviewCommentImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getReviewComment()
	 * @generated
	 */
	int REVIEW_COMMENT = 41;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__TARGET = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reviewer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__REVIEWER_ROLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reviewer Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__REVIEWER_ORGANISATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Milestone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__MILESTONE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__RAISED = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__TEXT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__RESPONSE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Quoted Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__QUOTED_TEXT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__THEME = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ReviewSuggestionImpl <em>Review Suggestion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ReviewSuggestionImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getReviewSuggestion()
	 * @generated
	 */
	int REVIEW_SUGGESTION = 42;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__TARGET = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__ITEM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__BEFORE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deleted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__DELETED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Inserted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__INSERTED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__AFTER = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reviewer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__REVIEWER_ROLE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reviewer Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__REVIEWER_ORGANISATION = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Milestone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__MILESTONE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__RAISED = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__STATUS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Decided</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__DECIDED = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION__RESPONSE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Review Suggestion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Review Suggestion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_SUGGESTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.RecipientImpl <em>Recipient</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.RecipientImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getRecipient()
	 * @generated
	 */
	int RECIPIENT = 43;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPIENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPIENT__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPIENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPIENT__ORGANISATION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPIENT__SENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Returned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPIENT__RETURNED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPIENT__NOTE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Recipient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPIENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Recipient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECIPIENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.AdaptationImpl <em>Adaptation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.AdaptationImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getAdaptation()
	 * @generated
	 */
	int ADAPTATION = 44;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Context Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__CONTEXT_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__TARGET = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__TEXT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Find Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION__FIND_TEXT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Adaptation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Adaptation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADAPTATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.MergeConflictImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getMergeConflict()
	 * @generated
	 */
	int MERGE_CONFLICT = 45;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__ELEMENT_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Element Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__ELEMENT_LABEL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__FEATURE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Base Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__BASE_VALUE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ours Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__OURS_VALUE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Theirs Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__THEIRS_VALUE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Ours Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__OURS_LABEL = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Theirs Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__THEIRS_LABEL = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Merge Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Merge Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.ApprovalImpl <em>Approval</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.ApprovalImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getApproval()
	 * @generated
	 */
	int APPROVAL = 46;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Milestone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__MILESTONE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__ROLE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__ORGANISATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__NOTE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Commit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__COMMIT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Approved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__APPROVED_AT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__TAG = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Superseded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__SUPERSEDED_BY = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.DecisionImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 47;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__LABEL = IDENTIFIED__LABEL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__RATIONALE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DECIDED_BY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__DECIDED_ON = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__ELEMENTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__COMMENTS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.EvidenceConfidenceImpl <em>Evidence Confidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.EvidenceConfidenceImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceConfidence()
	 * @generated
	 */
	int EVIDENCE_CONFIDENCE = 48;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CONFIDENCE__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Methodological Limitations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CONFIDENCE__METHODOLOGICAL_LIMITATIONS = 1;

	/**
	 * The feature id for the '<em><b>Coherence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CONFIDENCE__COHERENCE = 2;

	/**
	 * The feature id for the '<em><b>Adequacy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CONFIDENCE__ADEQUACY = 3;

	/**
	 * The feature id for the '<em><b>Relevance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CONFIDENCE__RELEVANCE = 4;

	/**
	 * The feature id for the '<em><b>Reasons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CONFIDENCE__REASONS = 5;

	/**
	 * The number of structural features of the '<em>Evidence Confidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CONFIDENCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Evidence Confidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CONFIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.CellConfidenceImpl <em>Cell Confidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.CellConfidenceImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getCellConfidence()
	 * @generated
	 */
	int CELL_CONFIDENCE = 49;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CONFIDENCE__LEVEL = EVIDENCE_CONFIDENCE__LEVEL;

	/**
	 * The feature id for the '<em><b>Methodological Limitations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CONFIDENCE__METHODOLOGICAL_LIMITATIONS = EVIDENCE_CONFIDENCE__METHODOLOGICAL_LIMITATIONS;

	/**
	 * The feature id for the '<em><b>Coherence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CONFIDENCE__COHERENCE = EVIDENCE_CONFIDENCE__COHERENCE;

	/**
	 * The feature id for the '<em><b>Adequacy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CONFIDENCE__ADEQUACY = EVIDENCE_CONFIDENCE__ADEQUACY;

	/**
	 * The feature id for the '<em><b>Relevance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CONFIDENCE__RELEVANCE = EVIDENCE_CONFIDENCE__RELEVANCE;

	/**
	 * The feature id for the '<em><b>Reasons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CONFIDENCE__REASONS = EVIDENCE_CONFIDENCE__REASONS;

	/**
	 * The feature id for the '<em><b>Evidence Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CONFIDENCE__EVIDENCE_KIND = EVIDENCE_CONFIDENCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cell Confidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CONFIDENCE_FEATURE_COUNT = EVIDENCE_CONFIDENCE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cell Confidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_CONFIDENCE_OPERATION_COUNT = EVIDENCE_CONFIDENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.impl.AppraisalImpl <em>Appraisal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.impl.AppraisalImpl
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getAppraisal()
	 * @generated
	 */
	int APPRAISAL = 50;

	/**
	 * The feature id for the '<em><b>Design</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__DESIGN = 0;

	/**
	 * The feature id for the '<em><b>Design Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__DESIGN_NOTE = 1;

	/**
	 * The feature id for the '<em><b>Relevance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__RELEVANCE = 2;

	/**
	 * The feature id for the '<em><b>Relevance Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__RELEVANCE_NOTE = 3;

	/**
	 * The feature id for the '<em><b>Limitations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__LIMITATIONS = 4;

	/**
	 * The feature id for the '<em><b>Limitations Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__LIMITATIONS_NOTE = 5;

	/**
	 * The feature id for the '<em><b>Adequacy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__ADEQUACY = 6;

	/**
	 * The feature id for the '<em><b>Adequacy Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__ADEQUACY_NOTE = 7;

	/**
	 * The number of structural features of the '<em>Appraisal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Appraisal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bridgework.model.PublicationStatus <em>Publication Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.PublicationStatus
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getPublicationStatus()
	 * @generated
	 */
	int PUBLICATION_STATUS = 51;

	/**
	 * The meta object id for the '{@link org.bridgework.model.SectionKind <em>Section Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.SectionKind
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getSectionKind()
	 * @generated
	 */
	int SECTION_KIND = 52;

	/**
	 * The meta object id for the '{@link org.bridgework.model.MergeConflictKind <em>Merge Conflict Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.MergeConflictKind
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getMergeConflictKind()
	 * @generated
	 */
	int MERGE_CONFLICT_KIND = 53;

	/**
	 * The meta object id for the '{@link org.bridgework.model.Sector <em>Sector</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.Sector
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getSector()
	 * @generated
	 */
	int SECTOR = 54;

	/**
	 * The meta object id for the '{@link org.bridgework.model.MilestoneKind <em>Milestone Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.MilestoneKind
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getMilestoneKind()
	 * @generated
	 */
	int MILESTONE_KIND = 55;

	/**
	 * The meta object id for the '{@link org.bridgework.model.MilestoneStatus <em>Milestone Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.MilestoneStatus
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getMilestoneStatus()
	 * @generated
	 */
	int MILESTONE_STATUS = 56;

	/**
	 * The meta object id for the '{@link org.bridgework.model.OrganisationKind <em>Organisation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.OrganisationKind
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getOrganisationKind()
	 * @generated
	 */
	int ORGANISATION_KIND = 57;

	/**
	 * The meta object id for the '{@link org.bridgework.model.HepSize <em>Hep Size</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.HepSize
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getHepSize()
	 * @generated
	 */
	int HEP_SIZE = 58;

	/**
	 * The meta object id for the '{@link org.bridgework.model.SourceType <em>Source Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.SourceType
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getSourceType()
	 * @generated
	 */
	int SOURCE_TYPE = 59;

	/**
	 * The meta object id for the '{@link org.bridgework.model.ExtractKind <em>Extract Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.ExtractKind
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getExtractKind()
	 * @generated
	 */
	int EXTRACT_KIND = 60;

	/**
	 * The meta object id for the '{@link org.bridgework.model.ConsensusScale <em>Consensus Scale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.ConsensusScale
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getConsensusScale()
	 * @generated
	 */
	int CONSENSUS_SCALE = 61;

	/**
	 * The meta object id for the '{@link org.bridgework.model.ConsensusStatus <em>Consensus Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.ConsensusStatus
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getConsensusStatus()
	 * @generated
	 */
	int CONSENSUS_STATUS = 62;

	/**
	 * The meta object id for the '{@link org.bridgework.model.ServiceModel <em>Service Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.ServiceModel
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getServiceModel()
	 * @generated
	 */
	int SERVICE_MODEL = 63;

	/**
	 * The meta object id for the '{@link org.bridgework.model.PartnershipContext <em>Partnership Context</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.PartnershipContext
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getPartnershipContext()
	 * @generated
	 */
	int PARTNERSHIP_CONTEXT = 64;

	/**
	 * The meta object id for the '{@link org.bridgework.model.CollectionStatus <em>Collection Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.CollectionStatus
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getCollectionStatus()
	 * @generated
	 */
	int COLLECTION_STATUS = 65;

	/**
	 * The meta object id for the '{@link org.bridgework.model.Beneficiary <em>Beneficiary</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.Beneficiary
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getBeneficiary()
	 * @generated
	 */
	int BENEFICIARY = 66;

	/**
	 * The meta object id for the '{@link org.bridgework.model.EvidenceType <em>Evidence Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.EvidenceType
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceType()
	 * @generated
	 */
	int EVIDENCE_TYPE = 67;

	/**
	 * The meta object id for the '{@link org.bridgework.model.EvidenceStrength <em>Evidence Strength</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.EvidenceStrength
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceStrength()
	 * @generated
	 */
	int EVIDENCE_STRENGTH = 68;

	/**
	 * The meta object id for the '{@link org.bridgework.model.AssessmentResult <em>Assessment Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.AssessmentResult
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getAssessmentResult()
	 * @generated
	 */
	int ASSESSMENT_RESULT = 69;

	/**
	 * The meta object id for the '{@link org.bridgework.model.CalloutKind <em>Callout Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.CalloutKind
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getCalloutKind()
	 * @generated
	 */
	int CALLOUT_KIND = 70;

	/**
	 * The meta object id for the '{@link org.bridgework.model.ReviewStatus <em>Review Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.ReviewStatus
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getReviewStatus()
	 * @generated
	 */
	int REVIEW_STATUS = 71;

	/**
	 * The meta object id for the '{@link org.bridgework.model.AdaptationKind <em>Adaptation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.AdaptationKind
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getAdaptationKind()
	 * @generated
	 */
	int ADAPTATION_KIND = 72;

	/**
	 * The meta object id for the '{@link org.bridgework.model.StakeholderGroup <em>Stakeholder Group</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.StakeholderGroup
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getStakeholderGroup()
	 * @generated
	 */
	int STAKEHOLDER_GROUP = 73;

	/**
	 * The meta object id for the '{@link org.bridgework.model.StudyDesign <em>Study Design</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.StudyDesign
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getStudyDesign()
	 * @generated
	 */
	int STUDY_DESIGN = 74;

	/**
	 * The meta object id for the '{@link org.bridgework.model.ScreeningDecision <em>Screening Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.ScreeningDecision
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getScreeningDecision()
	 * @generated
	 */
	int SCREENING_DECISION = 75;

	/**
	 * The meta object id for the '{@link org.bridgework.model.EvidenceConfidenceLevel <em>Evidence Confidence Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.EvidenceConfidenceLevel
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceConfidenceLevel()
	 * @generated
	 */
	int EVIDENCE_CONFIDENCE_LEVEL = 76;

	/**
	 * The meta object id for the '{@link org.bridgework.model.CerqualConcern <em>Cerqual Concern</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bridgework.model.CerqualConcern
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getCerqualConcern()
	 * @generated
	 */
	int CERQUAL_CONCERN = 77;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.bridgework.model.impl.GuidancePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 78;


	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.bridgework.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.bridgework.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Identified#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.bridgework.model.Identified#getLabel()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Label();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.GuidanceProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.bridgework.model.GuidanceProject
	 * @generated
	 */
	EClass getGuidanceProject();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceProject#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.bridgework.model.GuidanceProject#getFormatVersion()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EAttribute getGuidanceProject_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceProject#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.GuidanceProject#getTitle()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EAttribute getGuidanceProject_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceProject#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.bridgework.model.GuidanceProject#getPurpose()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EAttribute getGuidanceProject_Purpose();

	/**
	 * Returns the meta object for the containment reference '{@link org.bridgework.model.GuidanceProject#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scope</em>'.
	 * @see org.bridgework.model.GuidanceProject#getScope()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Scope();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getAudiences <em>Audiences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audiences</em>'.
	 * @see org.bridgework.model.GuidanceProject#getAudiences()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Audiences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.bridgework.model.GuidanceProject#getMilestones()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Milestones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see org.bridgework.model.GuidanceProject#getOrganisations()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Organisations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.bridgework.model.GuidanceProject#getMembers()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getChallenges <em>Challenges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Challenges</em>'.
	 * @see org.bridgework.model.GuidanceProject#getChallenges()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Challenges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getSolutions <em>Solutions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Solutions</em>'.
	 * @see org.bridgework.model.GuidanceProject#getSolutions()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Solutions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.bridgework.model.GuidanceProject#getSources()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Sources();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceProject#getDuplicatesMerged <em>Duplicates Merged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duplicates Merged</em>'.
	 * @see org.bridgework.model.GuidanceProject#getDuplicatesMerged()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EAttribute getGuidanceProject_DuplicatesMerged();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.bridgework.model.GuidanceProject#getCriteria()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Criteria();

	/**
	 * Returns the meta object for the containment reference '{@link org.bridgework.model.GuidanceProject#getConsensusSettings <em>Consensus Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Consensus Settings</em>'.
	 * @see org.bridgework.model.GuidanceProject#getConsensusSettings()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_ConsensusSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getRounds <em>Rounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rounds</em>'.
	 * @see org.bridgework.model.GuidanceProject#getRounds()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Rounds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getCaseStudies <em>Case Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Case Studies</em>'.
	 * @see org.bridgework.model.GuidanceProject#getCaseStudies()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_CaseStudies();

	/**
	 * Returns the meta object for the containment reference '{@link org.bridgework.model.GuidanceProject#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Document</em>'.
	 * @see org.bridgework.model.GuidanceProject#getDocument()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Document();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terms</em>'.
	 * @see org.bridgework.model.GuidanceProject#getTerms()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Terms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getReviewComments <em>Review Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review Comments</em>'.
	 * @see org.bridgework.model.GuidanceProject#getReviewComments()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_ReviewComments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getReviewSuggestions <em>Review Suggestions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review Suggestions</em>'.
	 * @see org.bridgework.model.GuidanceProject#getReviewSuggestions()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_ReviewSuggestions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getAdaptations <em>Adaptations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adaptations</em>'.
	 * @see org.bridgework.model.GuidanceProject#getAdaptations()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Adaptations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getMergeConflicts <em>Merge Conflicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Merge Conflicts</em>'.
	 * @see org.bridgework.model.GuidanceProject#getMergeConflicts()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_MergeConflicts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getApprovals <em>Approvals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Approvals</em>'.
	 * @see org.bridgework.model.GuidanceProject#getApprovals()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Approvals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceProject#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.bridgework.model.GuidanceProject#getDecisions()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Decisions();

	/**
	 * Returns the meta object for the containment reference '{@link org.bridgework.model.GuidanceProject#getPublication <em>Publication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Publication</em>'.
	 * @see org.bridgework.model.GuidanceProject#getPublication()
	 * @see #getGuidanceProject()
	 * @generated
	 */
	EReference getGuidanceProject_Publication();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Scope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scope</em>'.
	 * @see org.bridgework.model.Scope
	 * @generated
	 */
	EClass getScope();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Scope#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.bridgework.model.Scope#getSummary()
	 * @see #getScope()
	 * @generated
	 */
	EAttribute getScope_Summary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Scope#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.bridgework.model.Scope#getItems()
	 * @see #getScope()
	 * @generated
	 */
	EReference getScope_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Scope#getAgreedBy <em>Agreed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreed By</em>'.
	 * @see org.bridgework.model.Scope#getAgreedBy()
	 * @see #getScope()
	 * @generated
	 */
	EAttribute getScope_AgreedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Scope#getAgreedOn <em>Agreed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreed On</em>'.
	 * @see org.bridgework.model.Scope#getAgreedOn()
	 * @see #getScope()
	 * @generated
	 */
	EAttribute getScope_AgreedOn();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ScopeItem <em>Scope Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scope Item</em>'.
	 * @see org.bridgework.model.ScopeItem
	 * @generated
	 */
	EClass getScopeItem();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ScopeItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.ScopeItem#getTitle()
	 * @see #getScopeItem()
	 * @generated
	 */
	EAttribute getScopeItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ScopeItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bridgework.model.ScopeItem#getDescription()
	 * @see #getScopeItem()
	 * @generated
	 */
	EAttribute getScopeItem_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ScopeItem#isInScope <em>In Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Scope</em>'.
	 * @see org.bridgework.model.ScopeItem#isInScope()
	 * @see #getScopeItem()
	 * @generated
	 */
	EAttribute getScopeItem_InScope();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Audience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audience</em>'.
	 * @see org.bridgework.model.Audience
	 * @generated
	 */
	EClass getAudience();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Audience#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.Audience#getTitle()
	 * @see #getAudience()
	 * @generated
	 */
	EAttribute getAudience_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Audience#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.bridgework.model.Audience#getSector()
	 * @see #getAudience()
	 * @generated
	 */
	EAttribute getAudience_Sector();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Audience#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bridgework.model.Audience#getDescription()
	 * @see #getAudience()
	 * @generated
	 */
	EAttribute getAudience_Description();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.bridgework.model.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Milestone#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.Milestone#getTitle()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Milestone#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.bridgework.model.Milestone#getDate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Milestone#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bridgework.model.Milestone#getKind()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Milestone#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bridgework.model.Milestone#getStatus()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Milestone#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bridgework.model.Milestone#getDescription()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Milestone#getRecipients <em>Recipients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recipients</em>'.
	 * @see org.bridgework.model.Milestone#getRecipients()
	 * @see #getMilestone()
	 * @generated
	 */
	EReference getMilestone_Recipients();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see org.bridgework.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Organisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bridgework.model.Organisation#getName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Organisation#getShortName <em>Short Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Name</em>'.
	 * @see org.bridgework.model.Organisation#getShortName()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_ShortName();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Organisation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bridgework.model.Organisation#getKind()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Organisation#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.bridgework.model.Organisation#getRegion()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Organisation#getWebsite <em>Website</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Website</em>'.
	 * @see org.bridgework.model.Organisation#getWebsite()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Website();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Organisation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bridgework.model.Organisation#getDescription()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.bridgework.model.Organisation#getHepProfile <em>Hep Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Hep Profile</em>'.
	 * @see org.bridgework.model.Organisation#getHepProfile()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_HepProfile();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.HepProfile <em>Hep Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hep Profile</em>'.
	 * @see org.bridgework.model.HepProfile
	 * @generated
	 */
	EClass getHepProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.HepProfile#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.bridgework.model.HepProfile#getSize()
	 * @see #getHepProfile()
	 * @generated
	 */
	EAttribute getHepProfile_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.HepProfile#isSpecialist <em>Specialist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specialist</em>'.
	 * @see org.bridgework.model.HepProfile#isSpecialist()
	 * @see #getHepProfile()
	 * @generated
	 */
	EAttribute getHepProfile_Specialist();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.HepProfile#getSpecialism <em>Specialism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specialism</em>'.
	 * @see org.bridgework.model.HepProfile#getSpecialism()
	 * @see #getHepProfile()
	 * @generated
	 */
	EAttribute getHepProfile_Specialism();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.HepProfile#isFurtherEducationCollege <em>Further Education College</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Further Education College</em>'.
	 * @see org.bridgework.model.HepProfile#isFurtherEducationCollege()
	 * @see #getHepProfile()
	 * @generated
	 */
	EAttribute getHepProfile_FurtherEducationCollege();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Member <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member</em>'.
	 * @see org.bridgework.model.Member
	 * @generated
	 */
	EClass getMember();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Member#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.bridgework.model.Member#getRole()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Role();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Member#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.bridgework.model.Member#getOrganisation()
	 * @see #getMember()
	 * @generated
	 */
	EReference getMember_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Member#getStakeholderGroup <em>Stakeholder Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stakeholder Group</em>'.
	 * @see org.bridgework.model.Member#getStakeholderGroup()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_StakeholderGroup();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Challenge <em>Challenge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Challenge</em>'.
	 * @see org.bridgework.model.Challenge
	 * @generated
	 */
	EClass getChallenge();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Challenge#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.Challenge#getTitle()
	 * @see #getChallenge()
	 * @generated
	 */
	EAttribute getChallenge_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Challenge#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bridgework.model.Challenge#getDescription()
	 * @see #getChallenge()
	 * @generated
	 */
	EAttribute getChallenge_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Challenge#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.bridgework.model.Challenge#getCategory()
	 * @see #getChallenge()
	 * @generated
	 */
	EAttribute getChallenge_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Challenge#getEvidenceGap <em>Evidence Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Gap</em>'.
	 * @see org.bridgework.model.Challenge#getEvidenceGap()
	 * @see #getChallenge()
	 * @generated
	 */
	EAttribute getChallenge_EvidenceGap();

	/**
	 * Returns the meta object for the containment reference '{@link org.bridgework.model.Challenge#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Confidence</em>'.
	 * @see org.bridgework.model.Challenge#getConfidence()
	 * @see #getChallenge()
	 * @generated
	 */
	EReference getChallenge_Confidence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Challenge#getCellConfidences <em>Cell Confidences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cell Confidences</em>'.
	 * @see org.bridgework.model.Challenge#getCellConfidences()
	 * @see #getChallenge()
	 * @generated
	 */
	EReference getChallenge_CellConfidences();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Solution <em>Solution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Solution</em>'.
	 * @see org.bridgework.model.Solution
	 * @generated
	 */
	EClass getSolution();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Solution#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.Solution#getTitle()
	 * @see #getSolution()
	 * @generated
	 */
	EAttribute getSolution_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Solution#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bridgework.model.Solution#getDescription()
	 * @see #getSolution()
	 * @generated
	 */
	EAttribute getSolution_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Solution#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addresses</em>'.
	 * @see org.bridgework.model.Solution#getAddresses()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_Addresses();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Solution#getEvidencedBy <em>Evidenced By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidenced By</em>'.
	 * @see org.bridgework.model.Solution#getEvidencedBy()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_EvidencedBy();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Solution#getExemplifiedBy <em>Exemplified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Exemplified By</em>'.
	 * @see org.bridgework.model.Solution#getExemplifiedBy()
	 * @see #getSolution()
	 * @generated
	 */
	EReference getSolution_ExemplifiedBy();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.bridgework.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.bridgework.model.Source#getType()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getCitationKey <em>Citation Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation Key</em>'.
	 * @see org.bridgework.model.Source#getCitationKey()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_CitationKey();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Source#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Authors</em>'.
	 * @see org.bridgework.model.Source#getAuthors()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Authors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Source#getEditors <em>Editors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Editors</em>'.
	 * @see org.bridgework.model.Source#getEditors()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Editors();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.Source#getTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getContainerTitle <em>Container Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Title</em>'.
	 * @see org.bridgework.model.Source#getContainerTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ContainerTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getIssuedYear <em>Issued Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued Year</em>'.
	 * @see org.bridgework.model.Source#getIssuedYear()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_IssuedYear();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getIssuedMonth <em>Issued Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued Month</em>'.
	 * @see org.bridgework.model.Source#getIssuedMonth()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_IssuedMonth();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getIssuedDay <em>Issued Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued Day</em>'.
	 * @see org.bridgework.model.Source#getIssuedDay()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_IssuedDay();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.bridgework.model.Source#getPublisher()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getPublisherPlace <em>Publisher Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher Place</em>'.
	 * @see org.bridgework.model.Source#getPublisherPlace()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_PublisherPlace();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getDoi <em>Doi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doi</em>'.
	 * @see org.bridgework.model.Source#getDoi()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Doi();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.bridgework.model.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getIsbn <em>Isbn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isbn</em>'.
	 * @see org.bridgework.model.Source#getIsbn()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Isbn();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getAbstractText <em>Abstract Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Abstract Text</em>'.
	 * @see org.bridgework.model.Source#getAbstractText()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_AbstractText();

	/**
	 * Returns the meta object for the attribute list '{@link org.bridgework.model.Source#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keywords</em>'.
	 * @see org.bridgework.model.Source#getKeywords()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Keywords();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.bridgework.model.Source#getNote()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Note();

	/**
	 * Returns the meta object for the containment reference '{@link org.bridgework.model.Source#getAppraisal <em>Appraisal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Appraisal</em>'.
	 * @see org.bridgework.model.Source#getAppraisal()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Appraisal();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getScreening <em>Screening</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screening</em>'.
	 * @see org.bridgework.model.Source#getScreening()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Screening();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getScreeningReason <em>Screening Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Screening Reason</em>'.
	 * @see org.bridgework.model.Source#getScreeningReason()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ScreeningReason();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume</em>'.
	 * @see org.bridgework.model.Source#getVolume()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Volume();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getIssue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issue</em>'.
	 * @see org.bridgework.model.Source#getIssue()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Issue();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pages</em>'.
	 * @see org.bridgework.model.Source#getPages()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Pages();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getAccessed <em>Accessed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accessed</em>'.
	 * @see org.bridgework.model.Source#getAccessed()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Accessed();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Source#getCollectionTitle <em>Collection Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collection Title</em>'.
	 * @see org.bridgework.model.Source#getCollectionTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_CollectionTitle();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Source#getExtracts <em>Extracts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Extracts</em>'.
	 * @see org.bridgework.model.Source#getExtracts()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Extracts();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.bridgework.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Person#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.bridgework.model.Person#getFamily()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Person#getGiven <em>Given</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given</em>'.
	 * @see org.bridgework.model.Person#getGiven()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Given();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Person#getLiteral <em>Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Literal</em>'.
	 * @see org.bridgework.model.Person#getLiteral()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Literal();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Person#getNonDroppingParticle <em>Non Dropping Particle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Dropping Particle</em>'.
	 * @see org.bridgework.model.Person#getNonDroppingParticle()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_NonDroppingParticle();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Person#getSuffix <em>Suffix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suffix</em>'.
	 * @see org.bridgework.model.Person#getSuffix()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Suffix();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Extract <em>Extract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extract</em>'.
	 * @see org.bridgework.model.Extract
	 * @generated
	 */
	EClass getExtract();

	/**
	 * Returns the meta object for the container reference '{@link org.bridgework.model.Extract#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Source</em>'.
	 * @see org.bridgework.model.Extract#getSource()
	 * @see #getExtract()
	 * @generated
	 */
	EReference getExtract_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Extract#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bridgework.model.Extract#getKind()
	 * @see #getExtract()
	 * @generated
	 */
	EAttribute getExtract_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Extract#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.bridgework.model.Extract#getText()
	 * @see #getExtract()
	 * @generated
	 */
	EAttribute getExtract_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Extract#getLocator <em>Locator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locator</em>'.
	 * @see org.bridgework.model.Extract#getLocator()
	 * @see #getExtract()
	 * @generated
	 */
	EAttribute getExtract_Locator();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Extract#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.bridgework.model.Extract#getNote()
	 * @see #getExtract()
	 * @generated
	 */
	EAttribute getExtract_Note();

	/**
	 * Returns the meta object for the containment reference '{@link org.bridgework.model.Extract#getAppraisal <em>Appraisal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Appraisal</em>'.
	 * @see org.bridgework.model.Extract#getAppraisal()
	 * @see #getExtract()
	 * @generated
	 */
	EReference getExtract_Appraisal();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Extract#getChallenges <em>Challenges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Challenges</em>'.
	 * @see org.bridgework.model.Extract#getChallenges()
	 * @see #getExtract()
	 * @generated
	 */
	EReference getExtract_Challenges();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Extract#getScopeItems <em>Scope Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Scope Items</em>'.
	 * @see org.bridgework.model.Extract#getScopeItems()
	 * @see #getExtract()
	 * @generated
	 */
	EReference getExtract_ScopeItems();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Extract#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Criteria</em>'.
	 * @see org.bridgework.model.Extract#getCriteria()
	 * @see #getExtract()
	 * @generated
	 */
	EReference getExtract_Criteria();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Extract#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sections</em>'.
	 * @see org.bridgework.model.Extract#getSections()
	 * @see #getExtract()
	 * @generated
	 */
	EReference getExtract_Sections();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see org.bridgework.model.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Criterion#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.bridgework.model.Criterion#getCode()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Criterion#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.Criterion#getTitle()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Criterion#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.bridgework.model.Criterion#getStatement()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Criterion#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.bridgework.model.Criterion#getRationale()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Criterion#getEvidenceExpected <em>Evidence Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Expected</em>'.
	 * @see org.bridgework.model.Criterion#getEvidenceExpected()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_EvidenceExpected();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Criterion#isMandatory <em>Mandatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandatory</em>'.
	 * @see org.bridgework.model.Criterion#isMandatory()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Mandatory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Criterion#getWordingHistory <em>Wording History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wording History</em>'.
	 * @see org.bridgework.model.Criterion#getWordingHistory()
	 * @see #getCriterion()
	 * @generated
	 */
	EReference getCriterion_WordingHistory();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Criterion#getConsensusStatus <em>Consensus Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consensus Status</em>'.
	 * @see org.bridgework.model.Criterion#getConsensusStatus()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_ConsensusStatus();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.WordingChange <em>Wording Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wording Change</em>'.
	 * @see org.bridgework.model.WordingChange
	 * @generated
	 */
	EClass getWordingChange();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.WordingChange#getRound <em>Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Round</em>'.
	 * @see org.bridgework.model.WordingChange#getRound()
	 * @see #getWordingChange()
	 * @generated
	 */
	EReference getWordingChange_Round();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.WordingChange#getPreviousStatement <em>Previous Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Statement</em>'.
	 * @see org.bridgework.model.WordingChange#getPreviousStatement()
	 * @see #getWordingChange()
	 * @generated
	 */
	EAttribute getWordingChange_PreviousStatement();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.WordingChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.bridgework.model.WordingChange#getReason()
	 * @see #getWordingChange()
	 * @generated
	 */
	EAttribute getWordingChange_Reason();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ConsensusSettings <em>Consensus Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consensus Settings</em>'.
	 * @see org.bridgework.model.ConsensusSettings
	 * @generated
	 */
	EClass getConsensusSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ConsensusSettings#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.bridgework.model.ConsensusSettings#getScale()
	 * @see #getConsensusSettings()
	 * @generated
	 */
	EAttribute getConsensusSettings_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ConsensusSettings#getIncludeThresholdPercent <em>Include Threshold Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Include Threshold Percent</em>'.
	 * @see org.bridgework.model.ConsensusSettings#getIncludeThresholdPercent()
	 * @see #getConsensusSettings()
	 * @generated
	 */
	EAttribute getConsensusSettings_IncludeThresholdPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ConsensusSettings#getExcludeOppositeThresholdPercent <em>Exclude Opposite Threshold Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Opposite Threshold Percent</em>'.
	 * @see org.bridgework.model.ConsensusSettings#getExcludeOppositeThresholdPercent()
	 * @see #getConsensusSettings()
	 * @generated
	 */
	EAttribute getConsensusSettings_ExcludeOppositeThresholdPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ConsensusSettings#isAgreementInEveryGroup <em>Agreement In Every Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreement In Every Group</em>'.
	 * @see org.bridgework.model.ConsensusSettings#isAgreementInEveryGroup()
	 * @see #getConsensusSettings()
	 * @generated
	 */
	EAttribute getConsensusSettings_AgreementInEveryGroup();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ConsensusRound <em>Consensus Round</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consensus Round</em>'.
	 * @see org.bridgework.model.ConsensusRound
	 * @generated
	 */
	EClass getConsensusRound();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ConsensusRound#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.bridgework.model.ConsensusRound#getNumber()
	 * @see #getConsensusRound()
	 * @generated
	 */
	EAttribute getConsensusRound_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ConsensusRound#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.ConsensusRound#getTitle()
	 * @see #getConsensusRound()
	 * @generated
	 */
	EAttribute getConsensusRound_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ConsensusRound#getOpened <em>Opened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened</em>'.
	 * @see org.bridgework.model.ConsensusRound#getOpened()
	 * @see #getConsensusRound()
	 * @generated
	 */
	EAttribute getConsensusRound_Opened();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ConsensusRound#getClosed <em>Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed</em>'.
	 * @see org.bridgework.model.ConsensusRound#getClosed()
	 * @see #getConsensusRound()
	 * @generated
	 */
	EAttribute getConsensusRound_Closed();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.ConsensusRound#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Criteria</em>'.
	 * @see org.bridgework.model.ConsensusRound#getCriteria()
	 * @see #getConsensusRound()
	 * @generated
	 */
	EReference getConsensusRound_Criteria();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.ConsensusRound#getPanel <em>Panel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Panel</em>'.
	 * @see org.bridgework.model.ConsensusRound#getPanel()
	 * @see #getConsensusRound()
	 * @generated
	 */
	EReference getConsensusRound_Panel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.ConsensusRound#getRatings <em>Ratings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ratings</em>'.
	 * @see org.bridgework.model.ConsensusRound#getRatings()
	 * @see #getConsensusRound()
	 * @generated
	 */
	EReference getConsensusRound_Ratings();

	/**
	 * Returns the meta object for the '{@link org.bridgework.model.ConsensusRound#consensusStatus(org.bridgework.model.Criterion) <em>Consensus Status</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Consensus Status</em>' operation.
	 * @see org.bridgework.model.ConsensusRound#consensusStatus(org.bridgework.model.Criterion)
	 * @generated
	 */
	EOperation getConsensusRound__ConsensusStatus__Criterion();

	/**
	 * Returns the meta object for the '{@link org.bridgework.model.ConsensusRound#raterCount(org.bridgework.model.Criterion) <em>Rater Count</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Rater Count</em>' operation.
	 * @see org.bridgework.model.ConsensusRound#raterCount(org.bridgework.model.Criterion)
	 * @generated
	 */
	EOperation getConsensusRound__RaterCount__Criterion();

	/**
	 * Returns the meta object for the '{@link org.bridgework.model.ConsensusRound#agreementPercent(org.bridgework.model.Criterion) <em>Agreement Percent</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Agreement Percent</em>' operation.
	 * @see org.bridgework.model.ConsensusRound#agreementPercent(org.bridgework.model.Criterion)
	 * @generated
	 */
	EOperation getConsensusRound__AgreementPercent__Criterion();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Rating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rating</em>'.
	 * @see org.bridgework.model.Rating
	 * @generated
	 */
	EClass getRating();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Rating#getMember <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Member</em>'.
	 * @see org.bridgework.model.Rating#getMember()
	 * @see #getRating()
	 * @generated
	 */
	EReference getRating_Member();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Rating#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criterion</em>'.
	 * @see org.bridgework.model.Rating#getCriterion()
	 * @see #getRating()
	 * @generated
	 */
	EReference getRating_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Rating#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.bridgework.model.Rating#getScore()
	 * @see #getRating()
	 * @generated
	 */
	EAttribute getRating_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Rating#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.bridgework.model.Rating#getComment()
	 * @see #getRating()
	 * @generated
	 */
	EAttribute getRating_Comment();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.CaseStudy <em>Case Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case Study</em>'.
	 * @see org.bridgework.model.CaseStudy
	 * @generated
	 */
	EClass getCaseStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.CaseStudy#getTitle()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Title();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.CaseStudy#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see org.bridgework.model.CaseStudy#getPartners()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EReference getCaseStudy_Partners();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getServiceModel <em>Service Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Model</em>'.
	 * @see org.bridgework.model.CaseStudy#getServiceModel()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_ServiceModel();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.bridgework.model.CaseStudy#getRegion()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Region();

	/**
	 * Returns the meta object for the attribute list '{@link org.bridgework.model.CaseStudy#getContexts <em>Contexts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Contexts</em>'.
	 * @see org.bridgework.model.CaseStudy#getContexts()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Contexts();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bridgework.model.CaseStudy#getDescription()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getPopulationServed <em>Population Served</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population Served</em>'.
	 * @see org.bridgework.model.CaseStudy#getPopulationServed()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_PopulationServed();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getReferralRoute <em>Referral Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referral Route</em>'.
	 * @see org.bridgework.model.CaseStudy#getReferralRoute()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_ReferralRoute();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getFunding <em>Funding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funding</em>'.
	 * @see org.bridgework.model.CaseStudy#getFunding()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Funding();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getStaffing <em>Staffing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staffing</em>'.
	 * @see org.bridgework.model.CaseStudy#getStaffing()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_Staffing();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getCollectionStatus <em>Collection Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collection Status</em>'.
	 * @see org.bridgework.model.CaseStudy#getCollectionStatus()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_CollectionStatus();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.CaseStudy#getStatusHistory <em>Status History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status History</em>'.
	 * @see org.bridgework.model.CaseStudy#getStatusHistory()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EReference getCaseStudy_StatusHistory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.CaseStudy#getBenefits <em>Benefits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Benefits</em>'.
	 * @see org.bridgework.model.CaseStudy#getBenefits()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EReference getCaseStudy_Benefits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.CaseStudy#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcomes</em>'.
	 * @see org.bridgework.model.CaseStudy#getOutcomes()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EReference getCaseStudy_Outcomes();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.CaseStudy#getChallengesAddressed <em>Challenges Addressed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Challenges Addressed</em>'.
	 * @see org.bridgework.model.CaseStudy#getChallengesAddressed()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EReference getCaseStudy_ChallengesAddressed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.CaseStudy#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.bridgework.model.CaseStudy#getContacts()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EReference getCaseStudy_Contacts();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.CaseStudy#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.bridgework.model.CaseStudy#getSources()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EReference getCaseStudy_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.CaseStudy#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.bridgework.model.CaseStudy#getAssessments()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EReference getCaseStudy_Assessments();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#getConsentToPublish <em>Consent To Publish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent To Publish</em>'.
	 * @see org.bridgework.model.CaseStudy#getConsentToPublish()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_ConsentToPublish();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CaseStudy#isModelOfGoodPractice <em>Model Of Good Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Of Good Practice</em>'.
	 * @see org.bridgework.model.CaseStudy#isModelOfGoodPractice()
	 * @see #getCaseStudy()
	 * @generated
	 */
	EAttribute getCaseStudy_ModelOfGoodPractice();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Change</em>'.
	 * @see org.bridgework.model.StatusChange
	 * @generated
	 */
	EClass getStatusChange();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.StatusChange#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.bridgework.model.StatusChange#getDate()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.StatusChange#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bridgework.model.StatusChange#getStatus()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.StatusChange#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.bridgework.model.StatusChange#getNote()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Note();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Benefit <em>Benefit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Benefit</em>'.
	 * @see org.bridgework.model.Benefit
	 * @generated
	 */
	EClass getBenefit();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Benefit#getBeneficiary <em>Beneficiary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beneficiary</em>'.
	 * @see org.bridgework.model.Benefit#getBeneficiary()
	 * @see #getBenefit()
	 * @generated
	 */
	EAttribute getBenefit_Beneficiary();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Benefit#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bridgework.model.Benefit#getDescription()
	 * @see #getBenefit()
	 * @generated
	 */
	EAttribute getBenefit_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Benefit#getEvidenceType <em>Evidence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Type</em>'.
	 * @see org.bridgework.model.Benefit#getEvidenceType()
	 * @see #getBenefit()
	 * @generated
	 */
	EAttribute getBenefit_EvidenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Benefit#getEvidenceStrength <em>Evidence Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Strength</em>'.
	 * @see org.bridgework.model.Benefit#getEvidenceStrength()
	 * @see #getBenefit()
	 * @generated
	 */
	EAttribute getBenefit_EvidenceStrength();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome</em>'.
	 * @see org.bridgework.model.Outcome
	 * @generated
	 */
	EClass getOutcome();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Outcome#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.bridgework.model.Outcome#getMeasure()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Outcome#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.bridgework.model.Outcome#getValue()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Outcome#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.bridgework.model.Outcome#getPeriod()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Period();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Outcome#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.bridgework.model.Outcome#getSource()
	 * @see #getOutcome()
	 * @generated
	 */
	EReference getOutcome_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Outcome#getSourceNote <em>Source Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Note</em>'.
	 * @see org.bridgework.model.Outcome#getSourceNote()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_SourceNote();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ContactRole <em>Contact Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Role</em>'.
	 * @see org.bridgework.model.ContactRole
	 * @generated
	 */
	EClass getContactRole();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ContactRole#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.bridgework.model.ContactRole#getRole()
	 * @see #getContactRole()
	 * @generated
	 */
	EAttribute getContactRole_Role();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.ContactRole#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.bridgework.model.ContactRole#getOrganisation()
	 * @see #getContactRole()
	 * @generated
	 */
	EReference getContactRole_Organisation();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.bridgework.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the container reference '{@link org.bridgework.model.Assessment#getCaseStudy <em>Case Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Case Study</em>'.
	 * @see org.bridgework.model.Assessment#getCaseStudy()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_CaseStudy();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Assessment#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criterion</em>'.
	 * @see org.bridgework.model.Assessment#getCriterion()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Assessment#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.bridgework.model.Assessment#getResult()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Result();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Assessment#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.bridgework.model.Assessment#getRationale()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Rationale();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Assessment#getEvidenceExtracts <em>Evidence Extracts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence Extracts</em>'.
	 * @see org.bridgework.model.Assessment#getEvidenceExtracts()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_EvidenceExtracts();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Assessment#getEvidenceOutcomes <em>Evidence Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence Outcomes</em>'.
	 * @see org.bridgework.model.Assessment#getEvidenceOutcomes()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_EvidenceOutcomes();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.GuidanceDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.bridgework.model.GuidanceDocument
	 * @generated
	 */
	EClass getGuidanceDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceDocument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.GuidanceDocument#getTitle()
	 * @see #getGuidanceDocument()
	 * @generated
	 */
	EAttribute getGuidanceDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceDocument#getSubtitle <em>Subtitle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subtitle</em>'.
	 * @see org.bridgework.model.GuidanceDocument#getSubtitle()
	 * @see #getGuidanceDocument()
	 * @generated
	 */
	EAttribute getGuidanceDocument_Subtitle();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceDocument#getLengthTargetWords <em>Length Target Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length Target Words</em>'.
	 * @see org.bridgework.model.GuidanceDocument#getLengthTargetWords()
	 * @see #getGuidanceDocument()
	 * @generated
	 */
	EAttribute getGuidanceDocument_LengthTargetWords();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceDocument#getCitationStyle <em>Citation Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation Style</em>'.
	 * @see org.bridgework.model.GuidanceDocument#getCitationStyle()
	 * @see #getGuidanceDocument()
	 * @generated
	 */
	EAttribute getGuidanceDocument_CitationStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceDocument#getLocale <em>Locale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locale</em>'.
	 * @see org.bridgework.model.GuidanceDocument#getLocale()
	 * @see #getGuidanceDocument()
	 * @generated
	 */
	EAttribute getGuidanceDocument_Locale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.GuidanceDocument#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.bridgework.model.GuidanceDocument#getSections()
	 * @see #getGuidanceDocument()
	 * @generated
	 */
	EReference getGuidanceDocument_Sections();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.GuidanceDocument#getWordCount <em>Word Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Count</em>'.
	 * @see org.bridgework.model.GuidanceDocument#getWordCount()
	 * @see #getGuidanceDocument()
	 * @generated
	 */
	EAttribute getGuidanceDocument_WordCount();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.bridgework.model.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Section#getHeading <em>Heading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heading</em>'.
	 * @see org.bridgework.model.Section#getHeading()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Heading();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Section#getWordBudget <em>Word Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Budget</em>'.
	 * @see org.bridgework.model.Section#getWordBudget()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_WordBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Section#getAudienceNotes <em>Audience Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience Notes</em>'.
	 * @see org.bridgework.model.Section#getAudienceNotes()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_AudienceNotes();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Section#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bridgework.model.Section#getKind()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Section#getBlocks <em>Blocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Blocks</em>'.
	 * @see org.bridgework.model.Section#getBlocks()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Blocks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Section#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.bridgework.model.Section#getSections()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Sections();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Section#getWordCount <em>Word Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Count</em>'.
	 * @see org.bridgework.model.Section#getWordCount()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_WordCount();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Block <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block</em>'.
	 * @see org.bridgework.model.Block
	 * @generated
	 */
	EClass getBlock();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Block#getEvidenceLinks <em>Evidence Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence Links</em>'.
	 * @see org.bridgework.model.Block#getEvidenceLinks()
	 * @see #getBlock()
	 * @generated
	 */
	EReference getBlock_EvidenceLinks();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Block#getWordCount <em>Word Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Count</em>'.
	 * @see org.bridgework.model.Block#getWordCount()
	 * @see #getBlock()
	 * @generated
	 */
	EAttribute getBlock_WordCount();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Paragraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Paragraph</em>'.
	 * @see org.bridgework.model.Paragraph
	 * @generated
	 */
	EClass getParagraph();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Paragraph#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.bridgework.model.Paragraph#getText()
	 * @see #getParagraph()
	 * @generated
	 */
	EAttribute getParagraph_Text();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ListBlock <em>List Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>List Block</em>'.
	 * @see org.bridgework.model.ListBlock
	 * @generated
	 */
	EClass getListBlock();

	/**
	 * Returns the meta object for the attribute list '{@link org.bridgework.model.ListBlock#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Items</em>'.
	 * @see org.bridgework.model.ListBlock#getItems()
	 * @see #getListBlock()
	 * @generated
	 */
	EAttribute getListBlock_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ListBlock#isOrdered <em>Ordered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ordered</em>'.
	 * @see org.bridgework.model.ListBlock#isOrdered()
	 * @see #getListBlock()
	 * @generated
	 */
	EAttribute getListBlock_Ordered();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Callout <em>Callout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Callout</em>'.
	 * @see org.bridgework.model.Callout
	 * @generated
	 */
	EClass getCallout();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Callout#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bridgework.model.Callout#getKind()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Callout#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.Callout#getTitle()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Callout#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.bridgework.model.Callout#getText()
	 * @see #getCallout()
	 * @generated
	 */
	EAttribute getCallout_Text();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.CaseStudyEmbed <em>Case Study Embed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case Study Embed</em>'.
	 * @see org.bridgework.model.CaseStudyEmbed
	 * @generated
	 */
	EClass getCaseStudyEmbed();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.CaseStudyEmbed#getCaseStudy <em>Case Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Case Study</em>'.
	 * @see org.bridgework.model.CaseStudyEmbed#getCaseStudy()
	 * @see #getCaseStudyEmbed()
	 * @generated
	 */
	EReference getCaseStudyEmbed_CaseStudy();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ChallengeTable <em>Challenge Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Challenge Table</em>'.
	 * @see org.bridgework.model.ChallengeTable
	 * @generated
	 */
	EClass getChallengeTable();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ChallengeTable#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.bridgework.model.ChallengeTable#getCaption()
	 * @see #getChallengeTable()
	 * @generated
	 */
	EAttribute getChallengeTable_Caption();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.ChallengeTable#getChallenges <em>Challenges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Challenges</em>'.
	 * @see org.bridgework.model.ChallengeTable#getChallenges()
	 * @see #getChallengeTable()
	 * @generated
	 */
	EReference getChallengeTable_Challenges();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Checklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist</em>'.
	 * @see org.bridgework.model.Checklist
	 * @generated
	 */
	EClass getChecklist();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Checklist#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.Checklist#getTitle()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Checklist#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.bridgework.model.Checklist#getItems()
	 * @see #getChecklist()
	 * @generated
	 */
	EReference getChecklist_Items();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ChecklistItem <em>Checklist Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Item</em>'.
	 * @see org.bridgework.model.ChecklistItem
	 * @generated
	 */
	EClass getChecklistItem();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ChecklistItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.bridgework.model.ChecklistItem#getText()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Text();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ExtractQuote <em>Extract Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Extract Quote</em>'.
	 * @see org.bridgework.model.ExtractQuote
	 * @generated
	 */
	EClass getExtractQuote();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.ExtractQuote#getExtract <em>Extract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Extract</em>'.
	 * @see org.bridgework.model.ExtractQuote#getExtract()
	 * @see #getExtractQuote()
	 * @generated
	 */
	EReference getExtractQuote_Extract();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Image <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image</em>'.
	 * @see org.bridgework.model.Image
	 * @generated
	 */
	EClass getImage();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Image#getAltText <em>Alt Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alt Text</em>'.
	 * @see org.bridgework.model.Image#getAltText()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_AltText();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Image#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.bridgework.model.Image#getPath()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Image#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.bridgework.model.Image#getData()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Data();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Image#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.bridgework.model.Image#getCaption()
	 * @see #getImage()
	 * @generated
	 */
	EAttribute getImage_Caption();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Publication <em>Publication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Publication</em>'.
	 * @see org.bridgework.model.Publication
	 * @generated
	 */
	EClass getPublication();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Publication#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bridgework.model.Publication#getStatus()
	 * @see #getPublication()
	 * @generated
	 */
	EAttribute getPublication_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Publication#getStatusLabel <em>Status Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Label</em>'.
	 * @see org.bridgework.model.Publication#getStatusLabel()
	 * @see #getPublication()
	 * @generated
	 */
	EAttribute getPublication_StatusLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Publication#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.bridgework.model.Publication#getVersion()
	 * @see #getPublication()
	 * @generated
	 */
	EAttribute getPublication_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Publication#getPublicationDate <em>Publication Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publication Date</em>'.
	 * @see org.bridgework.model.Publication#getPublicationDate()
	 * @see #getPublication()
	 * @generated
	 */
	EAttribute getPublication_PublicationDate();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Publication#getReaderSummary <em>Reader Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reader Summary</em>'.
	 * @see org.bridgework.model.Publication#getReaderSummary()
	 * @see #getPublication()
	 * @generated
	 */
	EAttribute getPublication_ReaderSummary();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Publication#isToolColophon <em>Tool Colophon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tool Colophon</em>'.
	 * @see org.bridgework.model.Publication#isToolColophon()
	 * @see #getPublication()
	 * @generated
	 */
	EAttribute getPublication_ToolColophon();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Publication#getReleaseMilestone <em>Release Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Release Milestone</em>'.
	 * @see org.bridgework.model.Publication#getReleaseMilestone()
	 * @see #getPublication()
	 * @generated
	 */
	EReference getPublication_ReleaseMilestone();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bridgework.model.Publication#getIssuers <em>Issuers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Issuers</em>'.
	 * @see org.bridgework.model.Publication#getIssuers()
	 * @see #getPublication()
	 * @generated
	 */
	EReference getPublication_Issuers();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Issuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Issuer</em>'.
	 * @see org.bridgework.model.Issuer
	 * @generated
	 */
	EClass getIssuer();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Issuer#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.bridgework.model.Issuer#getOrganisation()
	 * @see #getIssuer()
	 * @generated
	 */
	EReference getIssuer_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Issuer#isConfirmed <em>Confirmed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed</em>'.
	 * @see org.bridgework.model.Issuer#isConfirmed()
	 * @see #getIssuer()
	 * @generated
	 */
	EAttribute getIssuer_Confirmed();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Issuer#getLogoPath <em>Logo Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logo Path</em>'.
	 * @see org.bridgework.model.Issuer#getLogoPath()
	 * @see #getIssuer()
	 * @generated
	 */
	EAttribute getIssuer_LogoPath();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Issuer#getLogoAltText <em>Logo Alt Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logo Alt Text</em>'.
	 * @see org.bridgework.model.Issuer#getLogoAltText()
	 * @see #getIssuer()
	 * @generated
	 */
	EAttribute getIssuer_LogoAltText();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.EvidenceLink <em>Evidence Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Link</em>'.
	 * @see org.bridgework.model.EvidenceLink
	 * @generated
	 */
	EClass getEvidenceLink();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.EvidenceLink#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Evidence</em>'.
	 * @see org.bridgework.model.EvidenceLink#getEvidence()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EReference getEvidenceLink_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceLink#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.bridgework.model.EvidenceLink#getField()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceLink#getSentence <em>Sentence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sentence</em>'.
	 * @see org.bridgework.model.EvidenceLink#getSentence()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_Sentence();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceLink#getEvidenceId <em>Evidence Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Id</em>'.
	 * @see org.bridgework.model.EvidenceLink#getEvidenceId()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_EvidenceId();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceLink#getConfirmedState <em>Confirmed State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed State</em>'.
	 * @see org.bridgework.model.EvidenceLink#getConfirmedState()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_ConfirmedState();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceLink#getConfirmedAt <em>Confirmed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed At</em>'.
	 * @see org.bridgework.model.EvidenceLink#getConfirmedAt()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_ConfirmedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceLink#getConfirmedBy <em>Confirmed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed By</em>'.
	 * @see org.bridgework.model.EvidenceLink#getConfirmedBy()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_ConfirmedBy();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Term <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Term</em>'.
	 * @see org.bridgework.model.Term
	 * @generated
	 */
	EClass getTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Term#getTerm <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Term</em>'.
	 * @see org.bridgework.model.Term#getTerm()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Term();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Term#getExpansion <em>Expansion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expansion</em>'.
	 * @see org.bridgework.model.Term#getExpansion()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Expansion();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Term#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.bridgework.model.Term#getDefinition()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Term#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.bridgework.model.Term#getSector()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Sector();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Term#isWellKnown <em>Well Known</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Well Known</em>'.
	 * @see org.bridgework.model.Term#isWellKnown()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_WellKnown();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Term#getPlainWording <em>Plain Wording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plain Wording</em>'.
	 * @see org.bridgework.model.Term#getPlainWording()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_PlainWording();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Term#getSourceUrl <em>Source Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Url</em>'.
	 * @see org.bridgework.model.Term#getSourceUrl()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_SourceUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Term#isDisabled <em>Disabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disabled</em>'.
	 * @see org.bridgework.model.Term#isDisabled()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Disabled();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Comment</em>'.
	 * @see org.bridgework.model.ReviewComment
	 * @generated
	 */
	EClass getReviewComment();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.ReviewComment#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.bridgework.model.ReviewComment#getTarget()
	 * @see #getReviewComment()
	 * @generated
	 */
	EReference getReviewComment_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewComment#getReviewerRole <em>Reviewer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Role</em>'.
	 * @see org.bridgework.model.ReviewComment#getReviewerRole()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_ReviewerRole();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.ReviewComment#getReviewerOrganisation <em>Reviewer Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer Organisation</em>'.
	 * @see org.bridgework.model.ReviewComment#getReviewerOrganisation()
	 * @see #getReviewComment()
	 * @generated
	 */
	EReference getReviewComment_ReviewerOrganisation();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.ReviewComment#getMilestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Milestone</em>'.
	 * @see org.bridgework.model.ReviewComment#getMilestone()
	 * @see #getReviewComment()
	 * @generated
	 */
	EReference getReviewComment_Milestone();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewComment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bridgework.model.ReviewComment#getStatus()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewComment#getRaised <em>Raised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised</em>'.
	 * @see org.bridgework.model.ReviewComment#getRaised()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Raised();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewComment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.bridgework.model.ReviewComment#getText()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewComment#getResponse <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response</em>'.
	 * @see org.bridgework.model.ReviewComment#getResponse()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Response();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewComment#getQuotedText <em>Quoted Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quoted Text</em>'.
	 * @see org.bridgework.model.ReviewComment#getQuotedText()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_QuotedText();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewComment#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.bridgework.model.ReviewComment#getTheme()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Theme();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.ReviewSuggestion <em>Review Suggestion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Suggestion</em>'.
	 * @see org.bridgework.model.ReviewSuggestion
	 * @generated
	 */
	EClass getReviewSuggestion();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.ReviewSuggestion#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getTarget()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EReference getReviewSuggestion_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getItem()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getBefore()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_Before();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getDeleted <em>Deleted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deleted</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getDeleted()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_Deleted();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getInserted <em>Inserted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inserted</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getInserted()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_Inserted();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getAfter()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_After();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getReviewerRole <em>Reviewer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Role</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getReviewerRole()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_ReviewerRole();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.ReviewSuggestion#getReviewerOrganisation <em>Reviewer Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer Organisation</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getReviewerOrganisation()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EReference getReviewSuggestion_ReviewerOrganisation();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.ReviewSuggestion#getMilestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Milestone</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getMilestone()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EReference getReviewSuggestion_Milestone();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getRaised <em>Raised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getRaised()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_Raised();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getStatus()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getDecided <em>Decided</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getDecided()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_Decided();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.ReviewSuggestion#getResponse <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response</em>'.
	 * @see org.bridgework.model.ReviewSuggestion#getResponse()
	 * @see #getReviewSuggestion()
	 * @generated
	 */
	EAttribute getReviewSuggestion_Response();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Recipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recipient</em>'.
	 * @see org.bridgework.model.Recipient
	 * @generated
	 */
	EClass getRecipient();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Recipient#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bridgework.model.Recipient#getName()
	 * @see #getRecipient()
	 * @generated
	 */
	EAttribute getRecipient_Name();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Recipient#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see org.bridgework.model.Recipient#getOrganisation()
	 * @see #getRecipient()
	 * @generated
	 */
	EReference getRecipient_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Recipient#getSent <em>Sent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sent</em>'.
	 * @see org.bridgework.model.Recipient#getSent()
	 * @see #getRecipient()
	 * @generated
	 */
	EAttribute getRecipient_Sent();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Recipient#getReturned <em>Returned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Returned</em>'.
	 * @see org.bridgework.model.Recipient#getReturned()
	 * @see #getRecipient()
	 * @generated
	 */
	EAttribute getRecipient_Returned();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Recipient#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.bridgework.model.Recipient#getNote()
	 * @see #getRecipient()
	 * @generated
	 */
	EAttribute getRecipient_Note();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Adaptation <em>Adaptation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adaptation</em>'.
	 * @see org.bridgework.model.Adaptation
	 * @generated
	 */
	EClass getAdaptation();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Adaptation#getContextId <em>Context Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context Id</em>'.
	 * @see org.bridgework.model.Adaptation#getContextId()
	 * @see #getAdaptation()
	 * @generated
	 */
	EAttribute getAdaptation_ContextId();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Adaptation#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.bridgework.model.Adaptation#getTarget()
	 * @see #getAdaptation()
	 * @generated
	 */
	EReference getAdaptation_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Adaptation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bridgework.model.Adaptation#getKind()
	 * @see #getAdaptation()
	 * @generated
	 */
	EAttribute getAdaptation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Adaptation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.bridgework.model.Adaptation#getText()
	 * @see #getAdaptation()
	 * @generated
	 */
	EAttribute getAdaptation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Adaptation#getFindText <em>Find Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Find Text</em>'.
	 * @see org.bridgework.model.Adaptation#getFindText()
	 * @see #getAdaptation()
	 * @generated
	 */
	EAttribute getAdaptation_FindText();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.MergeConflict <em>Merge Conflict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Merge Conflict</em>'.
	 * @see org.bridgework.model.MergeConflict
	 * @generated
	 */
	EClass getMergeConflict();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.MergeConflict#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bridgework.model.MergeConflict#getKind()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.MergeConflict#getElementId <em>Element Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Id</em>'.
	 * @see org.bridgework.model.MergeConflict#getElementId()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_ElementId();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.MergeConflict#getElementLabel <em>Element Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Label</em>'.
	 * @see org.bridgework.model.MergeConflict#getElementLabel()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_ElementLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.MergeConflict#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.bridgework.model.MergeConflict#getFeature()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.MergeConflict#getBaseValue <em>Base Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Value</em>'.
	 * @see org.bridgework.model.MergeConflict#getBaseValue()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_BaseValue();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.MergeConflict#getOursValue <em>Ours Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ours Value</em>'.
	 * @see org.bridgework.model.MergeConflict#getOursValue()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_OursValue();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.MergeConflict#getTheirsValue <em>Theirs Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theirs Value</em>'.
	 * @see org.bridgework.model.MergeConflict#getTheirsValue()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_TheirsValue();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.MergeConflict#getOursLabel <em>Ours Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ours Label</em>'.
	 * @see org.bridgework.model.MergeConflict#getOursLabel()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_OursLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.MergeConflict#getTheirsLabel <em>Theirs Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theirs Label</em>'.
	 * @see org.bridgework.model.MergeConflict#getTheirsLabel()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_TheirsLabel();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Approval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval</em>'.
	 * @see org.bridgework.model.Approval
	 * @generated
	 */
	EClass getApproval();

	/**
	 * Returns the meta object for the reference '{@link org.bridgework.model.Approval#getMilestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Milestone</em>'.
	 * @see org.bridgework.model.Approval#getMilestone()
	 * @see #getApproval()
	 * @generated
	 */
	EReference getApproval_Milestone();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Approval#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bridgework.model.Approval#getName()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Approval#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.bridgework.model.Approval#getRole()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Approval#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see org.bridgework.model.Approval#getOrganisation()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Approval#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.bridgework.model.Approval#getNote()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Approval#getCommit <em>Commit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commit</em>'.
	 * @see org.bridgework.model.Approval#getCommit()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Commit();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Approval#getApprovedAt <em>Approved At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved At</em>'.
	 * @see org.bridgework.model.Approval#getApprovedAt()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_ApprovedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Approval#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.bridgework.model.Approval#getTag()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Approval#getSupersededBy <em>Superseded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Superseded By</em>'.
	 * @see org.bridgework.model.Approval#getSupersededBy()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_SupersededBy();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see org.bridgework.model.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Decision#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bridgework.model.Decision#getTitle()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Decision#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.bridgework.model.Decision#getRationale()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Decision#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see org.bridgework.model.Decision#getDecidedBy()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Decision#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see org.bridgework.model.Decision#getDecidedOn()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_DecidedOn();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Decision#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Elements</em>'.
	 * @see org.bridgework.model.Decision#getElements()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_Elements();

	/**
	 * Returns the meta object for the reference list '{@link org.bridgework.model.Decision#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Comments</em>'.
	 * @see org.bridgework.model.Decision#getComments()
	 * @see #getDecision()
	 * @generated
	 */
	EReference getDecision_Comments();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.EvidenceConfidence <em>Evidence Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Confidence</em>'.
	 * @see org.bridgework.model.EvidenceConfidence
	 * @generated
	 */
	EClass getEvidenceConfidence();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceConfidence#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.bridgework.model.EvidenceConfidence#getLevel()
	 * @see #getEvidenceConfidence()
	 * @generated
	 */
	EAttribute getEvidenceConfidence_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceConfidence#getMethodologicalLimitations <em>Methodological Limitations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Methodological Limitations</em>'.
	 * @see org.bridgework.model.EvidenceConfidence#getMethodologicalLimitations()
	 * @see #getEvidenceConfidence()
	 * @generated
	 */
	EAttribute getEvidenceConfidence_MethodologicalLimitations();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceConfidence#getCoherence <em>Coherence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coherence</em>'.
	 * @see org.bridgework.model.EvidenceConfidence#getCoherence()
	 * @see #getEvidenceConfidence()
	 * @generated
	 */
	EAttribute getEvidenceConfidence_Coherence();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceConfidence#getAdequacy <em>Adequacy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adequacy</em>'.
	 * @see org.bridgework.model.EvidenceConfidence#getAdequacy()
	 * @see #getEvidenceConfidence()
	 * @generated
	 */
	EAttribute getEvidenceConfidence_Adequacy();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceConfidence#getRelevance <em>Relevance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relevance</em>'.
	 * @see org.bridgework.model.EvidenceConfidence#getRelevance()
	 * @see #getEvidenceConfidence()
	 * @generated
	 */
	EAttribute getEvidenceConfidence_Relevance();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.EvidenceConfidence#getReasons <em>Reasons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reasons</em>'.
	 * @see org.bridgework.model.EvidenceConfidence#getReasons()
	 * @see #getEvidenceConfidence()
	 * @generated
	 */
	EAttribute getEvidenceConfidence_Reasons();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.CellConfidence <em>Cell Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Confidence</em>'.
	 * @see org.bridgework.model.CellConfidence
	 * @generated
	 */
	EClass getCellConfidence();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.CellConfidence#getEvidenceKind <em>Evidence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Kind</em>'.
	 * @see org.bridgework.model.CellConfidence#getEvidenceKind()
	 * @see #getCellConfidence()
	 * @generated
	 */
	EAttribute getCellConfidence_EvidenceKind();

	/**
	 * Returns the meta object for class '{@link org.bridgework.model.Appraisal <em>Appraisal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Appraisal</em>'.
	 * @see org.bridgework.model.Appraisal
	 * @generated
	 */
	EClass getAppraisal();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Appraisal#getDesign <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design</em>'.
	 * @see org.bridgework.model.Appraisal#getDesign()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Design();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Appraisal#getDesignNote <em>Design Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design Note</em>'.
	 * @see org.bridgework.model.Appraisal#getDesignNote()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_DesignNote();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Appraisal#getRelevance <em>Relevance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relevance</em>'.
	 * @see org.bridgework.model.Appraisal#getRelevance()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Relevance();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Appraisal#getRelevanceNote <em>Relevance Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relevance Note</em>'.
	 * @see org.bridgework.model.Appraisal#getRelevanceNote()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_RelevanceNote();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Appraisal#getLimitations <em>Limitations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limitations</em>'.
	 * @see org.bridgework.model.Appraisal#getLimitations()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Limitations();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Appraisal#getLimitationsNote <em>Limitations Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limitations Note</em>'.
	 * @see org.bridgework.model.Appraisal#getLimitationsNote()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_LimitationsNote();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Appraisal#getAdequacy <em>Adequacy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adequacy</em>'.
	 * @see org.bridgework.model.Appraisal#getAdequacy()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Adequacy();

	/**
	 * Returns the meta object for the attribute '{@link org.bridgework.model.Appraisal#getAdequacyNote <em>Adequacy Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adequacy Note</em>'.
	 * @see org.bridgework.model.Appraisal#getAdequacyNote()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_AdequacyNote();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.PublicationStatus <em>Publication Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Publication Status</em>'.
	 * @see org.bridgework.model.PublicationStatus
	 * @generated
	 */
	EEnum getPublicationStatus();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.SectionKind <em>Section Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Section Kind</em>'.
	 * @see org.bridgework.model.SectionKind
	 * @generated
	 */
	EEnum getSectionKind();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.MergeConflictKind <em>Merge Conflict Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Merge Conflict Kind</em>'.
	 * @see org.bridgework.model.MergeConflictKind
	 * @generated
	 */
	EEnum getMergeConflictKind();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sector</em>'.
	 * @see org.bridgework.model.Sector
	 * @generated
	 */
	EEnum getSector();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.MilestoneKind <em>Milestone Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Milestone Kind</em>'.
	 * @see org.bridgework.model.MilestoneKind
	 * @generated
	 */
	EEnum getMilestoneKind();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.MilestoneStatus <em>Milestone Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Milestone Status</em>'.
	 * @see org.bridgework.model.MilestoneStatus
	 * @generated
	 */
	EEnum getMilestoneStatus();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.OrganisationKind <em>Organisation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organisation Kind</em>'.
	 * @see org.bridgework.model.OrganisationKind
	 * @generated
	 */
	EEnum getOrganisationKind();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.HepSize <em>Hep Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hep Size</em>'.
	 * @see org.bridgework.model.HepSize
	 * @generated
	 */
	EEnum getHepSize();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.SourceType <em>Source Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Type</em>'.
	 * @see org.bridgework.model.SourceType
	 * @generated
	 */
	EEnum getSourceType();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.ExtractKind <em>Extract Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Extract Kind</em>'.
	 * @see org.bridgework.model.ExtractKind
	 * @generated
	 */
	EEnum getExtractKind();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.ConsensusScale <em>Consensus Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Consensus Scale</em>'.
	 * @see org.bridgework.model.ConsensusScale
	 * @generated
	 */
	EEnum getConsensusScale();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.ConsensusStatus <em>Consensus Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Consensus Status</em>'.
	 * @see org.bridgework.model.ConsensusStatus
	 * @generated
	 */
	EEnum getConsensusStatus();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.ServiceModel <em>Service Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Model</em>'.
	 * @see org.bridgework.model.ServiceModel
	 * @generated
	 */
	EEnum getServiceModel();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.PartnershipContext <em>Partnership Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partnership Context</em>'.
	 * @see org.bridgework.model.PartnershipContext
	 * @generated
	 */
	EEnum getPartnershipContext();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.CollectionStatus <em>Collection Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Collection Status</em>'.
	 * @see org.bridgework.model.CollectionStatus
	 * @generated
	 */
	EEnum getCollectionStatus();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.Beneficiary <em>Beneficiary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Beneficiary</em>'.
	 * @see org.bridgework.model.Beneficiary
	 * @generated
	 */
	EEnum getBeneficiary();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.EvidenceType <em>Evidence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Type</em>'.
	 * @see org.bridgework.model.EvidenceType
	 * @generated
	 */
	EEnum getEvidenceType();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.EvidenceStrength <em>Evidence Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Strength</em>'.
	 * @see org.bridgework.model.EvidenceStrength
	 * @generated
	 */
	EEnum getEvidenceStrength();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.AssessmentResult <em>Assessment Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Result</em>'.
	 * @see org.bridgework.model.AssessmentResult
	 * @generated
	 */
	EEnum getAssessmentResult();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.CalloutKind <em>Callout Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Callout Kind</em>'.
	 * @see org.bridgework.model.CalloutKind
	 * @generated
	 */
	EEnum getCalloutKind();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.ReviewStatus <em>Review Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Status</em>'.
	 * @see org.bridgework.model.ReviewStatus
	 * @generated
	 */
	EEnum getReviewStatus();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.AdaptationKind <em>Adaptation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Adaptation Kind</em>'.
	 * @see org.bridgework.model.AdaptationKind
	 * @generated
	 */
	EEnum getAdaptationKind();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.StakeholderGroup <em>Stakeholder Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stakeholder Group</em>'.
	 * @see org.bridgework.model.StakeholderGroup
	 * @generated
	 */
	EEnum getStakeholderGroup();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.StudyDesign <em>Study Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Study Design</em>'.
	 * @see org.bridgework.model.StudyDesign
	 * @generated
	 */
	EEnum getStudyDesign();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.ScreeningDecision <em>Screening Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Screening Decision</em>'.
	 * @see org.bridgework.model.ScreeningDecision
	 * @generated
	 */
	EEnum getScreeningDecision();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.EvidenceConfidenceLevel <em>Evidence Confidence Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Confidence Level</em>'.
	 * @see org.bridgework.model.EvidenceConfidenceLevel
	 * @generated
	 */
	EEnum getEvidenceConfidenceLevel();

	/**
	 * Returns the meta object for enum '{@link org.bridgework.model.CerqualConcern <em>Cerqual Concern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cerqual Concern</em>'.
	 * @see org.bridgework.model.CerqualConcern
	 * @generated
	 */
	EEnum getCerqualConcern();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An ISO-8601 calendar date (yyyy-mm-dd), no time zone.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GuidanceFactory getGuidanceFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.IdentifiedImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__LABEL = eINSTANCE.getIdentified_Label();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.GuidanceProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.GuidanceProjectImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getGuidanceProject()
		 * @generated
		 */
		EClass GUIDANCE_PROJECT = eINSTANCE.getGuidanceProject();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_PROJECT__FORMAT_VERSION = eINSTANCE.getGuidanceProject_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_PROJECT__TITLE = eINSTANCE.getGuidanceProject_Title();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_PROJECT__PURPOSE = eINSTANCE.getGuidanceProject_Purpose();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__SCOPE = eINSTANCE.getGuidanceProject_Scope();

		/**
		 * The meta object literal for the '<em><b>Audiences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__AUDIENCES = eINSTANCE.getGuidanceProject_Audiences();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__MILESTONES = eINSTANCE.getGuidanceProject_Milestones();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__ORGANISATIONS = eINSTANCE.getGuidanceProject_Organisations();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__MEMBERS = eINSTANCE.getGuidanceProject_Members();

		/**
		 * The meta object literal for the '<em><b>Challenges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__CHALLENGES = eINSTANCE.getGuidanceProject_Challenges();

		/**
		 * The meta object literal for the '<em><b>Solutions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__SOLUTIONS = eINSTANCE.getGuidanceProject_Solutions();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__SOURCES = eINSTANCE.getGuidanceProject_Sources();

		/**
		 * The meta object literal for the '<em><b>Duplicates Merged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_PROJECT__DUPLICATES_MERGED = eINSTANCE.getGuidanceProject_DuplicatesMerged();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__CRITERIA = eINSTANCE.getGuidanceProject_Criteria();

		/**
		 * The meta object literal for the '<em><b>Consensus Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__CONSENSUS_SETTINGS = eINSTANCE.getGuidanceProject_ConsensusSettings();

		/**
		 * The meta object literal for the '<em><b>Rounds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__ROUNDS = eINSTANCE.getGuidanceProject_Rounds();

		/**
		 * The meta object literal for the '<em><b>Case Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__CASE_STUDIES = eINSTANCE.getGuidanceProject_CaseStudies();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__DOCUMENT = eINSTANCE.getGuidanceProject_Document();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__TERMS = eINSTANCE.getGuidanceProject_Terms();

		/**
		 * The meta object literal for the '<em><b>Review Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__REVIEW_COMMENTS = eINSTANCE.getGuidanceProject_ReviewComments();

		/**
		 * The meta object literal for the '<em><b>Review Suggestions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__REVIEW_SUGGESTIONS = eINSTANCE.getGuidanceProject_ReviewSuggestions();

		/**
		 * The meta object literal for the '<em><b>Adaptations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__ADAPTATIONS = eINSTANCE.getGuidanceProject_Adaptations();

		/**
		 * The meta object literal for the '<em><b>Merge Conflicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__MERGE_CONFLICTS = eINSTANCE.getGuidanceProject_MergeConflicts();

		/**
		 * The meta object literal for the '<em><b>Approvals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__APPROVALS = eINSTANCE.getGuidanceProject_Approvals();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__DECISIONS = eINSTANCE.getGuidanceProject_Decisions();

		/**
		 * The meta object literal for the '<em><b>Publication</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_PROJECT__PUBLICATION = eINSTANCE.getGuidanceProject_Publication();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ScopeImpl <em>Scope</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ScopeImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getScope()
		 * @generated
		 */
		EClass SCOPE = eINSTANCE.getScope();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCOPE__SUMMARY = eINSTANCE.getScope_Summary();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCOPE__ITEMS = eINSTANCE.getScope_Items();

		/**
		 * The meta object literal for the '<em><b>Agreed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCOPE__AGREED_BY = eINSTANCE.getScope_AgreedBy();

		/**
		 * The meta object literal for the '<em><b>Agreed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCOPE__AGREED_ON = eINSTANCE.getScope_AgreedOn();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ScopeItemImpl <em>Scope Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ScopeItemImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getScopeItem()
		 * @generated
		 */
		EClass SCOPE_ITEM = eINSTANCE.getScopeItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCOPE_ITEM__TITLE = eINSTANCE.getScopeItem_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCOPE_ITEM__DESCRIPTION = eINSTANCE.getScopeItem_Description();

		/**
		 * The meta object literal for the '<em><b>In Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCOPE_ITEM__IN_SCOPE = eINSTANCE.getScopeItem_InScope();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.AudienceImpl <em>Audience</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.AudienceImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getAudience()
		 * @generated
		 */
		EClass AUDIENCE = eINSTANCE.getAudience();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIENCE__TITLE = eINSTANCE.getAudience_Title();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIENCE__SECTOR = eINSTANCE.getAudience_Sector();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIENCE__DESCRIPTION = eINSTANCE.getAudience_Description();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.MilestoneImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__TITLE = eINSTANCE.getMilestone_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__DATE = eINSTANCE.getMilestone_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__KIND = eINSTANCE.getMilestone_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__STATUS = eINSTANCE.getMilestone_Status();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__DESCRIPTION = eINSTANCE.getMilestone_Description();

		/**
		 * The meta object literal for the '<em><b>Recipients</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILESTONE__RECIPIENTS = eINSTANCE.getMilestone_Recipients();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.OrganisationImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__NAME = eINSTANCE.getOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Short Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__SHORT_NAME = eINSTANCE.getOrganisation_ShortName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__KIND = eINSTANCE.getOrganisation_Kind();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__REGION = eINSTANCE.getOrganisation_Region();

		/**
		 * The meta object literal for the '<em><b>Website</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__WEBSITE = eINSTANCE.getOrganisation_Website();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__DESCRIPTION = eINSTANCE.getOrganisation_Description();

		/**
		 * The meta object literal for the '<em><b>Hep Profile</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__HEP_PROFILE = eINSTANCE.getOrganisation_HepProfile();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.HepProfileImpl <em>Hep Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.HepProfileImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getHepProfile()
		 * @generated
		 */
		EClass HEP_PROFILE = eINSTANCE.getHepProfile();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEP_PROFILE__SIZE = eINSTANCE.getHepProfile_Size();

		/**
		 * The meta object literal for the '<em><b>Specialist</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEP_PROFILE__SPECIALIST = eINSTANCE.getHepProfile_Specialist();

		/**
		 * The meta object literal for the '<em><b>Specialism</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEP_PROFILE__SPECIALISM = eINSTANCE.getHepProfile_Specialism();

		/**
		 * The meta object literal for the '<em><b>Further Education College</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEP_PROFILE__FURTHER_EDUCATION_COLLEGE = eINSTANCE.getHepProfile_FurtherEducationCollege();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.MemberImpl <em>Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.MemberImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getMember()
		 * @generated
		 */
		EClass MEMBER = eINSTANCE.getMember();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__ROLE = eINSTANCE.getMember_Role();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER__ORGANISATION = eINSTANCE.getMember_Organisation();

		/**
		 * The meta object literal for the '<em><b>Stakeholder Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__STAKEHOLDER_GROUP = eINSTANCE.getMember_StakeholderGroup();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ChallengeImpl <em>Challenge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ChallengeImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getChallenge()
		 * @generated
		 */
		EClass CHALLENGE = eINSTANCE.getChallenge();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHALLENGE__TITLE = eINSTANCE.getChallenge_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHALLENGE__DESCRIPTION = eINSTANCE.getChallenge_Description();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHALLENGE__CATEGORY = eINSTANCE.getChallenge_Category();

		/**
		 * The meta object literal for the '<em><b>Evidence Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHALLENGE__EVIDENCE_GAP = eINSTANCE.getChallenge_EvidenceGap();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHALLENGE__CONFIDENCE = eINSTANCE.getChallenge_Confidence();

		/**
		 * The meta object literal for the '<em><b>Cell Confidences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHALLENGE__CELL_CONFIDENCES = eINSTANCE.getChallenge_CellConfidences();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.SolutionImpl <em>Solution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.SolutionImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getSolution()
		 * @generated
		 */
		EClass SOLUTION = eINSTANCE.getSolution();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLUTION__TITLE = eINSTANCE.getSolution_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOLUTION__DESCRIPTION = eINSTANCE.getSolution_Description();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__ADDRESSES = eINSTANCE.getSolution_Addresses();

		/**
		 * The meta object literal for the '<em><b>Evidenced By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__EVIDENCED_BY = eINSTANCE.getSolution_EvidencedBy();

		/**
		 * The meta object literal for the '<em><b>Exemplified By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOLUTION__EXEMPLIFIED_BY = eINSTANCE.getSolution_ExemplifiedBy();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.SourceImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TYPE = eINSTANCE.getSource_Type();

		/**
		 * The meta object literal for the '<em><b>Citation Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CITATION_KEY = eINSTANCE.getSource_CitationKey();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__AUTHORS = eINSTANCE.getSource_Authors();

		/**
		 * The meta object literal for the '<em><b>Editors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__EDITORS = eINSTANCE.getSource_Editors();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TITLE = eINSTANCE.getSource_Title();

		/**
		 * The meta object literal for the '<em><b>Container Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CONTAINER_TITLE = eINSTANCE.getSource_ContainerTitle();

		/**
		 * The meta object literal for the '<em><b>Issued Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ISSUED_YEAR = eINSTANCE.getSource_IssuedYear();

		/**
		 * The meta object literal for the '<em><b>Issued Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ISSUED_MONTH = eINSTANCE.getSource_IssuedMonth();

		/**
		 * The meta object literal for the '<em><b>Issued Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ISSUED_DAY = eINSTANCE.getSource_IssuedDay();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHER = eINSTANCE.getSource_Publisher();

		/**
		 * The meta object literal for the '<em><b>Publisher Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PUBLISHER_PLACE = eINSTANCE.getSource_PublisherPlace();

		/**
		 * The meta object literal for the '<em><b>Doi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DOI = eINSTANCE.getSource_Doi();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '<em><b>Isbn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ISBN = eINSTANCE.getSource_Isbn();

		/**
		 * The meta object literal for the '<em><b>Abstract Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ABSTRACT_TEXT = eINSTANCE.getSource_AbstractText();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__KEYWORDS = eINSTANCE.getSource_Keywords();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__NOTE = eINSTANCE.getSource_Note();

		/**
		 * The meta object literal for the '<em><b>Appraisal</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__APPRAISAL = eINSTANCE.getSource_Appraisal();

		/**
		 * The meta object literal for the '<em><b>Screening</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SCREENING = eINSTANCE.getSource_Screening();

		/**
		 * The meta object literal for the '<em><b>Screening Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SCREENING_REASON = eINSTANCE.getSource_ScreeningReason();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__VOLUME = eINSTANCE.getSource_Volume();

		/**
		 * The meta object literal for the '<em><b>Issue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ISSUE = eINSTANCE.getSource_Issue();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PAGES = eINSTANCE.getSource_Pages();

		/**
		 * The meta object literal for the '<em><b>Accessed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ACCESSED = eINSTANCE.getSource_Accessed();

		/**
		 * The meta object literal for the '<em><b>Collection Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__COLLECTION_TITLE = eINSTANCE.getSource_CollectionTitle();

		/**
		 * The meta object literal for the '<em><b>Extracts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__EXTRACTS = eINSTANCE.getSource_Extracts();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.PersonImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__FAMILY = eINSTANCE.getPerson_Family();

		/**
		 * The meta object literal for the '<em><b>Given</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__GIVEN = eINSTANCE.getPerson_Given();

		/**
		 * The meta object literal for the '<em><b>Literal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LITERAL = eINSTANCE.getPerson_Literal();

		/**
		 * The meta object literal for the '<em><b>Non Dropping Particle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NON_DROPPING_PARTICLE = eINSTANCE.getPerson_NonDroppingParticle();

		/**
		 * The meta object literal for the '<em><b>Suffix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__SUFFIX = eINSTANCE.getPerson_Suffix();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ExtractImpl <em>Extract</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ExtractImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getExtract()
		 * @generated
		 */
		EClass EXTRACT = eINSTANCE.getExtract();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACT__SOURCE = eINSTANCE.getExtract_Source();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRACT__KIND = eINSTANCE.getExtract_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRACT__TEXT = eINSTANCE.getExtract_Text();

		/**
		 * The meta object literal for the '<em><b>Locator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRACT__LOCATOR = eINSTANCE.getExtract_Locator();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTRACT__NOTE = eINSTANCE.getExtract_Note();

		/**
		 * The meta object literal for the '<em><b>Appraisal</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACT__APPRAISAL = eINSTANCE.getExtract_Appraisal();

		/**
		 * The meta object literal for the '<em><b>Challenges</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACT__CHALLENGES = eINSTANCE.getExtract_Challenges();

		/**
		 * The meta object literal for the '<em><b>Scope Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACT__SCOPE_ITEMS = eINSTANCE.getExtract_ScopeItems();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACT__CRITERIA = eINSTANCE.getExtract_Criteria();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACT__SECTIONS = eINSTANCE.getExtract_Sections();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.CriterionImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__CODE = eINSTANCE.getCriterion_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__TITLE = eINSTANCE.getCriterion_Title();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__STATEMENT = eINSTANCE.getCriterion_Statement();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__RATIONALE = eINSTANCE.getCriterion_Rationale();

		/**
		 * The meta object literal for the '<em><b>Evidence Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__EVIDENCE_EXPECTED = eINSTANCE.getCriterion_EvidenceExpected();

		/**
		 * The meta object literal for the '<em><b>Mandatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__MANDATORY = eINSTANCE.getCriterion_Mandatory();

		/**
		 * The meta object literal for the '<em><b>Wording History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERION__WORDING_HISTORY = eINSTANCE.getCriterion_WordingHistory();

		/**
		 * The meta object literal for the '<em><b>Consensus Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__CONSENSUS_STATUS = eINSTANCE.getCriterion_ConsensusStatus();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.WordingChangeImpl <em>Wording Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.WordingChangeImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getWordingChange()
		 * @generated
		 */
		EClass WORDING_CHANGE = eINSTANCE.getWordingChange();

		/**
		 * The meta object literal for the '<em><b>Round</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORDING_CHANGE__ROUND = eINSTANCE.getWordingChange_Round();

		/**
		 * The meta object literal for the '<em><b>Previous Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORDING_CHANGE__PREVIOUS_STATEMENT = eINSTANCE.getWordingChange_PreviousStatement();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORDING_CHANGE__REASON = eINSTANCE.getWordingChange_Reason();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ConsensusSettingsImpl <em>Consensus Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ConsensusSettingsImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getConsensusSettings()
		 * @generated
		 */
		EClass CONSENSUS_SETTINGS = eINSTANCE.getConsensusSettings();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_SETTINGS__SCALE = eINSTANCE.getConsensusSettings_Scale();

		/**
		 * The meta object literal for the '<em><b>Include Threshold Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_SETTINGS__INCLUDE_THRESHOLD_PERCENT = eINSTANCE.getConsensusSettings_IncludeThresholdPercent();

		/**
		 * The meta object literal for the '<em><b>Exclude Opposite Threshold Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_SETTINGS__EXCLUDE_OPPOSITE_THRESHOLD_PERCENT = eINSTANCE.getConsensusSettings_ExcludeOppositeThresholdPercent();

		/**
		 * The meta object literal for the '<em><b>Agreement In Every Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_SETTINGS__AGREEMENT_IN_EVERY_GROUP = eINSTANCE.getConsensusSettings_AgreementInEveryGroup();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ConsensusRoundImpl <em>Consensus Round</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ConsensusRoundImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getConsensusRound()
		 * @generated
		 */
		EClass CONSENSUS_ROUND = eINSTANCE.getConsensusRound();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_ROUND__NUMBER = eINSTANCE.getConsensusRound_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_ROUND__TITLE = eINSTANCE.getConsensusRound_Title();

		/**
		 * The meta object literal for the '<em><b>Opened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_ROUND__OPENED = eINSTANCE.getConsensusRound_Opened();

		/**
		 * The meta object literal for the '<em><b>Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_ROUND__CLOSED = eINSTANCE.getConsensusRound_Closed();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSENSUS_ROUND__CRITERIA = eINSTANCE.getConsensusRound_Criteria();

		/**
		 * The meta object literal for the '<em><b>Panel</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSENSUS_ROUND__PANEL = eINSTANCE.getConsensusRound_Panel();

		/**
		 * The meta object literal for the '<em><b>Ratings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSENSUS_ROUND__RATINGS = eINSTANCE.getConsensusRound_Ratings();

		/**
		 * The meta object literal for the '<em><b>Consensus Status</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONSENSUS_ROUND___CONSENSUS_STATUS__CRITERION = eINSTANCE.getConsensusRound__ConsensusStatus__Criterion();

		/**
		 * The meta object literal for the '<em><b>Rater Count</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONSENSUS_ROUND___RATER_COUNT__CRITERION = eINSTANCE.getConsensusRound__RaterCount__Criterion();

		/**
		 * The meta object literal for the '<em><b>Agreement Percent</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONSENSUS_ROUND___AGREEMENT_PERCENT__CRITERION = eINSTANCE.getConsensusRound__AgreementPercent__Criterion();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.RatingImpl <em>Rating</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.RatingImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getRating()
		 * @generated
		 */
		EClass RATING = eINSTANCE.getRating();

		/**
		 * The meta object literal for the '<em><b>Member</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING__MEMBER = eINSTANCE.getRating_Member();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RATING__CRITERION = eINSTANCE.getRating_Criterion();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING__SCORE = eINSTANCE.getRating_Score();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATING__COMMENT = eINSTANCE.getRating_Comment();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.CaseStudyImpl <em>Case Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.CaseStudyImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getCaseStudy()
		 * @generated
		 */
		EClass CASE_STUDY = eINSTANCE.getCaseStudy();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__TITLE = eINSTANCE.getCaseStudy_Title();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY__PARTNERS = eINSTANCE.getCaseStudy_Partners();

		/**
		 * The meta object literal for the '<em><b>Service Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__SERVICE_MODEL = eINSTANCE.getCaseStudy_ServiceModel();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__REGION = eINSTANCE.getCaseStudy_Region();

		/**
		 * The meta object literal for the '<em><b>Contexts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__CONTEXTS = eINSTANCE.getCaseStudy_Contexts();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__DESCRIPTION = eINSTANCE.getCaseStudy_Description();

		/**
		 * The meta object literal for the '<em><b>Population Served</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__POPULATION_SERVED = eINSTANCE.getCaseStudy_PopulationServed();

		/**
		 * The meta object literal for the '<em><b>Referral Route</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__REFERRAL_ROUTE = eINSTANCE.getCaseStudy_ReferralRoute();

		/**
		 * The meta object literal for the '<em><b>Funding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__FUNDING = eINSTANCE.getCaseStudy_Funding();

		/**
		 * The meta object literal for the '<em><b>Staffing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__STAFFING = eINSTANCE.getCaseStudy_Staffing();

		/**
		 * The meta object literal for the '<em><b>Collection Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__COLLECTION_STATUS = eINSTANCE.getCaseStudy_CollectionStatus();

		/**
		 * The meta object literal for the '<em><b>Status History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY__STATUS_HISTORY = eINSTANCE.getCaseStudy_StatusHistory();

		/**
		 * The meta object literal for the '<em><b>Benefits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY__BENEFITS = eINSTANCE.getCaseStudy_Benefits();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY__OUTCOMES = eINSTANCE.getCaseStudy_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Challenges Addressed</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY__CHALLENGES_ADDRESSED = eINSTANCE.getCaseStudy_ChallengesAddressed();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY__CONTACTS = eINSTANCE.getCaseStudy_Contacts();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY__SOURCES = eINSTANCE.getCaseStudy_Sources();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY__ASSESSMENTS = eINSTANCE.getCaseStudy_Assessments();

		/**
		 * The meta object literal for the '<em><b>Consent To Publish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__CONSENT_TO_PUBLISH = eINSTANCE.getCaseStudy_ConsentToPublish();

		/**
		 * The meta object literal for the '<em><b>Model Of Good Practice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_STUDY__MODEL_OF_GOOD_PRACTICE = eINSTANCE.getCaseStudy_ModelOfGoodPractice();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.StatusChangeImpl <em>Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.StatusChangeImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getStatusChange()
		 * @generated
		 */
		EClass STATUS_CHANGE = eINSTANCE.getStatusChange();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__DATE = eINSTANCE.getStatusChange_Date();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__STATUS = eINSTANCE.getStatusChange_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__NOTE = eINSTANCE.getStatusChange_Note();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.BenefitImpl <em>Benefit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.BenefitImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getBenefit()
		 * @generated
		 */
		EClass BENEFIT = eINSTANCE.getBenefit();

		/**
		 * The meta object literal for the '<em><b>Beneficiary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT__BENEFICIARY = eINSTANCE.getBenefit_Beneficiary();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT__DESCRIPTION = eINSTANCE.getBenefit_Description();

		/**
		 * The meta object literal for the '<em><b>Evidence Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT__EVIDENCE_TYPE = eINSTANCE.getBenefit_EvidenceType();

		/**
		 * The meta object literal for the '<em><b>Evidence Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT__EVIDENCE_STRENGTH = eINSTANCE.getBenefit_EvidenceStrength();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.OutcomeImpl <em>Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.OutcomeImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getOutcome()
		 * @generated
		 */
		EClass OUTCOME = eINSTANCE.getOutcome();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__MEASURE = eINSTANCE.getOutcome_Measure();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__VALUE = eINSTANCE.getOutcome_Value();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__PERIOD = eINSTANCE.getOutcome_Period();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME__SOURCE = eINSTANCE.getOutcome_Source();

		/**
		 * The meta object literal for the '<em><b>Source Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__SOURCE_NOTE = eINSTANCE.getOutcome_SourceNote();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ContactRoleImpl <em>Contact Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ContactRoleImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getContactRole()
		 * @generated
		 */
		EClass CONTACT_ROLE = eINSTANCE.getContactRole();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_ROLE__ROLE = eINSTANCE.getContactRole_Role();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT_ROLE__ORGANISATION = eINSTANCE.getContactRole_Organisation();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.AssessmentImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Case Study</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CASE_STUDY = eINSTANCE.getAssessment_CaseStudy();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CRITERION = eINSTANCE.getAssessment_Criterion();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__RESULT = eINSTANCE.getAssessment_Result();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__RATIONALE = eINSTANCE.getAssessment_Rationale();

		/**
		 * The meta object literal for the '<em><b>Evidence Extracts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__EVIDENCE_EXTRACTS = eINSTANCE.getAssessment_EvidenceExtracts();

		/**
		 * The meta object literal for the '<em><b>Evidence Outcomes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__EVIDENCE_OUTCOMES = eINSTANCE.getAssessment_EvidenceOutcomes();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.GuidanceDocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.GuidanceDocumentImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getGuidanceDocument()
		 * @generated
		 */
		EClass GUIDANCE_DOCUMENT = eINSTANCE.getGuidanceDocument();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_DOCUMENT__TITLE = eINSTANCE.getGuidanceDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Subtitle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_DOCUMENT__SUBTITLE = eINSTANCE.getGuidanceDocument_Subtitle();

		/**
		 * The meta object literal for the '<em><b>Length Target Words</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_DOCUMENT__LENGTH_TARGET_WORDS = eINSTANCE.getGuidanceDocument_LengthTargetWords();

		/**
		 * The meta object literal for the '<em><b>Citation Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_DOCUMENT__CITATION_STYLE = eINSTANCE.getGuidanceDocument_CitationStyle();

		/**
		 * The meta object literal for the '<em><b>Locale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_DOCUMENT__LOCALE = eINSTANCE.getGuidanceDocument_Locale();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUIDANCE_DOCUMENT__SECTIONS = eINSTANCE.getGuidanceDocument_Sections();

		/**
		 * The meta object literal for the '<em><b>Word Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUIDANCE_DOCUMENT__WORD_COUNT = eINSTANCE.getGuidanceDocument_WordCount();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.SectionImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Heading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__HEADING = eINSTANCE.getSection_Heading();

		/**
		 * The meta object literal for the '<em><b>Word Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__WORD_BUDGET = eINSTANCE.getSection_WordBudget();

		/**
		 * The meta object literal for the '<em><b>Audience Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__AUDIENCE_NOTES = eINSTANCE.getSection_AudienceNotes();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__KIND = eINSTANCE.getSection_Kind();

		/**
		 * The meta object literal for the '<em><b>Blocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__BLOCKS = eINSTANCE.getSection_Blocks();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__SECTIONS = eINSTANCE.getSection_Sections();

		/**
		 * The meta object literal for the '<em><b>Word Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__WORD_COUNT = eINSTANCE.getSection_WordCount();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.BlockImpl <em>Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.BlockImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getBlock()
		 * @generated
		 */
		EClass BLOCK = eINSTANCE.getBlock();

		/**
		 * The meta object literal for the '<em><b>Evidence Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLOCK__EVIDENCE_LINKS = eINSTANCE.getBlock_EvidenceLinks();

		/**
		 * The meta object literal for the '<em><b>Word Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK__WORD_COUNT = eINSTANCE.getBlock_WordCount();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ParagraphImpl <em>Paragraph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ParagraphImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getParagraph()
		 * @generated
		 */
		EClass PARAGRAPH = eINSTANCE.getParagraph();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAGRAPH__TEXT = eINSTANCE.getParagraph_Text();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ListBlockImpl <em>List Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ListBlockImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getListBlock()
		 * @generated
		 */
		EClass LIST_BLOCK = eINSTANCE.getListBlock();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_BLOCK__ITEMS = eINSTANCE.getListBlock_Items();

		/**
		 * The meta object literal for the '<em><b>Ordered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIST_BLOCK__ORDERED = eINSTANCE.getListBlock_Ordered();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.CalloutImpl <em>Callout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.CalloutImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getCallout()
		 * @generated
		 */
		EClass CALLOUT = eINSTANCE.getCallout();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__KIND = eINSTANCE.getCallout_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__TITLE = eINSTANCE.getCallout_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALLOUT__TEXT = eINSTANCE.getCallout_Text();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.CaseStudyEmbedImpl <em>Case Study Embed</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.CaseStudyEmbedImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getCaseStudyEmbed()
		 * @generated
		 */
		EClass CASE_STUDY_EMBED = eINSTANCE.getCaseStudyEmbed();

		/**
		 * The meta object literal for the '<em><b>Case Study</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_STUDY_EMBED__CASE_STUDY = eINSTANCE.getCaseStudyEmbed_CaseStudy();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ChallengeTableImpl <em>Challenge Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ChallengeTableImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getChallengeTable()
		 * @generated
		 */
		EClass CHALLENGE_TABLE = eINSTANCE.getChallengeTable();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHALLENGE_TABLE__CAPTION = eINSTANCE.getChallengeTable_Caption();

		/**
		 * The meta object literal for the '<em><b>Challenges</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHALLENGE_TABLE__CHALLENGES = eINSTANCE.getChallengeTable_Challenges();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ChecklistImpl <em>Checklist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ChecklistImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getChecklist()
		 * @generated
		 */
		EClass CHECKLIST = eINSTANCE.getChecklist();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__TITLE = eINSTANCE.getChecklist_Title();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST__ITEMS = eINSTANCE.getChecklist_Items();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ChecklistItemImpl <em>Checklist Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ChecklistItemImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getChecklistItem()
		 * @generated
		 */
		EClass CHECKLIST_ITEM = eINSTANCE.getChecklistItem();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__TEXT = eINSTANCE.getChecklistItem_Text();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ExtractQuoteImpl <em>Extract Quote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ExtractQuoteImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getExtractQuote()
		 * @generated
		 */
		EClass EXTRACT_QUOTE = eINSTANCE.getExtractQuote();

		/**
		 * The meta object literal for the '<em><b>Extract</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTRACT_QUOTE__EXTRACT = eINSTANCE.getExtractQuote_Extract();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ImageImpl <em>Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ImageImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getImage()
		 * @generated
		 */
		EClass IMAGE = eINSTANCE.getImage();

		/**
		 * The meta object literal for the '<em><b>Alt Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__ALT_TEXT = eINSTANCE.getImage_AltText();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__PATH = eINSTANCE.getImage_Path();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__DATA = eINSTANCE.getImage_Data();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE__CAPTION = eINSTANCE.getImage_Caption();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.PublicationImpl <em>Publication</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.PublicationImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getPublication()
		 * @generated
		 */
		EClass PUBLICATION = eINSTANCE.getPublication();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICATION__STATUS = eINSTANCE.getPublication_Status();

		/**
		 * The meta object literal for the '<em><b>Status Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICATION__STATUS_LABEL = eINSTANCE.getPublication_StatusLabel();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICATION__VERSION = eINSTANCE.getPublication_Version();

		/**
		 * The meta object literal for the '<em><b>Publication Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICATION__PUBLICATION_DATE = eINSTANCE.getPublication_PublicationDate();

		/**
		 * The meta object literal for the '<em><b>Reader Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICATION__READER_SUMMARY = eINSTANCE.getPublication_ReaderSummary();

		/**
		 * The meta object literal for the '<em><b>Tool Colophon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLICATION__TOOL_COLOPHON = eINSTANCE.getPublication_ToolColophon();

		/**
		 * The meta object literal for the '<em><b>Release Milestone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUBLICATION__RELEASE_MILESTONE = eINSTANCE.getPublication_ReleaseMilestone();

		/**
		 * The meta object literal for the '<em><b>Issuers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PUBLICATION__ISSUERS = eINSTANCE.getPublication_Issuers();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.IssuerImpl <em>Issuer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.IssuerImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getIssuer()
		 * @generated
		 */
		EClass ISSUER = eINSTANCE.getIssuer();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUER__ORGANISATION = eINSTANCE.getIssuer_Organisation();

		/**
		 * The meta object literal for the '<em><b>Confirmed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUER__CONFIRMED = eINSTANCE.getIssuer_Confirmed();

		/**
		 * The meta object literal for the '<em><b>Logo Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUER__LOGO_PATH = eINSTANCE.getIssuer_LogoPath();

		/**
		 * The meta object literal for the '<em><b>Logo Alt Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUER__LOGO_ALT_TEXT = eINSTANCE.getIssuer_LogoAltText();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.EvidenceLinkImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceLink()
		 * @generated
		 */
		EClass EVIDENCE_LINK = eINSTANCE.getEvidenceLink();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_LINK__EVIDENCE = eINSTANCE.getEvidenceLink_Evidence();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__FIELD = eINSTANCE.getEvidenceLink_Field();

		/**
		 * The meta object literal for the '<em><b>Sentence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__SENTENCE = eINSTANCE.getEvidenceLink_Sentence();

		/**
		 * The meta object literal for the '<em><b>Evidence Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__EVIDENCE_ID = eINSTANCE.getEvidenceLink_EvidenceId();

		/**
		 * The meta object literal for the '<em><b>Confirmed State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__CONFIRMED_STATE = eINSTANCE.getEvidenceLink_ConfirmedState();

		/**
		 * The meta object literal for the '<em><b>Confirmed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__CONFIRMED_AT = eINSTANCE.getEvidenceLink_ConfirmedAt();

		/**
		 * The meta object literal for the '<em><b>Confirmed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__CONFIRMED_BY = eINSTANCE.getEvidenceLink_ConfirmedBy();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.TermImpl <em>Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.TermImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getTerm()
		 * @generated
		 */
		EClass TERM = eINSTANCE.getTerm();

		/**
		 * The meta object literal for the '<em><b>Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__TERM = eINSTANCE.getTerm_Term();

		/**
		 * The meta object literal for the '<em><b>Expansion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__EXPANSION = eINSTANCE.getTerm_Expansion();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__DEFINITION = eINSTANCE.getTerm_Definition();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__SECTOR = eINSTANCE.getTerm_Sector();

		/**
		 * The meta object literal for the '<em><b>Well Known</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__WELL_KNOWN = eINSTANCE.getTerm_WellKnown();

		/**
		 * The meta object literal for the '<em><b>Plain Wording</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__PLAIN_WORDING = eINSTANCE.getTerm_PlainWording();

		/**
		 * The meta object literal for the '<em><b>Source Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__SOURCE_URL = eINSTANCE.getTerm_SourceUrl();

		/**
		 * The meta object literal for the '<em><b>Disabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__DISABLED = eINSTANCE.getTerm_Disabled();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ReviewCommentImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getReviewComment()
		 * @generated
		 */
		EClass REVIEW_COMMENT = eINSTANCE.getReviewComment();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_COMMENT__TARGET = eINSTANCE.getReviewComment_Target();

		/**
		 * The meta object literal for the '<em><b>Reviewer Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__REVIEWER_ROLE = eINSTANCE.getReviewComment_ReviewerRole();

		/**
		 * The meta object literal for the '<em><b>Reviewer Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_COMMENT__REVIEWER_ORGANISATION = eINSTANCE.getReviewComment_ReviewerOrganisation();

		/**
		 * The meta object literal for the '<em><b>Milestone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_COMMENT__MILESTONE = eINSTANCE.getReviewComment_Milestone();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__STATUS = eINSTANCE.getReviewComment_Status();

		/**
		 * The meta object literal for the '<em><b>Raised</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__RAISED = eINSTANCE.getReviewComment_Raised();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__TEXT = eINSTANCE.getReviewComment_Text();

		/**
		 * The meta object literal for the '<em><b>Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__RESPONSE = eINSTANCE.getReviewComment_Response();

		/**
		 * The meta object literal for the '<em><b>Quoted Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__QUOTED_TEXT = eINSTANCE.getReviewComment_QuotedText();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__THEME = eINSTANCE.getReviewComment_Theme();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ReviewSuggestionImpl <em>Review Suggestion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ReviewSuggestionImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getReviewSuggestion()
		 * @generated
		 */
		EClass REVIEW_SUGGESTION = eINSTANCE.getReviewSuggestion();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_SUGGESTION__TARGET = eINSTANCE.getReviewSuggestion_Target();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__ITEM = eINSTANCE.getReviewSuggestion_Item();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__BEFORE = eINSTANCE.getReviewSuggestion_Before();

		/**
		 * The meta object literal for the '<em><b>Deleted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__DELETED = eINSTANCE.getReviewSuggestion_Deleted();

		/**
		 * The meta object literal for the '<em><b>Inserted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__INSERTED = eINSTANCE.getReviewSuggestion_Inserted();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__AFTER = eINSTANCE.getReviewSuggestion_After();

		/**
		 * The meta object literal for the '<em><b>Reviewer Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__REVIEWER_ROLE = eINSTANCE.getReviewSuggestion_ReviewerRole();

		/**
		 * The meta object literal for the '<em><b>Reviewer Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_SUGGESTION__REVIEWER_ORGANISATION = eINSTANCE.getReviewSuggestion_ReviewerOrganisation();

		/**
		 * The meta object literal for the '<em><b>Milestone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_SUGGESTION__MILESTONE = eINSTANCE.getReviewSuggestion_Milestone();

		/**
		 * The meta object literal for the '<em><b>Raised</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__RAISED = eINSTANCE.getReviewSuggestion_Raised();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__STATUS = eINSTANCE.getReviewSuggestion_Status();

		/**
		 * The meta object literal for the '<em><b>Decided</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__DECIDED = eINSTANCE.getReviewSuggestion_Decided();

		/**
		 * The meta object literal for the '<em><b>Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_SUGGESTION__RESPONSE = eINSTANCE.getReviewSuggestion_Response();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.RecipientImpl <em>Recipient</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.RecipientImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getRecipient()
		 * @generated
		 */
		EClass RECIPIENT = eINSTANCE.getRecipient();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPIENT__NAME = eINSTANCE.getRecipient_Name();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECIPIENT__ORGANISATION = eINSTANCE.getRecipient_Organisation();

		/**
		 * The meta object literal for the '<em><b>Sent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPIENT__SENT = eINSTANCE.getRecipient_Sent();

		/**
		 * The meta object literal for the '<em><b>Returned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPIENT__RETURNED = eINSTANCE.getRecipient_Returned();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECIPIENT__NOTE = eINSTANCE.getRecipient_Note();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.AdaptationImpl <em>Adaptation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.AdaptationImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getAdaptation()
		 * @generated
		 */
		EClass ADAPTATION = eINSTANCE.getAdaptation();

		/**
		 * The meta object literal for the '<em><b>Context Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTATION__CONTEXT_ID = eINSTANCE.getAdaptation_ContextId();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADAPTATION__TARGET = eINSTANCE.getAdaptation_Target();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTATION__KIND = eINSTANCE.getAdaptation_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTATION__TEXT = eINSTANCE.getAdaptation_Text();

		/**
		 * The meta object literal for the '<em><b>Find Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADAPTATION__FIND_TEXT = eINSTANCE.getAdaptation_FindText();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.MergeConflictImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getMergeConflict()
		 * @generated
		 */
		EClass MERGE_CONFLICT = eINSTANCE.getMergeConflict();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__KIND = eINSTANCE.getMergeConflict_Kind();

		/**
		 * The meta object literal for the '<em><b>Element Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__ELEMENT_ID = eINSTANCE.getMergeConflict_ElementId();

		/**
		 * The meta object literal for the '<em><b>Element Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__ELEMENT_LABEL = eINSTANCE.getMergeConflict_ElementLabel();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__FEATURE = eINSTANCE.getMergeConflict_Feature();

		/**
		 * The meta object literal for the '<em><b>Base Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__BASE_VALUE = eINSTANCE.getMergeConflict_BaseValue();

		/**
		 * The meta object literal for the '<em><b>Ours Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__OURS_VALUE = eINSTANCE.getMergeConflict_OursValue();

		/**
		 * The meta object literal for the '<em><b>Theirs Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__THEIRS_VALUE = eINSTANCE.getMergeConflict_TheirsValue();

		/**
		 * The meta object literal for the '<em><b>Ours Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__OURS_LABEL = eINSTANCE.getMergeConflict_OursLabel();

		/**
		 * The meta object literal for the '<em><b>Theirs Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__THEIRS_LABEL = eINSTANCE.getMergeConflict_TheirsLabel();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.ApprovalImpl <em>Approval</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.ApprovalImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getApproval()
		 * @generated
		 */
		EClass APPROVAL = eINSTANCE.getApproval();

		/**
		 * The meta object literal for the '<em><b>Milestone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPROVAL__MILESTONE = eINSTANCE.getApproval_Milestone();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__NAME = eINSTANCE.getApproval_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__ROLE = eINSTANCE.getApproval_Role();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__ORGANISATION = eINSTANCE.getApproval_Organisation();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__NOTE = eINSTANCE.getApproval_Note();

		/**
		 * The meta object literal for the '<em><b>Commit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__COMMIT = eINSTANCE.getApproval_Commit();

		/**
		 * The meta object literal for the '<em><b>Approved At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__APPROVED_AT = eINSTANCE.getApproval_ApprovedAt();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__TAG = eINSTANCE.getApproval_Tag();

		/**
		 * The meta object literal for the '<em><b>Superseded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__SUPERSEDED_BY = eINSTANCE.getApproval_SupersededBy();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.DecisionImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__TITLE = eINSTANCE.getDecision_Title();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__RATIONALE = eINSTANCE.getDecision_Rationale();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__DECIDED_BY = eINSTANCE.getDecision_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__DECIDED_ON = eINSTANCE.getDecision_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__ELEMENTS = eINSTANCE.getDecision_Elements();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DECISION__COMMENTS = eINSTANCE.getDecision_Comments();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.EvidenceConfidenceImpl <em>Evidence Confidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.EvidenceConfidenceImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceConfidence()
		 * @generated
		 */
		EClass EVIDENCE_CONFIDENCE = eINSTANCE.getEvidenceConfidence();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_CONFIDENCE__LEVEL = eINSTANCE.getEvidenceConfidence_Level();

		/**
		 * The meta object literal for the '<em><b>Methodological Limitations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_CONFIDENCE__METHODOLOGICAL_LIMITATIONS = eINSTANCE.getEvidenceConfidence_MethodologicalLimitations();

		/**
		 * The meta object literal for the '<em><b>Coherence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_CONFIDENCE__COHERENCE = eINSTANCE.getEvidenceConfidence_Coherence();

		/**
		 * The meta object literal for the '<em><b>Adequacy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_CONFIDENCE__ADEQUACY = eINSTANCE.getEvidenceConfidence_Adequacy();

		/**
		 * The meta object literal for the '<em><b>Relevance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_CONFIDENCE__RELEVANCE = eINSTANCE.getEvidenceConfidence_Relevance();

		/**
		 * The meta object literal for the '<em><b>Reasons</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_CONFIDENCE__REASONS = eINSTANCE.getEvidenceConfidence_Reasons();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.CellConfidenceImpl <em>Cell Confidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.CellConfidenceImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getCellConfidence()
		 * @generated
		 */
		EClass CELL_CONFIDENCE = eINSTANCE.getCellConfidence();

		/**
		 * The meta object literal for the '<em><b>Evidence Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_CONFIDENCE__EVIDENCE_KIND = eINSTANCE.getCellConfidence_EvidenceKind();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.impl.AppraisalImpl <em>Appraisal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.impl.AppraisalImpl
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getAppraisal()
		 * @generated
		 */
		EClass APPRAISAL = eINSTANCE.getAppraisal();

		/**
		 * The meta object literal for the '<em><b>Design</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__DESIGN = eINSTANCE.getAppraisal_Design();

		/**
		 * The meta object literal for the '<em><b>Design Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__DESIGN_NOTE = eINSTANCE.getAppraisal_DesignNote();

		/**
		 * The meta object literal for the '<em><b>Relevance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__RELEVANCE = eINSTANCE.getAppraisal_Relevance();

		/**
		 * The meta object literal for the '<em><b>Relevance Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__RELEVANCE_NOTE = eINSTANCE.getAppraisal_RelevanceNote();

		/**
		 * The meta object literal for the '<em><b>Limitations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__LIMITATIONS = eINSTANCE.getAppraisal_Limitations();

		/**
		 * The meta object literal for the '<em><b>Limitations Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__LIMITATIONS_NOTE = eINSTANCE.getAppraisal_LimitationsNote();

		/**
		 * The meta object literal for the '<em><b>Adequacy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__ADEQUACY = eINSTANCE.getAppraisal_Adequacy();

		/**
		 * The meta object literal for the '<em><b>Adequacy Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__ADEQUACY_NOTE = eINSTANCE.getAppraisal_AdequacyNote();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.PublicationStatus <em>Publication Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.PublicationStatus
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getPublicationStatus()
		 * @generated
		 */
		EEnum PUBLICATION_STATUS = eINSTANCE.getPublicationStatus();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.SectionKind <em>Section Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.SectionKind
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getSectionKind()
		 * @generated
		 */
		EEnum SECTION_KIND = eINSTANCE.getSectionKind();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.MergeConflictKind <em>Merge Conflict Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.MergeConflictKind
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getMergeConflictKind()
		 * @generated
		 */
		EEnum MERGE_CONFLICT_KIND = eINSTANCE.getMergeConflictKind();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.Sector <em>Sector</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.Sector
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getSector()
		 * @generated
		 */
		EEnum SECTOR = eINSTANCE.getSector();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.MilestoneKind <em>Milestone Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.MilestoneKind
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getMilestoneKind()
		 * @generated
		 */
		EEnum MILESTONE_KIND = eINSTANCE.getMilestoneKind();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.MilestoneStatus <em>Milestone Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.MilestoneStatus
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getMilestoneStatus()
		 * @generated
		 */
		EEnum MILESTONE_STATUS = eINSTANCE.getMilestoneStatus();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.OrganisationKind <em>Organisation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.OrganisationKind
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getOrganisationKind()
		 * @generated
		 */
		EEnum ORGANISATION_KIND = eINSTANCE.getOrganisationKind();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.HepSize <em>Hep Size</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.HepSize
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getHepSize()
		 * @generated
		 */
		EEnum HEP_SIZE = eINSTANCE.getHepSize();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.SourceType <em>Source Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.SourceType
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getSourceType()
		 * @generated
		 */
		EEnum SOURCE_TYPE = eINSTANCE.getSourceType();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.ExtractKind <em>Extract Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.ExtractKind
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getExtractKind()
		 * @generated
		 */
		EEnum EXTRACT_KIND = eINSTANCE.getExtractKind();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.ConsensusScale <em>Consensus Scale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.ConsensusScale
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getConsensusScale()
		 * @generated
		 */
		EEnum CONSENSUS_SCALE = eINSTANCE.getConsensusScale();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.ConsensusStatus <em>Consensus Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.ConsensusStatus
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getConsensusStatus()
		 * @generated
		 */
		EEnum CONSENSUS_STATUS = eINSTANCE.getConsensusStatus();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.ServiceModel <em>Service Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.ServiceModel
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getServiceModel()
		 * @generated
		 */
		EEnum SERVICE_MODEL = eINSTANCE.getServiceModel();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.PartnershipContext <em>Partnership Context</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.PartnershipContext
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getPartnershipContext()
		 * @generated
		 */
		EEnum PARTNERSHIP_CONTEXT = eINSTANCE.getPartnershipContext();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.CollectionStatus <em>Collection Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.CollectionStatus
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getCollectionStatus()
		 * @generated
		 */
		EEnum COLLECTION_STATUS = eINSTANCE.getCollectionStatus();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.Beneficiary <em>Beneficiary</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.Beneficiary
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getBeneficiary()
		 * @generated
		 */
		EEnum BENEFICIARY = eINSTANCE.getBeneficiary();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.EvidenceType <em>Evidence Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.EvidenceType
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceType()
		 * @generated
		 */
		EEnum EVIDENCE_TYPE = eINSTANCE.getEvidenceType();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.EvidenceStrength <em>Evidence Strength</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.EvidenceStrength
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceStrength()
		 * @generated
		 */
		EEnum EVIDENCE_STRENGTH = eINSTANCE.getEvidenceStrength();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.AssessmentResult <em>Assessment Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.AssessmentResult
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getAssessmentResult()
		 * @generated
		 */
		EEnum ASSESSMENT_RESULT = eINSTANCE.getAssessmentResult();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.CalloutKind <em>Callout Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.CalloutKind
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getCalloutKind()
		 * @generated
		 */
		EEnum CALLOUT_KIND = eINSTANCE.getCalloutKind();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.ReviewStatus <em>Review Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.ReviewStatus
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getReviewStatus()
		 * @generated
		 */
		EEnum REVIEW_STATUS = eINSTANCE.getReviewStatus();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.AdaptationKind <em>Adaptation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.AdaptationKind
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getAdaptationKind()
		 * @generated
		 */
		EEnum ADAPTATION_KIND = eINSTANCE.getAdaptationKind();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.StakeholderGroup <em>Stakeholder Group</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.StakeholderGroup
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getStakeholderGroup()
		 * @generated
		 */
		EEnum STAKEHOLDER_GROUP = eINSTANCE.getStakeholderGroup();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.StudyDesign <em>Study Design</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.StudyDesign
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getStudyDesign()
		 * @generated
		 */
		EEnum STUDY_DESIGN = eINSTANCE.getStudyDesign();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.ScreeningDecision <em>Screening Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.ScreeningDecision
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getScreeningDecision()
		 * @generated
		 */
		EEnum SCREENING_DECISION = eINSTANCE.getScreeningDecision();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.EvidenceConfidenceLevel <em>Evidence Confidence Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.EvidenceConfidenceLevel
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getEvidenceConfidenceLevel()
		 * @generated
		 */
		EEnum EVIDENCE_CONFIDENCE_LEVEL = eINSTANCE.getEvidenceConfidenceLevel();

		/**
		 * The meta object literal for the '{@link org.bridgework.model.CerqualConcern <em>Cerqual Concern</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bridgework.model.CerqualConcern
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getCerqualConcern()
		 * @generated
		 */
		EEnum CERQUAL_CONCERN = eINSTANCE.getCerqualConcern();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.bridgework.model.impl.GuidancePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //GuidancePackage
