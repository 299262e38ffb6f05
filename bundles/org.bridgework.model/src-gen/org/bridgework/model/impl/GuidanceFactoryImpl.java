/**
 */
package org.bridgework.model.impl;

import java.time.LocalDate;

import org.bridgework.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GuidanceFactoryImpl extends EFactoryImpl implements GuidanceFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static GuidanceFactory init() {
		try {
			GuidanceFactory theGuidanceFactory = (GuidanceFactory)EPackage.Registry.INSTANCE.getEFactory(GuidancePackage.eNS_URI);
			if (theGuidanceFactory != null) {
				return theGuidanceFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new GuidanceFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GuidanceFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case GuidancePackage.GUIDANCE_PROJECT: return createGuidanceProject();
			case GuidancePackage.SCOPE: return createScope();
			case GuidancePackage.SCOPE_ITEM: return createScopeItem();
			case GuidancePackage.AUDIENCE: return createAudience();
			case GuidancePackage.MILESTONE: return createMilestone();
			case GuidancePackage.ORGANISATION: return createOrganisation();
			case GuidancePackage.HEP_PROFILE: return createHepProfile();
			case GuidancePackage.MEMBER: return createMember();
			case GuidancePackage.CHALLENGE: return createChallenge();
			case GuidancePackage.SOLUTION: return createSolution();
			case GuidancePackage.SOURCE: return createSource();
			case GuidancePackage.PERSON: return createPerson();
			case GuidancePackage.EXTRACT: return createExtract();
			case GuidancePackage.CRITERION: return createCriterion();
			case GuidancePackage.WORDING_CHANGE: return createWordingChange();
			case GuidancePackage.CONSENSUS_SETTINGS: return createConsensusSettings();
			case GuidancePackage.CONSENSUS_ROUND: return createConsensusRound();
			case GuidancePackage.RATING: return createRating();
			case GuidancePackage.CASE_STUDY: return createCaseStudy();
			case GuidancePackage.STATUS_CHANGE: return createStatusChange();
			case GuidancePackage.BENEFIT: return createBenefit();
			case GuidancePackage.OUTCOME: return createOutcome();
			case GuidancePackage.CONTACT_ROLE: return createContactRole();
			case GuidancePackage.ASSESSMENT: return createAssessment();
			case GuidancePackage.GUIDANCE_DOCUMENT: return createGuidanceDocument();
			case GuidancePackage.SECTION: return createSection();
			case GuidancePackage.PARAGRAPH: return createParagraph();
			case GuidancePackage.LIST_BLOCK: return createListBlock();
			case GuidancePackage.CALLOUT: return createCallout();
			case GuidancePackage.CASE_STUDY_EMBED: return createCaseStudyEmbed();
			case GuidancePackage.CHALLENGE_TABLE: return createChallengeTable();
			case GuidancePackage.CHECKLIST: return createChecklist();
			case GuidancePackage.CHECKLIST_ITEM: return createChecklistItem();
			case GuidancePackage.EXTRACT_QUOTE: return createExtractQuote();
			case GuidancePackage.IMAGE: return createImage();
			case GuidancePackage.PUBLICATION: return createPublication();
			case GuidancePackage.ISSUER: return createIssuer();
			case GuidancePackage.EVIDENCE_LINK: return createEvidenceLink();
			case GuidancePackage.TERM: return createTerm();
			case GuidancePackage.REVIEW_COMMENT: return createReviewComment();
			case GuidancePackage.REVIEW_SUGGESTION: return createReviewSuggestion();
			case GuidancePackage.RECIPIENT: return createRecipient();
			case GuidancePackage.ADAPTATION: return createAdaptation();
			case GuidancePackage.MERGE_CONFLICT: return createMergeConflict();
			case GuidancePackage.APPROVAL: return createApproval();
			case GuidancePackage.DECISION: return createDecision();
			case GuidancePackage.EVIDENCE_CONFIDENCE: return createEvidenceConfidence();
			case GuidancePackage.CELL_CONFIDENCE: return createCellConfidence();
			case GuidancePackage.APPRAISAL: return createAppraisal();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case GuidancePackage.PUBLICATION_STATUS:
				return createPublicationStatusFromString(eDataType, initialValue);
			case GuidancePackage.SECTION_KIND:
				return createSectionKindFromString(eDataType, initialValue);
			case GuidancePackage.MERGE_CONFLICT_KIND:
				return createMergeConflictKindFromString(eDataType, initialValue);
			case GuidancePackage.SECTOR:
				return createSectorFromString(eDataType, initialValue);
			case GuidancePackage.MILESTONE_KIND:
				return createMilestoneKindFromString(eDataType, initialValue);
			case GuidancePackage.MILESTONE_STATUS:
				return createMilestoneStatusFromString(eDataType, initialValue);
			case GuidancePackage.ORGANISATION_KIND:
				return createOrganisationKindFromString(eDataType, initialValue);
			case GuidancePackage.HEP_SIZE:
				return createHepSizeFromString(eDataType, initialValue);
			case GuidancePackage.SOURCE_TYPE:
				return createSourceTypeFromString(eDataType, initialValue);
			case GuidancePackage.EXTRACT_KIND:
				return createExtractKindFromString(eDataType, initialValue);
			case GuidancePackage.CONSENSUS_SCALE:
				return createConsensusScaleFromString(eDataType, initialValue);
			case GuidancePackage.CONSENSUS_STATUS:
				return createConsensusStatusFromString(eDataType, initialValue);
			case GuidancePackage.SERVICE_MODEL:
				return createServiceModelFromString(eDataType, initialValue);
			case GuidancePackage.PARTNERSHIP_CONTEXT:
				return createPartnershipContextFromString(eDataType, initialValue);
			case GuidancePackage.COLLECTION_STATUS:
				return createCollectionStatusFromString(eDataType, initialValue);
			case GuidancePackage.BENEFICIARY:
				return createBeneficiaryFromString(eDataType, initialValue);
			case GuidancePackage.EVIDENCE_TYPE:
				return createEvidenceTypeFromString(eDataType, initialValue);
			case GuidancePackage.EVIDENCE_STRENGTH:
				return createEvidenceStrengthFromString(eDataType, initialValue);
			case GuidancePackage.ASSESSMENT_RESULT:
				return createAssessmentResultFromString(eDataType, initialValue);
			case GuidancePackage.CALLOUT_KIND:
				return createCalloutKindFromString(eDataType, initialValue);
			case GuidancePackage.REVIEW_STATUS:
				return createReviewStatusFromString(eDataType, initialValue);
			case GuidancePackage.ADAPTATION_KIND:
				return createAdaptationKindFromString(eDataType, initialValue);
			case GuidancePackage.STAKEHOLDER_GROUP:
				return createStakeholderGroupFromString(eDataType, initialValue);
			case GuidancePackage.STUDY_DESIGN:
				return createStudyDesignFromString(eDataType, initialValue);
			case GuidancePackage.SCREENING_DECISION:
				return createScreeningDecisionFromString(eDataType, initialValue);
			case GuidancePackage.EVIDENCE_CONFIDENCE_LEVEL:
				return createEvidenceConfidenceLevelFromString(eDataType, initialValue);
			case GuidancePackage.CERQUAL_CONCERN:
				return createCerqualConcernFromString(eDataType, initialValue);
			case GuidancePackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case GuidancePackage.PUBLICATION_STATUS:
				return convertPublicationStatusToString(eDataType, instanceValue);
			case GuidancePackage.SECTION_KIND:
				return convertSectionKindToString(eDataType, instanceValue);
			case GuidancePackage.MERGE_CONFLICT_KIND:
				return convertMergeConflictKindToString(eDataType, instanceValue);
			case GuidancePackage.SECTOR:
				return convertSectorToString(eDataType, instanceValue);
			case GuidancePackage.MILESTONE_KIND:
				return convertMilestoneKindToString(eDataType, instanceValue);
			case GuidancePackage.MILESTONE_STATUS:
				return convertMilestoneStatusToString(eDataType, instanceValue);
			case GuidancePackage.ORGANISATION_KIND:
				return convertOrganisationKindToString(eDataType, instanceValue);
			case GuidancePackage.HEP_SIZE:
				return convertHepSizeToString(eDataType, instanceValue);
			case GuidancePackage.SOURCE_TYPE:
				return convertSourceTypeToString(eDataType, instanceValue);
			case GuidancePackage.EXTRACT_KIND:
				return convertExtractKindToString(eDataType, instanceValue);
			case GuidancePackage.CONSENSUS_SCALE:
				return convertConsensusScaleToString(eDataType, instanceValue);
			case GuidancePackage.CONSENSUS_STATUS:
				return convertConsensusStatusToString(eDataType, instanceValue);
			case GuidancePackage.SERVICE_MODEL:
				return convertServiceModelToString(eDataType, instanceValue);
			case GuidancePackage.PARTNERSHIP_CONTEXT:
				return convertPartnershipContextToString(eDataType, instanceValue);
			case GuidancePackage.COLLECTION_STATUS:
				return convertCollectionStatusToString(eDataType, instanceValue);
			case GuidancePackage.BENEFICIARY:
				return convertBeneficiaryToString(eDataType, instanceValue);
			case GuidancePackage.EVIDENCE_TYPE:
				return convertEvidenceTypeToString(eDataType, instanceValue);
			case GuidancePackage.EVIDENCE_STRENGTH:
				return convertEvidenceStrengthToString(eDataType, instanceValue);
			case GuidancePackage.ASSESSMENT_RESULT:
				return convertAssessmentResultToString(eDataType, instanceValue);
			case GuidancePackage.CALLOUT_KIND:
				return convertCalloutKindToString(eDataType, instanceValue);
			case GuidancePackage.REVIEW_STATUS:
				return convertReviewStatusToString(eDataType, instanceValue);
			case GuidancePackage.ADAPTATION_KIND:
				return convertAdaptationKindToString(eDataType, instanceValue);
			case GuidancePackage.STAKEHOLDER_GROUP:
				return convertStakeholderGroupToString(eDataType, instanceValue);
			case GuidancePackage.STUDY_DESIGN:
				return convertStudyDesignToString(eDataType, instanceValue);
			case GuidancePackage.SCREENING_DECISION:
				return convertScreeningDecisionToString(eDataType, instanceValue);
			case GuidancePackage.EVIDENCE_CONFIDENCE_LEVEL:
				return convertEvidenceConfidenceLevelToString(eDataType, instanceValue);
			case GuidancePackage.CERQUAL_CONCERN:
				return convertCerqualConcernToString(eDataType, instanceValue);
			case GuidancePackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuidanceProject createGuidanceProject() {
		GuidanceProjectImpl guidanceProject = new GuidanceProjectImpl();
		return guidanceProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scope createScope() {
		ScopeImpl scope = new ScopeImpl();
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScopeItem createScopeItem() {
		ScopeItemImpl scopeItem = new ScopeItemImpl();
		return scopeItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Audience createAudience() {
		AudienceImpl audience = new AudienceImpl();
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Milestone createMilestone() {
		MilestoneImpl milestone = new MilestoneImpl();
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HepProfile createHepProfile() {
		HepProfileImpl hepProfile = new HepProfileImpl();
		return hepProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member createMember() {
		MemberImpl member = new MemberImpl();
		return member;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Challenge createChallenge() {
		ChallengeImpl challenge = new ChallengeImpl();
		return challenge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Solution createSolution() {
		SolutionImpl solution = new SolutionImpl();
		return solution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source createSource() {
		SourceImpl source = new SourceImpl();
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Extract createExtract() {
		ExtractImpl extract = new ExtractImpl();
		return extract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WordingChange createWordingChange() {
		WordingChangeImpl wordingChange = new WordingChangeImpl();
		return wordingChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsensusSettings createConsensusSettings() {
		ConsensusSettingsImpl consensusSettings = new ConsensusSettingsImpl();
		return consensusSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsensusRound createConsensusRound() {
		ConsensusRoundImpl consensusRound = new ConsensusRoundImpl();
		return consensusRound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rating createRating() {
		RatingImpl rating = new RatingImpl();
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStudy createCaseStudy() {
		CaseStudyImpl caseStudy = new CaseStudyImpl();
		return caseStudy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusChange createStatusChange() {
		StatusChangeImpl statusChange = new StatusChangeImpl();
		return statusChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Benefit createBenefit() {
		BenefitImpl benefit = new BenefitImpl();
		return benefit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome createOutcome() {
		OutcomeImpl outcome = new OutcomeImpl();
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactRole createContactRole() {
		ContactRoleImpl contactRole = new ContactRoleImpl();
		return contactRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuidanceDocument createGuidanceDocument() {
		GuidanceDocumentImpl guidanceDocument = new GuidanceDocumentImpl();
		return guidanceDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section createSection() {
		SectionImpl section = new SectionImpl();
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Paragraph createParagraph() {
		ParagraphImpl paragraph = new ParagraphImpl();
		return paragraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListBlock createListBlock() {
		ListBlockImpl listBlock = new ListBlockImpl();
		return listBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Callout createCallout() {
		CalloutImpl callout = new CalloutImpl();
		return callout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseStudyEmbed createCaseStudyEmbed() {
		CaseStudyEmbedImpl caseStudyEmbed = new CaseStudyEmbedImpl();
		return caseStudyEmbed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChallengeTable createChallengeTable() {
		ChallengeTableImpl challengeTable = new ChallengeTableImpl();
		return challengeTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Checklist createChecklist() {
		ChecklistImpl checklist = new ChecklistImpl();
		return checklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistItem createChecklistItem() {
		ChecklistItemImpl checklistItem = new ChecklistItemImpl();
		return checklistItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExtractQuote createExtractQuote() {
		ExtractQuoteImpl extractQuote = new ExtractQuoteImpl();
		return extractQuote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Image createImage() {
		ImageImpl image = new ImageImpl();
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Publication createPublication() {
		PublicationImpl publication = new PublicationImpl();
		return publication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Issuer createIssuer() {
		IssuerImpl issuer = new IssuerImpl();
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceLink createEvidenceLink() {
		EvidenceLinkImpl evidenceLink = new EvidenceLinkImpl();
		return evidenceLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Term createTerm() {
		TermImpl term = new TermImpl();
		return term;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewComment createReviewComment() {
		ReviewCommentImpl reviewComment = new ReviewCommentImpl();
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewSuggestion createReviewSuggestion() {
		ReviewSuggestionImpl reviewSuggestion = new ReviewSuggestionImpl();
		return reviewSuggestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recipient createRecipient() {
		RecipientImpl recipient = new RecipientImpl();
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Adaptation createAdaptation() {
		AdaptationImpl adaptation = new AdaptationImpl();
		return adaptation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MergeConflict createMergeConflict() {
		MergeConflictImpl mergeConflict = new MergeConflictImpl();
		return mergeConflict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Approval createApproval() {
		ApprovalImpl approval = new ApprovalImpl();
		return approval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision createDecision() {
		DecisionImpl decision = new DecisionImpl();
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceConfidence createEvidenceConfidence() {
		EvidenceConfidenceImpl evidenceConfidence = new EvidenceConfidenceImpl();
		return evidenceConfidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellConfidence createCellConfidence() {
		CellConfidenceImpl cellConfidence = new CellConfidenceImpl();
		return cellConfidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Appraisal createAppraisal() {
		AppraisalImpl appraisal = new AppraisalImpl();
		return appraisal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublicationStatus createPublicationStatusFromString(EDataType eDataType, String initialValue) {
		PublicationStatus result = PublicationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPublicationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SectionKind createSectionKindFromString(EDataType eDataType, String initialValue) {
		SectionKind result = SectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MergeConflictKind createMergeConflictKindFromString(EDataType eDataType, String initialValue) {
		MergeConflictKind result = MergeConflictKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMergeConflictKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sector createSectorFromString(EDataType eDataType, String initialValue) {
		Sector result = Sector.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MilestoneKind createMilestoneKindFromString(EDataType eDataType, String initialValue) {
		MilestoneKind result = MilestoneKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMilestoneKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MilestoneStatus createMilestoneStatusFromString(EDataType eDataType, String initialValue) {
		MilestoneStatus result = MilestoneStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMilestoneStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationKind createOrganisationKindFromString(EDataType eDataType, String initialValue) {
		OrganisationKind result = OrganisationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganisationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HepSize createHepSizeFromString(EDataType eDataType, String initialValue) {
		HepSize result = HepSize.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHepSizeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceType createSourceTypeFromString(EDataType eDataType, String initialValue) {
		SourceType result = SourceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSourceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExtractKind createExtractKindFromString(EDataType eDataType, String initialValue) {
		ExtractKind result = ExtractKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExtractKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsensusScale createConsensusScaleFromString(EDataType eDataType, String initialValue) {
		ConsensusScale result = ConsensusScale.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConsensusScaleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsensusStatus createConsensusStatusFromString(EDataType eDataType, String initialValue) {
		ConsensusStatus result = ConsensusStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConsensusStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceModel createServiceModelFromString(EDataType eDataType, String initialValue) {
		ServiceModel result = ServiceModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceModelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartnershipContext createPartnershipContextFromString(EDataType eDataType, String initialValue) {
		PartnershipContext result = PartnershipContext.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartnershipContextToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CollectionStatus createCollectionStatusFromString(EDataType eDataType, String initialValue) {
		CollectionStatus result = CollectionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCollectionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Beneficiary createBeneficiaryFromString(EDataType eDataType, String initialValue) {
		Beneficiary result = Beneficiary.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBeneficiaryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceType createEvidenceTypeFromString(EDataType eDataType, String initialValue) {
		EvidenceType result = EvidenceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceStrength createEvidenceStrengthFromString(EDataType eDataType, String initialValue) {
		EvidenceStrength result = EvidenceStrength.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceStrengthToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentResult createAssessmentResultFromString(EDataType eDataType, String initialValue) {
		AssessmentResult result = AssessmentResult.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentResultToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CalloutKind createCalloutKindFromString(EDataType eDataType, String initialValue) {
		CalloutKind result = CalloutKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCalloutKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewStatus createReviewStatusFromString(EDataType eDataType, String initialValue) {
		ReviewStatus result = ReviewStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdaptationKind createAdaptationKindFromString(EDataType eDataType, String initialValue) {
		AdaptationKind result = AdaptationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdaptationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StakeholderGroup createStakeholderGroupFromString(EDataType eDataType, String initialValue) {
		StakeholderGroup result = StakeholderGroup.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStakeholderGroupToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyDesign createStudyDesignFromString(EDataType eDataType, String initialValue) {
		StudyDesign result = StudyDesign.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStudyDesignToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScreeningDecision createScreeningDecisionFromString(EDataType eDataType, String initialValue) {
		ScreeningDecision result = ScreeningDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScreeningDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceConfidenceLevel createEvidenceConfidenceLevelFromString(EDataType eDataType, String initialValue) {
		EvidenceConfidenceLevel result = EvidenceConfidenceLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceConfidenceLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CerqualConcern createCerqualConcernFromString(EDataType eDataType, String initialValue) {
		CerqualConcern result = CerqualConcern.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCerqualConcernToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuidancePackage getGuidancePackage() {
		return (GuidancePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static GuidancePackage getPackage() {
		return GuidancePackage.eINSTANCE;
	}

} //GuidanceFactoryImpl
