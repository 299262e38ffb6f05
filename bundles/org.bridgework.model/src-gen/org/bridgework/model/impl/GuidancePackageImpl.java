/**
 */
package org.bridgework.model.impl;

import java.time.LocalDate;

import org.bridgework.model.Adaptation;
import org.bridgework.model.AdaptationKind;
import org.bridgework.model.Appraisal;
import org.bridgework.model.Approval;
import org.bridgework.model.Assessment;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.Audience;
import org.bridgework.model.Beneficiary;
import org.bridgework.model.Benefit;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CalloutKind;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.CellConfidence;
import org.bridgework.model.CerqualConcern;
import org.bridgework.model.Challenge;
import org.bridgework.model.ChallengeTable;
import org.bridgework.model.Checklist;
import org.bridgework.model.ChecklistItem;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusScale;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.ContactRole;
import org.bridgework.model.Criterion;
import org.bridgework.model.Decision;
import org.bridgework.model.EvidenceConfidence;
import org.bridgework.model.EvidenceConfidenceLevel;
import org.bridgework.model.EvidenceLink;
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractKind;
import org.bridgework.model.ExtractQuote;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.HepProfile;
import org.bridgework.model.HepSize;
import org.bridgework.model.Identified;
import org.bridgework.model.Image;
import org.bridgework.model.Issuer;
import org.bridgework.model.ListBlock;
import org.bridgework.model.Member;
import org.bridgework.model.MergeConflict;
import org.bridgework.model.MergeConflictKind;
import org.bridgework.model.Milestone;
import org.bridgework.model.MilestoneKind;
import org.bridgework.model.MilestoneStatus;
import org.bridgework.model.Organisation;
import org.bridgework.model.OrganisationKind;
import org.bridgework.model.Outcome;
import org.bridgework.model.Paragraph;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.Person;
import org.bridgework.model.Publication;
import org.bridgework.model.PublicationStatus;
import org.bridgework.model.Rating;
import org.bridgework.model.Recipient;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewStatus;
import org.bridgework.model.ReviewSuggestion;
import org.bridgework.model.Scope;
import org.bridgework.model.ScopeItem;
import org.bridgework.model.ScreeningDecision;
import org.bridgework.model.Section;
import org.bridgework.model.SectionKind;
import org.bridgework.model.Sector;
import org.bridgework.model.ServiceModel;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.bridgework.model.StakeholderGroup;
import org.bridgework.model.StatusChange;
import org.bridgework.model.StudyDesign;
import org.bridgework.model.Term;
import org.bridgework.model.WordingChange;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GuidancePackageImpl extends EPackageImpl implements GuidancePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass guidanceProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scopeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scopeItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass audienceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass milestoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hepProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass challengeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass solutionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass extractEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wordingChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consensusSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consensusRoundEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ratingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseStudyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass benefitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outcomeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactRoleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass guidanceDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass paragraphEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass listBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass calloutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseStudyEmbedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass challengeTableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass extractQuoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass publicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass issuerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass termEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewCommentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewSuggestionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recipientEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adaptationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mergeConflictEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass approvalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceConfidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cellConfidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass appraisalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum publicationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mergeConflictKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum milestoneKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum milestoneStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organisationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hepSizeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sourceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum extractKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum consensusScaleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum consensusStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceModelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partnershipContextEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum collectionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum beneficiaryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceStrengthEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentResultEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum calloutKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum adaptationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stakeholderGroupEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum studyDesignEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum screeningDecisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceConfidenceLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cerqualConcernEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.bridgework.model.GuidancePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GuidancePackageImpl() {
		super(eNS_URI, GuidanceFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link GuidancePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GuidancePackage init() {
		if (isInited) return (GuidancePackage)EPackage.Registry.INSTANCE.getEPackage(GuidancePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGuidancePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GuidancePackageImpl theGuidancePackage = registeredGuidancePackage instanceof GuidancePackageImpl ? (GuidancePackageImpl)registeredGuidancePackage : new GuidancePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theGuidancePackage.createPackageContents();

		// Initialize created meta-data
		theGuidancePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theGuidancePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GuidancePackage.eNS_URI, theGuidancePackage);
		return theGuidancePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Label() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGuidanceProject() {
		return guidanceProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceProject_FormatVersion() {
		return (EAttribute)guidanceProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceProject_Title() {
		return (EAttribute)guidanceProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceProject_Purpose() {
		return (EAttribute)guidanceProjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Scope() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Audiences() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Milestones() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Organisations() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Members() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Challenges() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Solutions() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Sources() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceProject_DuplicatesMerged() {
		return (EAttribute)guidanceProjectEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Criteria() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_ConsensusSettings() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Rounds() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_CaseStudies() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Document() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Terms() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_ReviewComments() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_ReviewSuggestions() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Adaptations() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_MergeConflicts() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Approvals() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Decisions() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceProject_Publication() {
		return (EReference)guidanceProjectEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScope() {
		return scopeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScope_Summary() {
		return (EAttribute)scopeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScope_Items() {
		return (EReference)scopeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScope_AgreedBy() {
		return (EAttribute)scopeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScope_AgreedOn() {
		return (EAttribute)scopeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScopeItem() {
		return scopeItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScopeItem_Title() {
		return (EAttribute)scopeItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScopeItem_Description() {
		return (EAttribute)scopeItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScopeItem_InScope() {
		return (EAttribute)scopeItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAudience() {
		return audienceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAudience_Title() {
		return (EAttribute)audienceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAudience_Sector() {
		return (EAttribute)audienceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAudience_Description() {
		return (EAttribute)audienceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMilestone() {
		return milestoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_Title() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_Date() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_Kind() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_Status() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMilestone_Description() {
		return (EAttribute)milestoneEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMilestone_Recipients() {
		return (EReference)milestoneEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Name() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_ShortName() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Kind() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Region() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Website() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Description() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_HepProfile() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHepProfile() {
		return hepProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHepProfile_Size() {
		return (EAttribute)hepProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHepProfile_Specialist() {
		return (EAttribute)hepProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHepProfile_Specialism() {
		return (EAttribute)hepProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHepProfile_FurtherEducationCollege() {
		return (EAttribute)hepProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMember() {
		return memberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Role() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMember_Organisation() {
		return (EReference)memberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_StakeholderGroup() {
		return (EAttribute)memberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChallenge() {
		return challengeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChallenge_Title() {
		return (EAttribute)challengeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChallenge_Description() {
		return (EAttribute)challengeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChallenge_Category() {
		return (EAttribute)challengeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChallenge_EvidenceGap() {
		return (EAttribute)challengeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChallenge_Confidence() {
		return (EReference)challengeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChallenge_CellConfidences() {
		return (EReference)challengeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSolution() {
		return solutionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolution_Title() {
		return (EAttribute)solutionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSolution_Description() {
		return (EAttribute)solutionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_Addresses() {
		return (EReference)solutionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_EvidencedBy() {
		return (EReference)solutionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSolution_ExemplifiedBy() {
		return (EReference)solutionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource() {
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Type() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_CitationKey() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSource_Authors() {
		return (EReference)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSource_Editors() {
		return (EReference)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Title() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_ContainerTitle() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_IssuedYear() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_IssuedMonth() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_IssuedDay() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Publisher() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_PublisherPlace() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Doi() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Url() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Isbn() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_AbstractText() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Keywords() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Note() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSource_Appraisal() {
		return (EReference)sourceEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Screening() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_ScreeningReason() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Volume() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Issue() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Pages() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Accessed() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_CollectionTitle() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSource_Extracts() {
		return (EReference)sourceEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Family() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Given() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Literal() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_NonDroppingParticle() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Suffix() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExtract() {
		return extractEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtract_Source() {
		return (EReference)extractEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtract_Kind() {
		return (EAttribute)extractEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtract_Text() {
		return (EAttribute)extractEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtract_Locator() {
		return (EAttribute)extractEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExtract_Note() {
		return (EAttribute)extractEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtract_Appraisal() {
		return (EReference)extractEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtract_Challenges() {
		return (EReference)extractEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtract_ScopeItems() {
		return (EReference)extractEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtract_Criteria() {
		return (EReference)extractEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtract_Sections() {
		return (EReference)extractEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriterion() {
		return criterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Code() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Title() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Statement() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Rationale() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_EvidenceExpected() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Mandatory() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCriterion_WordingHistory() {
		return (EReference)criterionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_ConsensusStatus() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWordingChange() {
		return wordingChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWordingChange_Round() {
		return (EReference)wordingChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWordingChange_PreviousStatement() {
		return (EAttribute)wordingChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWordingChange_Reason() {
		return (EAttribute)wordingChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsensusSettings() {
		return consensusSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusSettings_Scale() {
		return (EAttribute)consensusSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusSettings_IncludeThresholdPercent() {
		return (EAttribute)consensusSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusSettings_ExcludeOppositeThresholdPercent() {
		return (EAttribute)consensusSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusSettings_AgreementInEveryGroup() {
		return (EAttribute)consensusSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsensusRound() {
		return consensusRoundEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusRound_Number() {
		return (EAttribute)consensusRoundEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusRound_Title() {
		return (EAttribute)consensusRoundEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusRound_Opened() {
		return (EAttribute)consensusRoundEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsensusRound_Closed() {
		return (EAttribute)consensusRoundEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsensusRound_Criteria() {
		return (EReference)consensusRoundEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsensusRound_Panel() {
		return (EReference)consensusRoundEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsensusRound_Ratings() {
		return (EReference)consensusRoundEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConsensusRound__ConsensusStatus__Criterion() {
		return consensusRoundEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConsensusRound__RaterCount__Criterion() {
		return consensusRoundEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getConsensusRound__AgreementPercent__Criterion() {
		return consensusRoundEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRating() {
		return ratingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRating_Member() {
		return (EReference)ratingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRating_Criterion() {
		return (EReference)ratingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRating_Score() {
		return (EAttribute)ratingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRating_Comment() {
		return (EAttribute)ratingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseStudy() {
		return caseStudyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Title() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudy_Partners() {
		return (EReference)caseStudyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_ServiceModel() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Region() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Contexts() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Description() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_PopulationServed() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_ReferralRoute() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Funding() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_Staffing() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_CollectionStatus() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudy_StatusHistory() {
		return (EReference)caseStudyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudy_Benefits() {
		return (EReference)caseStudyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudy_Outcomes() {
		return (EReference)caseStudyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudy_ChallengesAddressed() {
		return (EReference)caseStudyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudy_Contacts() {
		return (EReference)caseStudyEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudy_Sources() {
		return (EReference)caseStudyEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudy_Assessments() {
		return (EReference)caseStudyEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_ConsentToPublish() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseStudy_ModelOfGoodPractice() {
		return (EAttribute)caseStudyEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusChange() {
		return statusChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Date() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Status() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Note() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBenefit() {
		return benefitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefit_Beneficiary() {
		return (EAttribute)benefitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefit_Description() {
		return (EAttribute)benefitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefit_EvidenceType() {
		return (EAttribute)benefitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefit_EvidenceStrength() {
		return (EAttribute)benefitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutcome() {
		return outcomeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Measure() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Value() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Period() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutcome_Source() {
		return (EReference)outcomeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_SourceNote() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactRole() {
		return contactRoleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactRole_Role() {
		return (EAttribute)contactRoleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContactRole_Organisation() {
		return (EReference)contactRoleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_CaseStudy() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Criterion() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Result() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Rationale() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_EvidenceExtracts() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_EvidenceOutcomes() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGuidanceDocument() {
		return guidanceDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceDocument_Title() {
		return (EAttribute)guidanceDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceDocument_Subtitle() {
		return (EAttribute)guidanceDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceDocument_LengthTargetWords() {
		return (EAttribute)guidanceDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceDocument_CitationStyle() {
		return (EAttribute)guidanceDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceDocument_Locale() {
		return (EAttribute)guidanceDocumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuidanceDocument_Sections() {
		return (EReference)guidanceDocumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuidanceDocument_WordCount() {
		return (EAttribute)guidanceDocumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSection() {
		return sectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Heading() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_WordBudget() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_AudienceNotes() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Kind() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Blocks() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Sections() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_WordCount() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlock() {
		return blockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBlock_EvidenceLinks() {
		return (EReference)blockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlock_WordCount() {
		return (EAttribute)blockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParagraph() {
		return paragraphEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParagraph_Text() {
		return (EAttribute)paragraphEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getListBlock() {
		return listBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListBlock_Items() {
		return (EAttribute)listBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getListBlock_Ordered() {
		return (EAttribute)listBlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCallout() {
		return calloutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_Kind() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_Title() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCallout_Text() {
		return (EAttribute)calloutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseStudyEmbed() {
		return caseStudyEmbedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseStudyEmbed_CaseStudy() {
		return (EReference)caseStudyEmbedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChallengeTable() {
		return challengeTableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChallengeTable_Caption() {
		return (EAttribute)challengeTableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChallengeTable_Challenges() {
		return (EReference)challengeTableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklist() {
		return checklistEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklist_Title() {
		return (EAttribute)checklistEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklist_Items() {
		return (EReference)checklistEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistItem() {
		return checklistItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistItem_Text() {
		return (EAttribute)checklistItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExtractQuote() {
		return extractQuoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExtractQuote_Extract() {
		return (EReference)extractQuoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImage() {
		return imageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_AltText() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Path() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Data() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImage_Caption() {
		return (EAttribute)imageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPublication() {
		return publicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublication_Status() {
		return (EAttribute)publicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublication_StatusLabel() {
		return (EAttribute)publicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublication_Version() {
		return (EAttribute)publicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublication_PublicationDate() {
		return (EAttribute)publicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublication_ReaderSummary() {
		return (EAttribute)publicationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublication_ToolColophon() {
		return (EAttribute)publicationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPublication_ReleaseMilestone() {
		return (EReference)publicationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPublication_Issuers() {
		return (EReference)publicationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIssuer() {
		return issuerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIssuer_Organisation() {
		return (EReference)issuerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssuer_Confirmed() {
		return (EAttribute)issuerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssuer_LogoPath() {
		return (EAttribute)issuerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIssuer_LogoAltText() {
		return (EAttribute)issuerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceLink() {
		return evidenceLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceLink_Evidence() {
		return (EReference)evidenceLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceLink_Field() {
		return (EAttribute)evidenceLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceLink_Sentence() {
		return (EAttribute)evidenceLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceLink_EvidenceId() {
		return (EAttribute)evidenceLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceLink_ConfirmedState() {
		return (EAttribute)evidenceLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceLink_ConfirmedAt() {
		return (EAttribute)evidenceLinkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceLink_ConfirmedBy() {
		return (EAttribute)evidenceLinkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTerm() {
		return termEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Term() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Expansion() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Definition() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Sector() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_WellKnown() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_PlainWording() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_SourceUrl() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Disabled() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewComment() {
		return reviewCommentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewComment_Target() {
		return (EReference)reviewCommentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_ReviewerRole() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewComment_ReviewerOrganisation() {
		return (EReference)reviewCommentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewComment_Milestone() {
		return (EReference)reviewCommentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Status() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Raised() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Text() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Response() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_QuotedText() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Theme() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewSuggestion() {
		return reviewSuggestionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewSuggestion_Target() {
		return (EReference)reviewSuggestionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_Item() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_Before() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_Deleted() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_Inserted() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_After() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_ReviewerRole() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewSuggestion_ReviewerOrganisation() {
		return (EReference)reviewSuggestionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewSuggestion_Milestone() {
		return (EReference)reviewSuggestionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_Raised() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_Status() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_Decided() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewSuggestion_Response() {
		return (EAttribute)reviewSuggestionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecipient() {
		return recipientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipient_Name() {
		return (EAttribute)recipientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecipient_Organisation() {
		return (EReference)recipientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipient_Sent() {
		return (EAttribute)recipientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipient_Returned() {
		return (EAttribute)recipientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecipient_Note() {
		return (EAttribute)recipientEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdaptation() {
		return adaptationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdaptation_ContextId() {
		return (EAttribute)adaptationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdaptation_Target() {
		return (EReference)adaptationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdaptation_Kind() {
		return (EAttribute)adaptationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdaptation_Text() {
		return (EAttribute)adaptationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdaptation_FindText() {
		return (EAttribute)adaptationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMergeConflict() {
		return mergeConflictEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConflict_Kind() {
		return (EAttribute)mergeConflictEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConflict_ElementId() {
		return (EAttribute)mergeConflictEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConflict_ElementLabel() {
		return (EAttribute)mergeConflictEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConflict_Feature() {
		return (EAttribute)mergeConflictEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConflict_BaseValue() {
		return (EAttribute)mergeConflictEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConflict_OursValue() {
		return (EAttribute)mergeConflictEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConflict_TheirsValue() {
		return (EAttribute)mergeConflictEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConflict_OursLabel() {
		return (EAttribute)mergeConflictEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMergeConflict_TheirsLabel() {
		return (EAttribute)mergeConflictEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApproval() {
		return approvalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApproval_Milestone() {
		return (EReference)approvalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Name() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Role() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Organisation() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Note() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Commit() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_ApprovedAt() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Tag() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_SupersededBy() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecision() {
		return decisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Title() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Rationale() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_DecidedBy() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_DecidedOn() {
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecision_Elements() {
		return (EReference)decisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecision_Comments() {
		return (EReference)decisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceConfidence() {
		return evidenceConfidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceConfidence_Level() {
		return (EAttribute)evidenceConfidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceConfidence_MethodologicalLimitations() {
		return (EAttribute)evidenceConfidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceConfidence_Coherence() {
		return (EAttribute)evidenceConfidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceConfidence_Adequacy() {
		return (EAttribute)evidenceConfidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceConfidence_Relevance() {
		return (EAttribute)evidenceConfidenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceConfidence_Reasons() {
		return (EAttribute)evidenceConfidenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCellConfidence() {
		return cellConfidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellConfidence_EvidenceKind() {
		return (EAttribute)cellConfidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAppraisal() {
		return appraisalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Design() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_DesignNote() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Relevance() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_RelevanceNote() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Limitations() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_LimitationsNote() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Adequacy() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_AdequacyNote() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPublicationStatus() {
		return publicationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSectionKind() {
		return sectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMergeConflictKind() {
		return mergeConflictKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSector() {
		return sectorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMilestoneKind() {
		return milestoneKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMilestoneStatus() {
		return milestoneStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganisationKind() {
		return organisationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHepSize() {
		return hepSizeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSourceType() {
		return sourceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExtractKind() {
		return extractKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConsensusScale() {
		return consensusScaleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConsensusStatus() {
		return consensusStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceModel() {
		return serviceModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartnershipContext() {
		return partnershipContextEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCollectionStatus() {
		return collectionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBeneficiary() {
		return beneficiaryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceType() {
		return evidenceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceStrength() {
		return evidenceStrengthEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessmentResult() {
		return assessmentResultEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCalloutKind() {
		return calloutKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewStatus() {
		return reviewStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdaptationKind() {
		return adaptationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStakeholderGroup() {
		return stakeholderGroupEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStudyDesign() {
		return studyDesignEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScreeningDecision() {
		return screeningDecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceConfidenceLevel() {
		return evidenceConfidenceLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCerqualConcern() {
		return cerqualConcernEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuidanceFactory getGuidanceFactory() {
		return (GuidanceFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);
		createEAttribute(identifiedEClass, IDENTIFIED__LABEL);

		guidanceProjectEClass = createEClass(GUIDANCE_PROJECT);
		createEAttribute(guidanceProjectEClass, GUIDANCE_PROJECT__FORMAT_VERSION);
		createEAttribute(guidanceProjectEClass, GUIDANCE_PROJECT__TITLE);
		createEAttribute(guidanceProjectEClass, GUIDANCE_PROJECT__PURPOSE);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__SCOPE);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__AUDIENCES);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__MILESTONES);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__ORGANISATIONS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__MEMBERS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__CHALLENGES);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__SOLUTIONS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__SOURCES);
		createEAttribute(guidanceProjectEClass, GUIDANCE_PROJECT__DUPLICATES_MERGED);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__CRITERIA);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__CONSENSUS_SETTINGS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__ROUNDS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__CASE_STUDIES);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__DOCUMENT);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__TERMS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__REVIEW_COMMENTS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__REVIEW_SUGGESTIONS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__ADAPTATIONS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__MERGE_CONFLICTS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__APPROVALS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__DECISIONS);
		createEReference(guidanceProjectEClass, GUIDANCE_PROJECT__PUBLICATION);

		scopeEClass = createEClass(SCOPE);
		createEAttribute(scopeEClass, SCOPE__SUMMARY);
		createEReference(scopeEClass, SCOPE__ITEMS);
		createEAttribute(scopeEClass, SCOPE__AGREED_BY);
		createEAttribute(scopeEClass, SCOPE__AGREED_ON);

		scopeItemEClass = createEClass(SCOPE_ITEM);
		createEAttribute(scopeItemEClass, SCOPE_ITEM__TITLE);
		createEAttribute(scopeItemEClass, SCOPE_ITEM__DESCRIPTION);
		createEAttribute(scopeItemEClass, SCOPE_ITEM__IN_SCOPE);

		audienceEClass = createEClass(AUDIENCE);
		createEAttribute(audienceEClass, AUDIENCE__TITLE);
		createEAttribute(audienceEClass, AUDIENCE__SECTOR);
		createEAttribute(audienceEClass, AUDIENCE__DESCRIPTION);

		milestoneEClass = createEClass(MILESTONE);
		createEAttribute(milestoneEClass, MILESTONE__TITLE);
		createEAttribute(milestoneEClass, MILESTONE__DATE);
		createEAttribute(milestoneEClass, MILESTONE__KIND);
		createEAttribute(milestoneEClass, MILESTONE__STATUS);
		createEAttribute(milestoneEClass, MILESTONE__DESCRIPTION);
		createEReference(milestoneEClass, MILESTONE__RECIPIENTS);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__NAME);
		createEAttribute(organisationEClass, ORGANISATION__SHORT_NAME);
		createEAttribute(organisationEClass, ORGANISATION__KIND);
		createEAttribute(organisationEClass, ORGANISATION__REGION);
		createEAttribute(organisationEClass, ORGANISATION__WEBSITE);
		createEAttribute(organisationEClass, ORGANISATION__DESCRIPTION);
		createEReference(organisationEClass, ORGANISATION__HEP_PROFILE);

		hepProfileEClass = createEClass(HEP_PROFILE);
		createEAttribute(hepProfileEClass, HEP_PROFILE__SIZE);
		createEAttribute(hepProfileEClass, HEP_PROFILE__SPECIALIST);
		createEAttribute(hepProfileEClass, HEP_PROFILE__SPECIALISM);
		createEAttribute(hepProfileEClass, HEP_PROFILE__FURTHER_EDUCATION_COLLEGE);

		memberEClass = createEClass(MEMBER);
		createEAttribute(memberEClass, MEMBER__ROLE);
		createEReference(memberEClass, MEMBER__ORGANISATION);
		createEAttribute(memberEClass, MEMBER__STAKEHOLDER_GROUP);

		challengeEClass = createEClass(CHALLENGE);
		createEAttribute(challengeEClass, CHALLENGE__TITLE);
		createEAttribute(challengeEClass, CHALLENGE__DESCRIPTION);
		createEAttribute(challengeEClass, CHALLENGE__CATEGORY);
		createEAttribute(challengeEClass, CHALLENGE__EVIDENCE_GAP);
		createEReference(challengeEClass, CHALLENGE__CONFIDENCE);
		createEReference(challengeEClass, CHALLENGE__CELL_CONFIDENCES);

		solutionEClass = createEClass(SOLUTION);
		createEAttribute(solutionEClass, SOLUTION__TITLE);
		createEAttribute(solutionEClass, SOLUTION__DESCRIPTION);
		createEReference(solutionEClass, SOLUTION__ADDRESSES);
		createEReference(solutionEClass, SOLUTION__EVIDENCED_BY);
		createEReference(solutionEClass, SOLUTION__EXEMPLIFIED_BY);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__TYPE);
		createEAttribute(sourceEClass, SOURCE__CITATION_KEY);
		createEReference(sourceEClass, SOURCE__AUTHORS);
		createEReference(sourceEClass, SOURCE__EDITORS);
		createEAttribute(sourceEClass, SOURCE__TITLE);
		createEAttribute(sourceEClass, SOURCE__CONTAINER_TITLE);
		createEAttribute(sourceEClass, SOURCE__ISSUED_YEAR);
		createEAttribute(sourceEClass, SOURCE__ISSUED_MONTH);
		createEAttribute(sourceEClass, SOURCE__ISSUED_DAY);
		createEAttribute(sourceEClass, SOURCE__PUBLISHER);
		createEAttribute(sourceEClass, SOURCE__PUBLISHER_PLACE);
		createEAttribute(sourceEClass, SOURCE__DOI);
		createEAttribute(sourceEClass, SOURCE__URL);
		createEAttribute(sourceEClass, SOURCE__ISBN);
		createEAttribute(sourceEClass, SOURCE__ABSTRACT_TEXT);
		createEAttribute(sourceEClass, SOURCE__KEYWORDS);
		createEAttribute(sourceEClass, SOURCE__NOTE);
		createEReference(sourceEClass, SOURCE__APPRAISAL);
		createEAttribute(sourceEClass, SOURCE__SCREENING);
		createEAttribute(sourceEClass, SOURCE__SCREENING_REASON);
		createEAttribute(sourceEClass, SOURCE__VOLUME);
		createEAttribute(sourceEClass, SOURCE__ISSUE);
		createEAttribute(sourceEClass, SOURCE__PAGES);
		createEAttribute(sourceEClass, SOURCE__ACCESSED);
		createEAttribute(sourceEClass, SOURCE__COLLECTION_TITLE);
		createEReference(sourceEClass, SOURCE__EXTRACTS);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__FAMILY);
		createEAttribute(personEClass, PERSON__GIVEN);
		createEAttribute(personEClass, PERSON__LITERAL);
		createEAttribute(personEClass, PERSON__NON_DROPPING_PARTICLE);
		createEAttribute(personEClass, PERSON__SUFFIX);

		extractEClass = createEClass(EXTRACT);
		createEReference(extractEClass, EXTRACT__SOURCE);
		createEAttribute(extractEClass, EXTRACT__KIND);
		createEAttribute(extractEClass, EXTRACT__TEXT);
		createEAttribute(extractEClass, EXTRACT__LOCATOR);
		createEAttribute(extractEClass, EXTRACT__NOTE);
		createEReference(extractEClass, EXTRACT__APPRAISAL);
		createEReference(extractEClass, EXTRACT__CHALLENGES);
		createEReference(extractEClass, EXTRACT__SCOPE_ITEMS);
		createEReference(extractEClass, EXTRACT__CRITERIA);
		createEReference(extractEClass, EXTRACT__SECTIONS);

		criterionEClass = createEClass(CRITERION);
		createEAttribute(criterionEClass, CRITERION__CODE);
		createEAttribute(criterionEClass, CRITERION__TITLE);
		createEAttribute(criterionEClass, CRITERION__STATEMENT);
		createEAttribute(criterionEClass, CRITERION__RATIONALE);
		createEAttribute(criterionEClass, CRITERION__EVIDENCE_EXPECTED);
		createEAttribute(criterionEClass, CRITERION__MANDATORY);
		createEReference(criterionEClass, CRITERION__WORDING_HISTORY);
		createEAttribute(criterionEClass, CRITERION__CONSENSUS_STATUS);

		wordingChangeEClass = createEClass(WORDING_CHANGE);
		createEReference(wordingChangeEClass, WORDING_CHANGE__ROUND);
		createEAttribute(wordingChangeEClass, WORDING_CHANGE__PREVIOUS_STATEMENT);
		createEAttribute(wordingChangeEClass, WORDING_CHANGE__REASON);

		consensusSettingsEClass = createEClass(CONSENSUS_SETTINGS);
		createEAttribute(consensusSettingsEClass, CONSENSUS_SETTINGS__SCALE);
		createEAttribute(consensusSettingsEClass, CONSENSUS_SETTINGS__INCLUDE_THRESHOLD_PERCENT);
		createEAttribute(consensusSettingsEClass, CONSENSUS_SETTINGS__EXCLUDE_OPPOSITE_THRESHOLD_PERCENT);
		createEAttribute(consensusSettingsEClass, CONSENSUS_SETTINGS__AGREEMENT_IN_EVERY_GROUP);

		consensusRoundEClass = createEClass(CONSENSUS_ROUND);
		createEAttribute(consensusRoundEClass, CONSENSUS_ROUND__NUMBER);
		createEAttribute(consensusRoundEClass, CONSENSUS_ROUND__TITLE);
		createEAttribute(consensusRoundEClass, CONSENSUS_ROUND__OPENED);
		createEAttribute(consensusRoundEClass, CONSENSUS_ROUND__CLOSED);
		createEReference(consensusRoundEClass, CONSENSUS_ROUND__CRITERIA);
		createEReference(consensusRoundEClass, CONSENSUS_ROUND__PANEL);
		createEReference(consensusRoundEClass, CONSENSUS_ROUND__RATINGS);
		createEOperation(consensusRoundEClass, CONSENSUS_ROUND___CONSENSUS_STATUS__CRITERION);
		createEOperation(consensusRoundEClass, CONSENSUS_ROUND___RATER_COUNT__CRITERION);
		createEOperation(consensusRoundEClass, CONSENSUS_ROUND___AGREEMENT_PERCENT__CRITERION);

		ratingEClass = createEClass(RATING);
		createEReference(ratingEClass, RATING__MEMBER);
		createEReference(ratingEClass, RATING__CRITERION);
		createEAttribute(ratingEClass, RATING__SCORE);
		createEAttribute(ratingEClass, RATING__COMMENT);

		caseStudyEClass = createEClass(CASE_STUDY);
		createEAttribute(caseStudyEClass, CASE_STUDY__TITLE);
		createEReference(caseStudyEClass, CASE_STUDY__PARTNERS);
		createEAttribute(caseStudyEClass, CASE_STUDY__SERVICE_MODEL);
		createEAttribute(caseStudyEClass, CASE_STUDY__REGION);
		createEAttribute(caseStudyEClass, CASE_STUDY__CONTEXTS);
		createEAttribute(caseStudyEClass, CASE_STUDY__DESCRIPTION);
		createEAttribute(caseStudyEClass, CASE_STUDY__POPULATION_SERVED);
		createEAttribute(caseStudyEClass, CASE_STUDY__REFERRAL_ROUTE);
		createEAttribute(caseStudyEClass, CASE_STUDY__FUNDING);
		createEAttribute(caseStudyEClass, CASE_STUDY__STAFFING);
		createEAttribute(caseStudyEClass, CASE_STUDY__COLLECTION_STATUS);
		createEReference(caseStudyEClass, CASE_STUDY__STATUS_HISTORY);
		createEReference(caseStudyEClass, CASE_STUDY__BENEFITS);
		createEReference(caseStudyEClass, CASE_STUDY__OUTCOMES);
		createEReference(caseStudyEClass, CASE_STUDY__CHALLENGES_ADDRESSED);
		createEReference(caseStudyEClass, CASE_STUDY__CONTACTS);
		createEReference(caseStudyEClass, CASE_STUDY__SOURCES);
		createEReference(caseStudyEClass, CASE_STUDY__ASSESSMENTS);
		createEAttribute(caseStudyEClass, CASE_STUDY__CONSENT_TO_PUBLISH);
		createEAttribute(caseStudyEClass, CASE_STUDY__MODEL_OF_GOOD_PRACTICE);

		statusChangeEClass = createEClass(STATUS_CHANGE);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__DATE);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__STATUS);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__NOTE);

		benefitEClass = createEClass(BENEFIT);
		createEAttribute(benefitEClass, BENEFIT__BENEFICIARY);
		createEAttribute(benefitEClass, BENEFIT__DESCRIPTION);
		createEAttribute(benefitEClass, BENEFIT__EVIDENCE_TYPE);
		createEAttribute(benefitEClass, BENEFIT__EVIDENCE_STRENGTH);

		outcomeEClass = createEClass(OUTCOME);
		createEAttribute(outcomeEClass, OUTCOME__MEASURE);
		createEAttribute(outcomeEClass, OUTCOME__VALUE);
		createEAttribute(outcomeEClass, OUTCOME__PERIOD);
		createEReference(outcomeEClass, OUTCOME__SOURCE);
		createEAttribute(outcomeEClass, OUTCOME__SOURCE_NOTE);

		contactRoleEClass = createEClass(CONTACT_ROLE);
		createEAttribute(contactRoleEClass, CONTACT_ROLE__ROLE);
		createEReference(contactRoleEClass, CONTACT_ROLE__ORGANISATION);

		assessmentEClass = createEClass(ASSESSMENT);
		createEReference(assessmentEClass, ASSESSMENT__CASE_STUDY);
		createEReference(assessmentEClass, ASSESSMENT__CRITERION);
		createEAttribute(assessmentEClass, ASSESSMENT__RESULT);
		createEAttribute(assessmentEClass, ASSESSMENT__RATIONALE);
		createEReference(assessmentEClass, ASSESSMENT__EVIDENCE_EXTRACTS);
		createEReference(assessmentEClass, ASSESSMENT__EVIDENCE_OUTCOMES);

		guidanceDocumentEClass = createEClass(GUIDANCE_DOCUMENT);
		createEAttribute(guidanceDocumentEClass, GUIDANCE_DOCUMENT__TITLE);
		createEAttribute(guidanceDocumentEClass, GUIDANCE_DOCUMENT__SUBTITLE);
		createEAttribute(guidanceDocumentEClass, GUIDANCE_DOCUMENT__LENGTH_TARGET_WORDS);
		createEAttribute(guidanceDocumentEClass, GUIDANCE_DOCUMENT__CITATION_STYLE);
		createEAttribute(guidanceDocumentEClass, GUIDANCE_DOCUMENT__LOCALE);
		createEReference(guidanceDocumentEClass, GUIDANCE_DOCUMENT__SECTIONS);
		createEAttribute(guidanceDocumentEClass, GUIDANCE_DOCUMENT__WORD_COUNT);

		sectionEClass = createEClass(SECTION);
		createEAttribute(sectionEClass, SECTION__HEADING);
		createEAttribute(sectionEClass, SECTION__WORD_BUDGET);
		createEAttribute(sectionEClass, SECTION__AUDIENCE_NOTES);
		createEAttribute(sectionEClass, SECTION__KIND);
		createEReference(sectionEClass, SECTION__BLOCKS);
		createEReference(sectionEClass, SECTION__SECTIONS);
		createEAttribute(sectionEClass, SECTION__WORD_COUNT);

		blockEClass = createEClass(BLOCK);
		createEReference(blockEClass, BLOCK__EVIDENCE_LINKS);
		createEAttribute(blockEClass, BLOCK__WORD_COUNT);

		paragraphEClass = createEClass(PARAGRAPH);
		createEAttribute(paragraphEClass, PARAGRAPH__TEXT);

		listBlockEClass = createEClass(LIST_BLOCK);
		createEAttribute(listBlockEClass, LIST_BLOCK__ITEMS);
		createEAttribute(listBlockEClass, LIST_BLOCK__ORDERED);

		calloutEClass = createEClass(CALLOUT);
		createEAttribute(calloutEClass, CALLOUT__KIND);
		createEAttribute(calloutEClass, CALLOUT__TITLE);
		createEAttribute(calloutEClass, CALLOUT__TEXT);

		caseStudyEmbedEClass = createEClass(CASE_STUDY_EMBED);
		createEReference(caseStudyEmbedEClass, CASE_STUDY_EMBED__CASE_STUDY);

		challengeTableEClass = createEClass(CHALLENGE_TABLE);
		createEAttribute(challengeTableEClass, CHALLENGE_TABLE__CAPTION);
		createEReference(challengeTableEClass, CHALLENGE_TABLE__CHALLENGES);

		checklistEClass = createEClass(CHECKLIST);
		createEAttribute(checklistEClass, CHECKLIST__TITLE);
		createEReference(checklistEClass, CHECKLIST__ITEMS);

		checklistItemEClass = createEClass(CHECKLIST_ITEM);
		createEAttribute(checklistItemEClass, CHECKLIST_ITEM__TEXT);

		extractQuoteEClass = createEClass(EXTRACT_QUOTE);
		createEReference(extractQuoteEClass, EXTRACT_QUOTE__EXTRACT);

		imageEClass = createEClass(IMAGE);
		createEAttribute(imageEClass, IMAGE__ALT_TEXT);
		createEAttribute(imageEClass, IMAGE__PATH);
		createEAttribute(imageEClass, IMAGE__DATA);
		createEAttribute(imageEClass, IMAGE__CAPTION);

		publicationEClass = createEClass(PUBLICATION);
		createEAttribute(publicationEClass, PUBLICATION__STATUS);
		createEAttribute(publicationEClass, PUBLICATION__STATUS_LABEL);
		createEAttribute(publicationEClass, PUBLICATION__VERSION);
		createEAttribute(publicationEClass, PUBLICATION__PUBLICATION_DATE);
		createEAttribute(publicationEClass, PUBLICATION__READER_SUMMARY);
		createEAttribute(publicationEClass, PUBLICATION__TOOL_COLOPHON);
		createEReference(publicationEClass, PUBLICATION__RELEASE_MILESTONE);
		createEReference(publicationEClass, PUBLICATION__ISSUERS);

		issuerEClass = createEClass(ISSUER);
		createEReference(issuerEClass, ISSUER__ORGANISATION);
		createEAttribute(issuerEClass, ISSUER__CONFIRMED);
		createEAttribute(issuerEClass, ISSUER__LOGO_PATH);
		createEAttribute(issuerEClass, ISSUER__LOGO_ALT_TEXT);

		evidenceLinkEClass = createEClass(EVIDENCE_LINK);
		createEReference(evidenceLinkEClass, EVIDENCE_LINK__EVIDENCE);
		createEAttribute(evidenceLinkEClass, EVIDENCE_LINK__FIELD);
		createEAttribute(evidenceLinkEClass, EVIDENCE_LINK__SENTENCE);
		createEAttribute(evidenceLinkEClass, EVIDENCE_LINK__EVIDENCE_ID);
		createEAttribute(evidenceLinkEClass, EVIDENCE_LINK__CONFIRMED_STATE);
		createEAttribute(evidenceLinkEClass, EVIDENCE_LINK__CONFIRMED_AT);
		createEAttribute(evidenceLinkEClass, EVIDENCE_LINK__CONFIRMED_BY);

		termEClass = createEClass(TERM);
		createEAttribute(termEClass, TERM__TERM);
		createEAttribute(termEClass, TERM__EXPANSION);
		createEAttribute(termEClass, TERM__DEFINITION);
		createEAttribute(termEClass, TERM__SECTOR);
		createEAttribute(termEClass, TERM__WELL_KNOWN);
		createEAttribute(termEClass, TERM__PLAIN_WORDING);
		createEAttribute(termEClass, TERM__SOURCE_URL);
		createEAttribute(termEClass, TERM__DISABLED);

		reviewCommentEClass = createEClass(REVIEW_COMMENT);
		createEReference(reviewCommentEClass, REVIEW_COMMENT__TARGET);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__REVIEWER_ROLE);
		createEReference(reviewCommentEClass, REVIEW_COMMENT__REVIEWER_ORGANISATION);
		createEReference(reviewCommentEClass, REVIEW_COMMENT__MILESTONE);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__STATUS);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__RAISED);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__TEXT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__RESPONSE);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__QUOTED_TEXT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__THEME);

		reviewSuggestionEClass = createEClass(REVIEW_SUGGESTION);
		createEReference(reviewSuggestionEClass, REVIEW_SUGGESTION__TARGET);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__ITEM);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__BEFORE);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__DELETED);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__INSERTED);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__AFTER);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__REVIEWER_ROLE);
		createEReference(reviewSuggestionEClass, REVIEW_SUGGESTION__REVIEWER_ORGANISATION);
		createEReference(reviewSuggestionEClass, REVIEW_SUGGESTION__MILESTONE);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__RAISED);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__STATUS);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__DECIDED);
		createEAttribute(reviewSuggestionEClass, REVIEW_SUGGESTION__RESPONSE);

		recipientEClass = createEClass(RECIPIENT);
		createEAttribute(recipientEClass, RECIPIENT__NAME);
		createEReference(recipientEClass, RECIPIENT__ORGANISATION);
		createEAttribute(recipientEClass, RECIPIENT__SENT);
		createEAttribute(recipientEClass, RECIPIENT__RETURNED);
		createEAttribute(recipientEClass, RECIPIENT__NOTE);

		adaptationEClass = createEClass(ADAPTATION);
		createEAttribute(adaptationEClass, ADAPTATION__CONTEXT_ID);
		createEReference(adaptationEClass, ADAPTATION__TARGET);
		createEAttribute(adaptationEClass, ADAPTATION__KIND);
		createEAttribute(adaptationEClass, ADAPTATION__TEXT);
		createEAttribute(adaptationEClass, ADAPTATION__FIND_TEXT);

		mergeConflictEClass = createEClass(MERGE_CONFLICT);
		createEAttribute(mergeConflictEClass, MERGE_CONFLICT__KIND);
		createEAttribute(mergeConflictEClass, MERGE_CONFLICT__ELEMENT_ID);
		createEAttribute(mergeConflictEClass, MERGE_CONFLICT__ELEMENT_LABEL);
		createEAttribute(mergeConflictEClass, MERGE_CONFLICT__FEATURE);
		createEAttribute(mergeConflictEClass, MERGE_CONFLICT__BASE_VALUE);
		createEAttribute(mergeConflictEClass, MERGE_CONFLICT__OURS_VALUE);
		createEAttribute(mergeConflictEClass, MERGE_CONFLICT__THEIRS_VALUE);
		createEAttribute(mergeConflictEClass, MERGE_CONFLICT__OURS_LABEL);
		createEAttribute(mergeConflictEClass, MERGE_CONFLICT__THEIRS_LABEL);

		approvalEClass = createEClass(APPROVAL);
		createEReference(approvalEClass, APPROVAL__MILESTONE);
		createEAttribute(approvalEClass, APPROVAL__NAME);
		createEAttribute(approvalEClass, APPROVAL__ROLE);
		createEAttribute(approvalEClass, APPROVAL__ORGANISATION);
		createEAttribute(approvalEClass, APPROVAL__NOTE);
		createEAttribute(approvalEClass, APPROVAL__COMMIT);
		createEAttribute(approvalEClass, APPROVAL__APPROVED_AT);
		createEAttribute(approvalEClass, APPROVAL__TAG);
		createEAttribute(approvalEClass, APPROVAL__SUPERSEDED_BY);

		decisionEClass = createEClass(DECISION);
		createEAttribute(decisionEClass, DECISION__TITLE);
		createEAttribute(decisionEClass, DECISION__RATIONALE);
		createEAttribute(decisionEClass, DECISION__DECIDED_BY);
		createEAttribute(decisionEClass, DECISION__DECIDED_ON);
		createEReference(decisionEClass, DECISION__ELEMENTS);
		createEReference(decisionEClass, DECISION__COMMENTS);

		evidenceConfidenceEClass = createEClass(EVIDENCE_CONFIDENCE);
		createEAttribute(evidenceConfidenceEClass, EVIDENCE_CONFIDENCE__LEVEL);
		createEAttribute(evidenceConfidenceEClass, EVIDENCE_CONFIDENCE__METHODOLOGICAL_LIMITATIONS);
		createEAttribute(evidenceConfidenceEClass, EVIDENCE_CONFIDENCE__COHERENCE);
		createEAttribute(evidenceConfidenceEClass, EVIDENCE_CONFIDENCE__ADEQUACY);
		createEAttribute(evidenceConfidenceEClass, EVIDENCE_CONFIDENCE__RELEVANCE);
		createEAttribute(evidenceConfidenceEClass, EVIDENCE_CONFIDENCE__REASONS);

		cellConfidenceEClass = createEClass(CELL_CONFIDENCE);
		createEAttribute(cellConfidenceEClass, CELL_CONFIDENCE__EVIDENCE_KIND);

		appraisalEClass = createEClass(APPRAISAL);
		createEAttribute(appraisalEClass, APPRAISAL__DESIGN);
		createEAttribute(appraisalEClass, APPRAISAL__DESIGN_NOTE);
		createEAttribute(appraisalEClass, APPRAISAL__RELEVANCE);
		createEAttribute(appraisalEClass, APPRAISAL__RELEVANCE_NOTE);
		createEAttribute(appraisalEClass, APPRAISAL__LIMITATIONS);
		createEAttribute(appraisalEClass, APPRAISAL__LIMITATIONS_NOTE);
		createEAttribute(appraisalEClass, APPRAISAL__ADEQUACY);
		createEAttribute(appraisalEClass, APPRAISAL__ADEQUACY_NOTE);

		// Create enums
		publicationStatusEEnum = createEEnum(PUBLICATION_STATUS);
		sectionKindEEnum = createEEnum(SECTION_KIND);
		mergeConflictKindEEnum = createEEnum(MERGE_CONFLICT_KIND);
		sectorEEnum = createEEnum(SECTOR);
		milestoneKindEEnum = createEEnum(MILESTONE_KIND);
		milestoneStatusEEnum = createEEnum(MILESTONE_STATUS);
		organisationKindEEnum = createEEnum(ORGANISATION_KIND);
		hepSizeEEnum = createEEnum(HEP_SIZE);
		sourceTypeEEnum = createEEnum(SOURCE_TYPE);
		extractKindEEnum = createEEnum(EXTRACT_KIND);
		consensusScaleEEnum = createEEnum(CONSENSUS_SCALE);
		consensusStatusEEnum = createEEnum(CONSENSUS_STATUS);
		serviceModelEEnum = createEEnum(SERVICE_MODEL);
		partnershipContextEEnum = createEEnum(PARTNERSHIP_CONTEXT);
		collectionStatusEEnum = createEEnum(COLLECTION_STATUS);
		beneficiaryEEnum = createEEnum(BENEFICIARY);
		evidenceTypeEEnum = createEEnum(EVIDENCE_TYPE);
		evidenceStrengthEEnum = createEEnum(EVIDENCE_STRENGTH);
		assessmentResultEEnum = createEEnum(ASSESSMENT_RESULT);
		calloutKindEEnum = createEEnum(CALLOUT_KIND);
		reviewStatusEEnum = createEEnum(REVIEW_STATUS);
		adaptationKindEEnum = createEEnum(ADAPTATION_KIND);
		stakeholderGroupEEnum = createEEnum(STAKEHOLDER_GROUP);
		studyDesignEEnum = createEEnum(STUDY_DESIGN);
		screeningDecisionEEnum = createEEnum(SCREENING_DECISION);
		evidenceConfidenceLevelEEnum = createEEnum(EVIDENCE_CONFIDENCE_LEVEL);
		cerqualConcernEEnum = createEEnum(CERQUAL_CONCERN);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		guidanceProjectEClass.getESuperTypes().add(this.getIdentified());
		scopeEClass.getESuperTypes().add(this.getIdentified());
		scopeItemEClass.getESuperTypes().add(this.getIdentified());
		audienceEClass.getESuperTypes().add(this.getIdentified());
		milestoneEClass.getESuperTypes().add(this.getIdentified());
		organisationEClass.getESuperTypes().add(this.getIdentified());
		memberEClass.getESuperTypes().add(this.getIdentified());
		challengeEClass.getESuperTypes().add(this.getIdentified());
		solutionEClass.getESuperTypes().add(this.getIdentified());
		sourceEClass.getESuperTypes().add(this.getIdentified());
		extractEClass.getESuperTypes().add(this.getIdentified());
		criterionEClass.getESuperTypes().add(this.getIdentified());
		consensusRoundEClass.getESuperTypes().add(this.getIdentified());
		caseStudyEClass.getESuperTypes().add(this.getIdentified());
		benefitEClass.getESuperTypes().add(this.getIdentified());
		outcomeEClass.getESuperTypes().add(this.getIdentified());
		assessmentEClass.getESuperTypes().add(this.getIdentified());
		guidanceDocumentEClass.getESuperTypes().add(this.getIdentified());
		sectionEClass.getESuperTypes().add(this.getIdentified());
		blockEClass.getESuperTypes().add(this.getIdentified());
		paragraphEClass.getESuperTypes().add(this.getBlock());
		listBlockEClass.getESuperTypes().add(this.getBlock());
		calloutEClass.getESuperTypes().add(this.getBlock());
		caseStudyEmbedEClass.getESuperTypes().add(this.getBlock());
		challengeTableEClass.getESuperTypes().add(this.getBlock());
		checklistEClass.getESuperTypes().add(this.getBlock());
		extractQuoteEClass.getESuperTypes().add(this.getBlock());
		imageEClass.getESuperTypes().add(this.getBlock());
		issuerEClass.getESuperTypes().add(this.getIdentified());
		termEClass.getESuperTypes().add(this.getIdentified());
		reviewCommentEClass.getESuperTypes().add(this.getIdentified());
		reviewSuggestionEClass.getESuperTypes().add(this.getIdentified());
		recipientEClass.getESuperTypes().add(this.getIdentified());
		adaptationEClass.getESuperTypes().add(this.getIdentified());
		mergeConflictEClass.getESuperTypes().add(this.getIdentified());
		approvalEClass.getESuperTypes().add(this.getIdentified());
		decisionEClass.getESuperTypes().add(this.getIdentified());
		cellConfidenceEClass.getESuperTypes().add(this.getEvidenceConfidence());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentified_Label(), ecorePackage.getEString(), "label", null, 0, 1, Identified.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(guidanceProjectEClass, GuidanceProject.class, "GuidanceProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGuidanceProject_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "1", 0, 1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceProject_Title(), ecorePackage.getEString(), "title", null, 0, 1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceProject_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Scope(), this.getScope(), null, "scope", null, 0, 1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Audiences(), this.getAudience(), null, "audiences", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Milestones(), this.getMilestone(), null, "milestones", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Organisations(), this.getOrganisation(), null, "organisations", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Members(), this.getMember(), null, "members", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Challenges(), this.getChallenge(), null, "challenges", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Solutions(), this.getSolution(), null, "solutions", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Sources(), this.getSource(), null, "sources", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceProject_DuplicatesMerged(), ecorePackage.getEInt(), "duplicatesMerged", "0", 0, 1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Criteria(), this.getCriterion(), null, "criteria", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_ConsensusSettings(), this.getConsensusSettings(), null, "consensusSettings", null, 0, 1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Rounds(), this.getConsensusRound(), null, "rounds", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_CaseStudies(), this.getCaseStudy(), null, "caseStudies", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Document(), this.getGuidanceDocument(), null, "document", null, 0, 1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Terms(), this.getTerm(), null, "terms", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_ReviewComments(), this.getReviewComment(), null, "reviewComments", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_ReviewSuggestions(), this.getReviewSuggestion(), null, "reviewSuggestions", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Adaptations(), this.getAdaptation(), null, "adaptations", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_MergeConflicts(), this.getMergeConflict(), null, "mergeConflicts", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Approvals(), this.getApproval(), null, "approvals", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Decisions(), this.getDecision(), null, "decisions", null, 0, -1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceProject_Publication(), this.getPublication(), null, "publication", null, 0, 1, GuidanceProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scopeEClass, Scope.class, "Scope", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScope_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Scope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScope_Items(), this.getScopeItem(), null, "items", null, 0, -1, Scope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScope_AgreedBy(), ecorePackage.getEString(), "agreedBy", null, 0, 1, Scope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScope_AgreedOn(), this.getLocalDate(), "agreedOn", null, 0, 1, Scope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scopeItemEClass, ScopeItem.class, "ScopeItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScopeItem_Title(), ecorePackage.getEString(), "title", null, 0, 1, ScopeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScopeItem_Description(), ecorePackage.getEString(), "description", null, 0, 1, ScopeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScopeItem_InScope(), ecorePackage.getEBoolean(), "inScope", "true", 0, 1, ScopeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(audienceEClass, Audience.class, "Audience", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAudience_Title(), ecorePackage.getEString(), "title", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAudience_Sector(), this.getSector(), "sector", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAudience_Description(), ecorePackage.getEString(), "description", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(milestoneEClass, Milestone.class, "Milestone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMilestone_Title(), ecorePackage.getEString(), "title", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilestone_Date(), this.getLocalDate(), "date", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilestone_Kind(), this.getMilestoneKind(), "kind", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilestone_Status(), this.getMilestoneStatus(), "status", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMilestone_Description(), ecorePackage.getEString(), "description", null, 0, 1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMilestone_Recipients(), this.getRecipient(), null, "recipients", null, 0, -1, Milestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Name(), ecorePackage.getEString(), "name", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_ShortName(), ecorePackage.getEString(), "shortName", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Kind(), this.getOrganisationKind(), "kind", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Region(), ecorePackage.getEString(), "region", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Website(), ecorePackage.getEString(), "website", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Description(), ecorePackage.getEString(), "description", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_HepProfile(), this.getHepProfile(), null, "hepProfile", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hepProfileEClass, HepProfile.class, "HepProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHepProfile_Size(), this.getHepSize(), "size", null, 0, 1, HepProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHepProfile_Specialist(), ecorePackage.getEBoolean(), "specialist", null, 0, 1, HepProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHepProfile_Specialism(), ecorePackage.getEString(), "specialism", null, 0, 1, HepProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHepProfile_FurtherEducationCollege(), ecorePackage.getEBoolean(), "furtherEducationCollege", null, 0, 1, HepProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memberEClass, Member.class, "Member", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMember_Role(), ecorePackage.getEString(), "role", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMember_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMember_StakeholderGroup(), this.getStakeholderGroup(), "stakeholderGroup", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(challengeEClass, Challenge.class, "Challenge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChallenge_Title(), ecorePackage.getEString(), "title", null, 0, 1, Challenge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChallenge_Description(), ecorePackage.getEString(), "description", null, 0, 1, Challenge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChallenge_Category(), ecorePackage.getEString(), "category", null, 0, 1, Challenge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChallenge_EvidenceGap(), ecorePackage.getEString(), "evidenceGap", null, 0, 1, Challenge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChallenge_Confidence(), this.getEvidenceConfidence(), null, "confidence", null, 0, 1, Challenge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChallenge_CellConfidences(), this.getCellConfidence(), null, "cellConfidences", null, 0, -1, Challenge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(solutionEClass, Solution.class, "Solution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSolution_Title(), ecorePackage.getEString(), "title", null, 0, 1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSolution_Description(), ecorePackage.getEString(), "description", null, 0, 1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_Addresses(), this.getChallenge(), null, "addresses", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_EvidencedBy(), this.getExtract(), null, "evidencedBy", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSolution_ExemplifiedBy(), this.getCaseStudy(), null, "exemplifiedBy", null, 0, -1, Solution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSource_Type(), this.getSourceType(), "type", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_CitationKey(), ecorePackage.getEString(), "citationKey", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSource_Authors(), this.getPerson(), null, "authors", null, 0, -1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSource_Editors(), this.getPerson(), null, "editors", null, 0, -1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Title(), ecorePackage.getEString(), "title", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_ContainerTitle(), ecorePackage.getEString(), "containerTitle", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_IssuedYear(), ecorePackage.getEIntegerObject(), "issuedYear", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_IssuedMonth(), ecorePackage.getEIntegerObject(), "issuedMonth", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_IssuedDay(), ecorePackage.getEIntegerObject(), "issuedDay", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Publisher(), ecorePackage.getEString(), "publisher", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_PublisherPlace(), ecorePackage.getEString(), "publisherPlace", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Doi(), ecorePackage.getEString(), "doi", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Url(), ecorePackage.getEString(), "url", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Isbn(), ecorePackage.getEString(), "isbn", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_AbstractText(), ecorePackage.getEString(), "abstractText", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Keywords(), ecorePackage.getEString(), "keywords", null, 0, -1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Note(), ecorePackage.getEString(), "note", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSource_Appraisal(), this.getAppraisal(), null, "appraisal", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Screening(), this.getScreeningDecision(), "screening", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_ScreeningReason(), ecorePackage.getEString(), "screeningReason", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Volume(), ecorePackage.getEString(), "volume", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Issue(), ecorePackage.getEString(), "issue", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Pages(), ecorePackage.getEString(), "pages", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Accessed(), this.getLocalDate(), "accessed", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_CollectionTitle(), ecorePackage.getEString(), "collectionTitle", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSource_Extracts(), this.getExtract(), this.getExtract_Source(), "extracts", null, 0, -1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Family(), ecorePackage.getEString(), "family", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Given(), ecorePackage.getEString(), "given", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Literal(), ecorePackage.getEString(), "literal", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_NonDroppingParticle(), ecorePackage.getEString(), "nonDroppingParticle", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Suffix(), ecorePackage.getEString(), "suffix", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(extractEClass, Extract.class, "Extract", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExtract_Source(), this.getSource(), this.getSource_Extracts(), "source", null, 0, 1, Extract.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtract_Kind(), this.getExtractKind(), "kind", null, 0, 1, Extract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtract_Text(), ecorePackage.getEString(), "text", null, 0, 1, Extract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtract_Locator(), ecorePackage.getEString(), "locator", null, 0, 1, Extract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExtract_Note(), ecorePackage.getEString(), "note", null, 0, 1, Extract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtract_Appraisal(), this.getAppraisal(), null, "appraisal", null, 0, 1, Extract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtract_Challenges(), this.getChallenge(), null, "challenges", null, 0, -1, Extract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtract_ScopeItems(), this.getScopeItem(), null, "scopeItems", null, 0, -1, Extract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtract_Criteria(), this.getCriterion(), null, "criteria", null, 0, -1, Extract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExtract_Sections(), this.getSection(), null, "sections", null, 0, -1, Extract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criterionEClass, Criterion.class, "Criterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriterion_Code(), ecorePackage.getEString(), "code", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Title(), ecorePackage.getEString(), "title", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Statement(), ecorePackage.getEString(), "statement", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_EvidenceExpected(), ecorePackage.getEString(), "evidenceExpected", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Mandatory(), ecorePackage.getEBoolean(), "mandatory", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCriterion_WordingHistory(), this.getWordingChange(), null, "wordingHistory", null, 0, -1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_ConsensusStatus(), this.getConsensusStatus(), "consensusStatus", null, 0, 1, Criterion.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(wordingChangeEClass, WordingChange.class, "WordingChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWordingChange_Round(), this.getConsensusRound(), null, "round", null, 0, 1, WordingChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWordingChange_PreviousStatement(), ecorePackage.getEString(), "previousStatement", null, 0, 1, WordingChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWordingChange_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, WordingChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consensusSettingsEClass, ConsensusSettings.class, "ConsensusSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsensusSettings_Scale(), this.getConsensusScale(), "scale", null, 0, 1, ConsensusSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusSettings_IncludeThresholdPercent(), ecorePackage.getEInt(), "includeThresholdPercent", "75", 0, 1, ConsensusSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusSettings_ExcludeOppositeThresholdPercent(), ecorePackage.getEInt(), "excludeOppositeThresholdPercent", "15", 0, 1, ConsensusSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusSettings_AgreementInEveryGroup(), ecorePackage.getEBoolean(), "agreementInEveryGroup", null, 0, 1, ConsensusSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consensusRoundEClass, ConsensusRound.class, "ConsensusRound", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsensusRound_Number(), ecorePackage.getEInt(), "number", null, 0, 1, ConsensusRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusRound_Title(), ecorePackage.getEString(), "title", null, 0, 1, ConsensusRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusRound_Opened(), this.getLocalDate(), "opened", null, 0, 1, ConsensusRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsensusRound_Closed(), this.getLocalDate(), "closed", null, 0, 1, ConsensusRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsensusRound_Criteria(), this.getCriterion(), null, "criteria", null, 0, -1, ConsensusRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsensusRound_Panel(), this.getMember(), null, "panel", null, 0, -1, ConsensusRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConsensusRound_Ratings(), this.getRating(), null, "ratings", null, 0, -1, ConsensusRound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getConsensusRound__ConsensusStatus__Criterion(), this.getConsensusStatus(), "consensusStatus", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getCriterion(), "criterion", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConsensusRound__RaterCount__Criterion(), ecorePackage.getEInt(), "raterCount", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getCriterion(), "criterion", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getConsensusRound__AgreementPercent__Criterion(), ecorePackage.getEDouble(), "agreementPercent", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getCriterion(), "criterion", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(ratingEClass, Rating.class, "Rating", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRating_Member(), this.getMember(), null, "member", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRating_Criterion(), this.getCriterion(), null, "criterion", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRating_Score(), ecorePackage.getEIntegerObject(), "score", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRating_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Rating.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseStudyEClass, CaseStudy.class, "CaseStudy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaseStudy_Title(), ecorePackage.getEString(), "title", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseStudy_Partners(), this.getOrganisation(), null, "partners", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_ServiceModel(), this.getServiceModel(), "serviceModel", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Region(), ecorePackage.getEString(), "region", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Contexts(), this.getPartnershipContext(), "contexts", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Description(), ecorePackage.getEString(), "description", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_PopulationServed(), ecorePackage.getEString(), "populationServed", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_ReferralRoute(), ecorePackage.getEString(), "referralRoute", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Funding(), ecorePackage.getEString(), "funding", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_Staffing(), ecorePackage.getEString(), "staffing", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_CollectionStatus(), this.getCollectionStatus(), "collectionStatus", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseStudy_StatusHistory(), this.getStatusChange(), null, "statusHistory", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseStudy_Benefits(), this.getBenefit(), null, "benefits", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseStudy_Outcomes(), this.getOutcome(), null, "outcomes", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseStudy_ChallengesAddressed(), this.getChallenge(), null, "challengesAddressed", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseStudy_Contacts(), this.getContactRole(), null, "contacts", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseStudy_Sources(), this.getSource(), null, "sources", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseStudy_Assessments(), this.getAssessment(), this.getAssessment_CaseStudy(), "assessments", null, 0, -1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_ConsentToPublish(), this.getLocalDate(), "consentToPublish", null, 0, 1, CaseStudy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseStudy_ModelOfGoodPractice(), ecorePackage.getEBoolean(), "modelOfGoodPractice", null, 0, 1, CaseStudy.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(statusChangeEClass, StatusChange.class, "StatusChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusChange_Date(), this.getLocalDate(), "date", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_Status(), this.getCollectionStatus(), "status", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_Note(), ecorePackage.getEString(), "note", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(benefitEClass, Benefit.class, "Benefit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBenefit_Beneficiary(), this.getBeneficiary(), "beneficiary", null, 0, 1, Benefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefit_Description(), ecorePackage.getEString(), "description", null, 0, 1, Benefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefit_EvidenceType(), this.getEvidenceType(), "evidenceType", null, 0, 1, Benefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefit_EvidenceStrength(), this.getEvidenceStrength(), "evidenceStrength", null, 0, 1, Benefit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outcomeEClass, Outcome.class, "Outcome", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutcome_Measure(), ecorePackage.getEString(), "measure", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Value(), ecorePackage.getEString(), "value", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Period(), ecorePackage.getEString(), "period", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutcome_Source(), this.getSource(), null, "source", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_SourceNote(), ecorePackage.getEString(), "sourceNote", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactRoleEClass, ContactRole.class, "ContactRole", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactRole_Role(), ecorePackage.getEString(), "role", null, 0, 1, ContactRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContactRole_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, ContactRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssessment_CaseStudy(), this.getCaseStudy(), this.getCaseStudy_Assessments(), "caseStudy", null, 0, 1, Assessment.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Criterion(), this.getCriterion(), null, "criterion", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Result(), this.getAssessmentResult(), "result", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_EvidenceExtracts(), this.getExtract(), null, "evidenceExtracts", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_EvidenceOutcomes(), this.getOutcome(), null, "evidenceOutcomes", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(guidanceDocumentEClass, GuidanceDocument.class, "GuidanceDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGuidanceDocument_Title(), ecorePackage.getEString(), "title", null, 0, 1, GuidanceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceDocument_Subtitle(), ecorePackage.getEString(), "subtitle", null, 0, 1, GuidanceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceDocument_LengthTargetWords(), ecorePackage.getEInt(), "lengthTargetWords", null, 0, 1, GuidanceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceDocument_CitationStyle(), ecorePackage.getEString(), "citationStyle", "harvard-cite-them-right", 0, 1, GuidanceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceDocument_Locale(), ecorePackage.getEString(), "locale", "en-GB", 0, 1, GuidanceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGuidanceDocument_Sections(), this.getSection(), null, "sections", null, 0, -1, GuidanceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuidanceDocument_WordCount(), ecorePackage.getEInt(), "wordCount", null, 0, 1, GuidanceDocument.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(sectionEClass, Section.class, "Section", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSection_Heading(), ecorePackage.getEString(), "heading", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_WordBudget(), ecorePackage.getEInt(), "wordBudget", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_AudienceNotes(), ecorePackage.getEString(), "audienceNotes", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_Kind(), this.getSectionKind(), "kind", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Blocks(), this.getBlock(), null, "blocks", null, 0, -1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Sections(), this.getSection(), null, "sections", null, 0, -1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_WordCount(), ecorePackage.getEInt(), "wordCount", null, 0, 1, Section.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(blockEClass, Block.class, "Block", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBlock_EvidenceLinks(), this.getEvidenceLink(), null, "evidenceLinks", null, 0, -1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBlock_WordCount(), ecorePackage.getEInt(), "wordCount", null, 0, 1, Block.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(paragraphEClass, Paragraph.class, "Paragraph", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParagraph_Text(), ecorePackage.getEString(), "text", null, 0, 1, Paragraph.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(listBlockEClass, ListBlock.class, "ListBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getListBlock_Items(), ecorePackage.getEString(), "items", null, 0, -1, ListBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getListBlock_Ordered(), ecorePackage.getEBoolean(), "ordered", null, 0, 1, ListBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(calloutEClass, Callout.class, "Callout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCallout_Kind(), this.getCalloutKind(), "kind", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_Title(), ecorePackage.getEString(), "title", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCallout_Text(), ecorePackage.getEString(), "text", null, 0, 1, Callout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseStudyEmbedEClass, CaseStudyEmbed.class, "CaseStudyEmbed", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCaseStudyEmbed_CaseStudy(), this.getCaseStudy(), null, "caseStudy", null, 0, 1, CaseStudyEmbed.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(challengeTableEClass, ChallengeTable.class, "ChallengeTable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChallengeTable_Caption(), ecorePackage.getEString(), "caption", null, 0, 1, ChallengeTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChallengeTable_Challenges(), this.getChallenge(), null, "challenges", null, 0, -1, ChallengeTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistEClass, Checklist.class, "Checklist", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklist_Title(), ecorePackage.getEString(), "title", null, 0, 1, Checklist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChecklist_Items(), this.getChecklistItem(), null, "items", null, 0, -1, Checklist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistItemEClass, ChecklistItem.class, "ChecklistItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistItem_Text(), ecorePackage.getEString(), "text", null, 0, 1, ChecklistItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(extractQuoteEClass, ExtractQuote.class, "ExtractQuote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExtractQuote_Extract(), this.getExtract(), null, "extract", null, 0, 1, ExtractQuote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(imageEClass, Image.class, "Image", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImage_AltText(), ecorePackage.getEString(), "altText", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Path(), ecorePackage.getEString(), "path", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Data(), ecorePackage.getEByteArray(), "data", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImage_Caption(), ecorePackage.getEString(), "caption", null, 0, 1, Image.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(publicationEClass, Publication.class, "Publication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPublication_Status(), this.getPublicationStatus(), "status", null, 0, 1, Publication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPublication_StatusLabel(), ecorePackage.getEString(), "statusLabel", null, 0, 1, Publication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPublication_Version(), ecorePackage.getEString(), "version", null, 0, 1, Publication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPublication_PublicationDate(), this.getLocalDate(), "publicationDate", null, 0, 1, Publication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPublication_ReaderSummary(), ecorePackage.getEString(), "readerSummary", null, 0, 1, Publication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPublication_ToolColophon(), ecorePackage.getEBoolean(), "toolColophon", null, 0, 1, Publication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPublication_ReleaseMilestone(), this.getMilestone(), null, "releaseMilestone", null, 0, 1, Publication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPublication_Issuers(), this.getIssuer(), null, "issuers", null, 0, -1, Publication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(issuerEClass, Issuer.class, "Issuer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIssuer_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, Issuer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssuer_Confirmed(), ecorePackage.getEBoolean(), "confirmed", "true", 0, 1, Issuer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssuer_LogoPath(), ecorePackage.getEString(), "logoPath", null, 0, 1, Issuer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIssuer_LogoAltText(), ecorePackage.getEString(), "logoAltText", null, 0, 1, Issuer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceLinkEClass, EvidenceLink.class, "EvidenceLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEvidenceLink_Evidence(), this.getIdentified(), null, "evidence", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceLink_Field(), ecorePackage.getEString(), "field", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceLink_Sentence(), ecorePackage.getEString(), "sentence", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceLink_EvidenceId(), ecorePackage.getEString(), "evidenceId", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceLink_ConfirmedState(), ecorePackage.getEString(), "confirmedState", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceLink_ConfirmedAt(), ecorePackage.getEString(), "confirmedAt", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceLink_ConfirmedBy(), ecorePackage.getEString(), "confirmedBy", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(termEClass, Term.class, "Term", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTerm_Term(), ecorePackage.getEString(), "term", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_Expansion(), ecorePackage.getEString(), "expansion", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_Definition(), ecorePackage.getEString(), "definition", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_Sector(), this.getSector(), "sector", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_WellKnown(), ecorePackage.getEBoolean(), "wellKnown", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_PlainWording(), ecorePackage.getEString(), "plainWording", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_SourceUrl(), ecorePackage.getEString(), "sourceUrl", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_Disabled(), ecorePackage.getEBoolean(), "disabled", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewCommentEClass, ReviewComment.class, "ReviewComment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReviewComment_Target(), this.getIdentified(), null, "target", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_ReviewerRole(), ecorePackage.getEString(), "reviewerRole", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewComment_ReviewerOrganisation(), this.getOrganisation(), null, "reviewerOrganisation", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewComment_Milestone(), this.getMilestone(), null, "milestone", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Status(), this.getReviewStatus(), "status", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Raised(), this.getLocalDate(), "raised", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Text(), ecorePackage.getEString(), "text", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Response(), ecorePackage.getEString(), "response", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_QuotedText(), ecorePackage.getEString(), "quotedText", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Theme(), ecorePackage.getEString(), "theme", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewSuggestionEClass, ReviewSuggestion.class, "ReviewSuggestion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReviewSuggestion_Target(), this.getBlock(), null, "target", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_Item(), ecorePackage.getEInt(), "item", "-1", 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_Before(), ecorePackage.getEString(), "before", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_Deleted(), ecorePackage.getEString(), "deleted", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_Inserted(), ecorePackage.getEString(), "inserted", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_After(), ecorePackage.getEString(), "after", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_ReviewerRole(), ecorePackage.getEString(), "reviewerRole", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewSuggestion_ReviewerOrganisation(), this.getOrganisation(), null, "reviewerOrganisation", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewSuggestion_Milestone(), this.getMilestone(), null, "milestone", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_Raised(), this.getLocalDate(), "raised", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_Status(), this.getReviewStatus(), "status", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_Decided(), this.getLocalDate(), "decided", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewSuggestion_Response(), ecorePackage.getEString(), "response", null, 0, 1, ReviewSuggestion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recipientEClass, Recipient.class, "Recipient", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecipient_Name(), ecorePackage.getEString(), "name", null, 0, 1, Recipient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecipient_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, Recipient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipient_Sent(), this.getLocalDate(), "sent", null, 0, 1, Recipient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipient_Returned(), this.getLocalDate(), "returned", null, 0, 1, Recipient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecipient_Note(), ecorePackage.getEString(), "note", null, 0, 1, Recipient.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adaptationEClass, Adaptation.class, "Adaptation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdaptation_ContextId(), ecorePackage.getEString(), "contextId", null, 0, 1, Adaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdaptation_Target(), this.getIdentified(), null, "target", null, 0, 1, Adaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdaptation_Kind(), this.getAdaptationKind(), "kind", null, 0, 1, Adaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdaptation_Text(), ecorePackage.getEString(), "text", null, 0, 1, Adaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdaptation_FindText(), ecorePackage.getEString(), "findText", null, 0, 1, Adaptation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mergeConflictEClass, MergeConflict.class, "MergeConflict", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMergeConflict_Kind(), this.getMergeConflictKind(), "kind", null, 0, 1, MergeConflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConflict_ElementId(), ecorePackage.getEString(), "elementId", null, 0, 1, MergeConflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConflict_ElementLabel(), ecorePackage.getEString(), "elementLabel", null, 0, 1, MergeConflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConflict_Feature(), ecorePackage.getEString(), "feature", null, 0, 1, MergeConflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConflict_BaseValue(), ecorePackage.getEString(), "baseValue", null, 0, 1, MergeConflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConflict_OursValue(), ecorePackage.getEString(), "oursValue", null, 0, 1, MergeConflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConflict_TheirsValue(), ecorePackage.getEString(), "theirsValue", null, 0, 1, MergeConflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConflict_OursLabel(), ecorePackage.getEString(), "oursLabel", null, 0, 1, MergeConflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMergeConflict_TheirsLabel(), ecorePackage.getEString(), "theirsLabel", null, 0, 1, MergeConflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(approvalEClass, Approval.class, "Approval", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getApproval_Milestone(), this.getMilestone(), null, "milestone", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_Name(), ecorePackage.getEString(), "name", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_Role(), ecorePackage.getEString(), "role", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_Note(), ecorePackage.getEString(), "note", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_Commit(), ecorePackage.getEString(), "commit", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_ApprovedAt(), ecorePackage.getEString(), "approvedAt", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_Tag(), ecorePackage.getEString(), "tag", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_SupersededBy(), ecorePackage.getEString(), "supersededBy", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionEClass, Decision.class, "Decision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecision_Title(), ecorePackage.getEString(), "title", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_DecidedBy(), ecorePackage.getEString(), "decidedBy", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_DecidedOn(), this.getLocalDate(), "decidedOn", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecision_Elements(), this.getIdentified(), null, "elements", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecision_Comments(), this.getReviewComment(), null, "comments", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceConfidenceEClass, EvidenceConfidence.class, "EvidenceConfidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidenceConfidence_Level(), this.getEvidenceConfidenceLevel(), "level", null, 0, 1, EvidenceConfidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceConfidence_MethodologicalLimitations(), this.getCerqualConcern(), "methodologicalLimitations", null, 0, 1, EvidenceConfidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceConfidence_Coherence(), this.getCerqualConcern(), "coherence", null, 0, 1, EvidenceConfidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceConfidence_Adequacy(), this.getCerqualConcern(), "adequacy", null, 0, 1, EvidenceConfidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceConfidence_Relevance(), this.getCerqualConcern(), "relevance", null, 0, 1, EvidenceConfidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceConfidence_Reasons(), ecorePackage.getEString(), "reasons", null, 0, 1, EvidenceConfidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cellConfidenceEClass, CellConfidence.class, "CellConfidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCellConfidence_EvidenceKind(), ecorePackage.getEString(), "evidenceKind", null, 0, 1, CellConfidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(appraisalEClass, Appraisal.class, "Appraisal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAppraisal_Design(), this.getStudyDesign(), "design", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_DesignNote(), ecorePackage.getEString(), "designNote", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_Relevance(), this.getCerqualConcern(), "relevance", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_RelevanceNote(), ecorePackage.getEString(), "relevanceNote", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_Limitations(), this.getCerqualConcern(), "limitations", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_LimitationsNote(), ecorePackage.getEString(), "limitationsNote", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_Adequacy(), this.getCerqualConcern(), "adequacy", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_AdequacyNote(), ecorePackage.getEString(), "adequacyNote", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(publicationStatusEEnum, PublicationStatus.class, "PublicationStatus");
		addEEnumLiteral(publicationStatusEEnum, PublicationStatus.WORKING_DRAFT);
		addEEnumLiteral(publicationStatusEEnum, PublicationStatus.STAKEHOLDER_DRAFT);
		addEEnumLiteral(publicationStatusEEnum, PublicationStatus.TASKFORCE_DRAFT);
		addEEnumLiteral(publicationStatusEEnum, PublicationStatus.FINAL);

		initEEnum(sectionKindEEnum, SectionKind.class, "SectionKind");
		addEEnumLiteral(sectionKindEEnum, SectionKind.CONTENT);
		addEEnumLiteral(sectionKindEEnum, SectionKind.GLOSSARY);
		addEEnumLiteral(sectionKindEEnum, SectionKind.CONTENTS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.NEXT_STEPS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.REFERENCES);

		initEEnum(mergeConflictKindEEnum, MergeConflictKind.class, "MergeConflictKind");
		addEEnumLiteral(mergeConflictKindEEnum, MergeConflictKind.CHANGED_BOTH);
		addEEnumLiteral(mergeConflictKindEEnum, MergeConflictKind.DELETED_BY_THEIRS);
		addEEnumLiteral(mergeConflictKindEEnum, MergeConflictKind.DELETED_BY_OURS);
		addEEnumLiteral(mergeConflictKindEEnum, MergeConflictKind.MOVED_BOTH);
		addEEnumLiteral(mergeConflictKindEEnum, MergeConflictKind.REORDERED_BOTH);
		addEEnumLiteral(mergeConflictKindEEnum, MergeConflictKind.REFERENCE_TO_DELETED);

		initEEnum(sectorEEnum, Sector.class, "Sector");
		addEEnumLiteral(sectorEEnum, Sector.HE);
		addEEnumLiteral(sectorEEnum, Sector.NHS);
		addEEnumLiteral(sectorEEnum, Sector.BOTH);
		addEEnumLiteral(sectorEEnum, Sector.GENERAL);

		initEEnum(milestoneKindEEnum, MilestoneKind.class, "MilestoneKind");
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.SCOPE_AGREED);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.CRITERIA_AGREED);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.LITERATURE_SUMMARISED);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.CASE_STUDIES_COLLECTED);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.DRAFT_TO_STAKEHOLDERS);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.DRAFT_TO_TASKFORCE);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.TASKFORCE_REVIEW);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.FINAL);
		addEEnumLiteral(milestoneKindEEnum, MilestoneKind.OTHER);

		initEEnum(milestoneStatusEEnum, MilestoneStatus.class, "MilestoneStatus");
		addEEnumLiteral(milestoneStatusEEnum, MilestoneStatus.PLANNED);
		addEEnumLiteral(milestoneStatusEEnum, MilestoneStatus.IN_PROGRESS);
		addEEnumLiteral(milestoneStatusEEnum, MilestoneStatus.DONE);
		addEEnumLiteral(milestoneStatusEEnum, MilestoneStatus.MISSED);
		addEEnumLiteral(milestoneStatusEEnum, MilestoneStatus.CANCELLED);

		initEEnum(organisationKindEEnum, OrganisationKind.class, "OrganisationKind");
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.HEP);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.NHS_TRUST);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.ICB);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.SECTOR_BODY);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.TASKFORCE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.GP_PRACTICE);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.VOLUNTARY_SECTOR);
		addEEnumLiteral(organisationKindEEnum, OrganisationKind.OTHER);

		initEEnum(hepSizeEEnum, HepSize.class, "HepSize");
		addEEnumLiteral(hepSizeEEnum, HepSize.UNKNOWN);
		addEEnumLiteral(hepSizeEEnum, HepSize.SMALL);
		addEEnumLiteral(hepSizeEEnum, HepSize.MEDIUM);
		addEEnumLiteral(hepSizeEEnum, HepSize.LARGE);

		initEEnum(sourceTypeEEnum, SourceType.class, "SourceType");
		addEEnumLiteral(sourceTypeEEnum, SourceType.REPORT);
		addEEnumLiteral(sourceTypeEEnum, SourceType.ARTICLE_JOURNAL);
		addEEnumLiteral(sourceTypeEEnum, SourceType.BOOK);
		addEEnumLiteral(sourceTypeEEnum, SourceType.CHAPTER);
		addEEnumLiteral(sourceTypeEEnum, SourceType.WEBPAGE);
		addEEnumLiteral(sourceTypeEEnum, SourceType.PAPER_CONFERENCE);
		addEEnumLiteral(sourceTypeEEnum, SourceType.THESIS);
		addEEnumLiteral(sourceTypeEEnum, SourceType.DATASET);
		addEEnumLiteral(sourceTypeEEnum, SourceType.LEGISLATION);
		addEEnumLiteral(sourceTypeEEnum, SourceType.POST);
		addEEnumLiteral(sourceTypeEEnum, SourceType.ARTICLE);
		addEEnumLiteral(sourceTypeEEnum, SourceType.DOCUMENT);

		initEEnum(extractKindEEnum, ExtractKind.class, "ExtractKind");
		addEEnumLiteral(extractKindEEnum, ExtractKind.RECOMMENDATION);
		addEEnumLiteral(extractKindEEnum, ExtractKind.CHALLENGE);
		addEEnumLiteral(extractKindEEnum, ExtractKind.SOLUTION);
		addEEnumLiteral(extractKindEEnum, ExtractKind.GOOD_PRACTICE);
		addEEnumLiteral(extractKindEEnum, ExtractKind.FINDING);
		addEEnumLiteral(extractKindEEnum, ExtractKind.STATISTIC);

		initEEnum(consensusScaleEEnum, ConsensusScale.class, "ConsensusScale");
		addEEnumLiteral(consensusScaleEEnum, ConsensusScale.NINE_POINT);
		addEEnumLiteral(consensusScaleEEnum, ConsensusScale.AGREE_NEUTRAL_DISAGREE);

		initEEnum(consensusStatusEEnum, ConsensusStatus.class, "ConsensusStatus");
		addEEnumLiteral(consensusStatusEEnum, ConsensusStatus.NOT_RATED);
		addEEnumLiteral(consensusStatusEEnum, ConsensusStatus.NO_CONSENSUS);
		addEEnumLiteral(consensusStatusEEnum, ConsensusStatus.INCLUDE);
		addEEnumLiteral(consensusStatusEEnum, ConsensusStatus.EXCLUDE);

		initEEnum(serviceModelEEnum, ServiceModel.class, "ServiceModel");
		addEEnumLiteral(serviceModelEEnum, ServiceModel.OTHER);
		addEEnumLiteral(serviceModelEEnum, ServiceModel.CMHT_LIKE);
		addEEnumLiteral(serviceModelEEnum, ServiceModel.LIAISON);
		addEEnumLiteral(serviceModelEEnum, ServiceModel.EMBEDDED_CLINICIAN);
		addEEnumLiteral(serviceModelEEnum, ServiceModel.INTEGRATED_REGIONAL_SERVICE);
		addEEnumLiteral(serviceModelEEnum, ServiceModel.SINGLE_POINT_OF_ACCESS);
		addEEnumLiteral(serviceModelEEnum, ServiceModel.STEPPED_CARE);

		initEEnum(partnershipContextEEnum, PartnershipContext.class, "PartnershipContext");
		addEEnumLiteral(partnershipContextEEnum, PartnershipContext.LARGE_MULTI_HEP_CITY);
		addEEnumLiteral(partnershipContextEEnum, PartnershipContext.SMALL_OR_SPECIALIST_HEP);
		addEEnumLiteral(partnershipContextEEnum, PartnershipContext.HE_IN_FE_COLLEGE);
		addEEnumLiteral(partnershipContextEEnum, PartnershipContext.RURAL);
		addEEnumLiteral(partnershipContextEEnum, PartnershipContext.COASTAL);
		addEEnumLiteral(partnershipContextEEnum, PartnershipContext.OTHER);

		initEEnum(collectionStatusEEnum, CollectionStatus.class, "CollectionStatus");
		addEEnumLiteral(collectionStatusEEnum, CollectionStatus.IDENTIFIED);
		addEEnumLiteral(collectionStatusEEnum, CollectionStatus.ENGAGED);
		addEEnumLiteral(collectionStatusEEnum, CollectionStatus.TEMPLATE_SENT);
		addEEnumLiteral(collectionStatusEEnum, CollectionStatus.RETURNED);
		addEEnumLiteral(collectionStatusEEnum, CollectionStatus.VERIFIED);
		addEEnumLiteral(collectionStatusEEnum, CollectionStatus.APPROVED);
		addEEnumLiteral(collectionStatusEEnum, CollectionStatus.WITHDRAWN);

		initEEnum(beneficiaryEEnum, Beneficiary.class, "Beneficiary");
		addEEnumLiteral(beneficiaryEEnum, Beneficiary.STUDENTS);
		addEEnumLiteral(beneficiaryEEnum, Beneficiary.HEPS);
		addEEnumLiteral(beneficiaryEEnum, Beneficiary.HEALTH_SYSTEM);

		initEEnum(evidenceTypeEEnum, EvidenceType.class, "EvidenceType");
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.UNKNOWN);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.ROUTINE_DATA);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.EVALUATION);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.PEER_REVIEWED);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.SURVEY);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.QUALITATIVE);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.ANECDOTAL);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.OTHER);

		initEEnum(evidenceStrengthEEnum, EvidenceStrength.class, "EvidenceStrength");
		addEEnumLiteral(evidenceStrengthEEnum, EvidenceStrength.UNKNOWN);
		addEEnumLiteral(evidenceStrengthEEnum, EvidenceStrength.WEAK);
		addEEnumLiteral(evidenceStrengthEEnum, EvidenceStrength.MODERATE);
		addEEnumLiteral(evidenceStrengthEEnum, EvidenceStrength.STRONG);

		initEEnum(assessmentResultEEnum, AssessmentResult.class, "AssessmentResult");
		addEEnumLiteral(assessmentResultEEnum, AssessmentResult.UNKNOWN);
		addEEnumLiteral(assessmentResultEEnum, AssessmentResult.MET);
		addEEnumLiteral(assessmentResultEEnum, AssessmentResult.PARTLY_MET);
		addEEnumLiteral(assessmentResultEEnum, AssessmentResult.NOT_MET);

		initEEnum(calloutKindEEnum, CalloutKind.class, "CalloutKind");
		addEEnumLiteral(calloutKindEEnum, CalloutKind.KEY_MESSAGE);
		addEEnumLiteral(calloutKindEEnum, CalloutKind.FOR_NHS_READERS);
		addEEnumLiteral(calloutKindEEnum, CalloutKind.FOR_HE_READERS);

		initEEnum(reviewStatusEEnum, ReviewStatus.class, "ReviewStatus");
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.OPEN);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.ACCEPTED);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.REJECTED);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.DONE);

		initEEnum(adaptationKindEEnum, AdaptationKind.class, "AdaptationKind");
		addEEnumLiteral(adaptationKindEEnum, AdaptationKind.NOTE);
		addEEnumLiteral(adaptationKindEEnum, AdaptationKind.REPLACE);
		addEEnumLiteral(adaptationKindEEnum, AdaptationKind.APPEND);
		addEEnumLiteral(adaptationKindEEnum, AdaptationKind.OMIT);

		initEEnum(stakeholderGroupEEnum, StakeholderGroup.class, "StakeholderGroup");
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.UNSPECIFIED);
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.HE);
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.NHS);
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.STUDENTS);
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.VOLUNTARY_SECTOR);
		addEEnumLiteral(stakeholderGroupEEnum, StakeholderGroup.OTHER);

		initEEnum(studyDesignEEnum, StudyDesign.class, "StudyDesign");
		addEEnumLiteral(studyDesignEEnum, StudyDesign.NOT_ASSESSED);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.SYSTEMATIC_REVIEW);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.RANDOMISED_TRIAL);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.QUASI_EXPERIMENTAL);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.OBSERVATIONAL);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.QUALITATIVE);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.MIXED_METHODS);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.SURVEY);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.SERVICE_EVALUATION);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.CASE_REPORT);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.POLICY_OR_GUIDANCE);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.EXPERT_OPINION);
		addEEnumLiteral(studyDesignEEnum, StudyDesign.OTHER);

		initEEnum(screeningDecisionEEnum, ScreeningDecision.class, "ScreeningDecision");
		addEEnumLiteral(screeningDecisionEEnum, ScreeningDecision.NOT_SCREENED);
		addEEnumLiteral(screeningDecisionEEnum, ScreeningDecision.INCLUDED);
		addEEnumLiteral(screeningDecisionEEnum, ScreeningDecision.EXCLUDED);

		initEEnum(evidenceConfidenceLevelEEnum, EvidenceConfidenceLevel.class, "EvidenceConfidenceLevel");
		addEEnumLiteral(evidenceConfidenceLevelEEnum, EvidenceConfidenceLevel.NOT_ASSESSED);
		addEEnumLiteral(evidenceConfidenceLevelEEnum, EvidenceConfidenceLevel.HIGH);
		addEEnumLiteral(evidenceConfidenceLevelEEnum, EvidenceConfidenceLevel.MODERATE);
		addEEnumLiteral(evidenceConfidenceLevelEEnum, EvidenceConfidenceLevel.LOW);
		addEEnumLiteral(evidenceConfidenceLevelEEnum, EvidenceConfidenceLevel.VERY_LOW);

		initEEnum(cerqualConcernEEnum, CerqualConcern.class, "CerqualConcern");
		addEEnumLiteral(cerqualConcernEEnum, CerqualConcern.NOT_ASSESSED);
		addEEnumLiteral(cerqualConcernEEnum, CerqualConcern.NONE);
		addEEnumLiteral(cerqualConcernEEnum, CerqualConcern.MINOR);
		addEEnumLiteral(cerqualConcernEEnum, CerqualConcern.MODERATE);
		addEEnumLiteral(cerqualConcernEEnum, CerqualConcern.SERIOUS);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //GuidancePackageImpl
