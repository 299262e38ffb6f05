/**
 */
package org.bridgework.model.impl;

import java.util.Collection;

import org.bridgework.model.Adaptation;
import org.bridgework.model.Approval;
import org.bridgework.model.Audience;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.ConsensusSettings;
import org.bridgework.model.Criterion;
import org.bridgework.model.Decision;
import org.bridgework.model.GuidanceDocument;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.model.MergeConflict;
import org.bridgework.model.Milestone;
import org.bridgework.model.Organisation;
import org.bridgework.model.Publication;
import org.bridgework.model.ReviewComment;
import org.bridgework.model.ReviewSuggestion;
import org.bridgework.model.Scope;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.model.Term;

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
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getChallenges <em>Challenges</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getSolutions <em>Solutions</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getDuplicatesMerged <em>Duplicates Merged</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getConsensusSettings <em>Consensus Settings</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getRounds <em>Rounds</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getCaseStudies <em>Case Studies</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getTerms <em>Terms</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getReviewComments <em>Review Comments</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getReviewSuggestions <em>Review Suggestions</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getAdaptations <em>Adaptations</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getMergeConflicts <em>Merge Conflicts</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getApprovals <em>Approvals</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.bridgework.model.impl.GuidanceProjectImpl#getPublication <em>Publication</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GuidanceProjectImpl extends IdentifiedImpl implements GuidanceProject {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected Scope scope;

	/**
	 * The cached value of the '{@link #getAudiences() <em>Audiences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudiences()
	 * @generated
	 * @ordered
	 */
	protected EList<Audience> audiences;

	/**
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<Milestone> milestones;

	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Member> members;

	/**
	 * The cached value of the '{@link #getChallenges() <em>Challenges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChallenges()
	 * @generated
	 * @ordered
	 */
	protected EList<Challenge> challenges;

	/**
	 * The cached value of the '{@link #getSolutions() <em>Solutions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolutions()
	 * @generated
	 * @ordered
	 */
	protected EList<Solution> solutions;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The default value of the '{@link #getDuplicatesMerged() <em>Duplicates Merged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuplicatesMerged()
	 * @generated
	 * @ordered
	 */
	protected static final int DUPLICATES_MERGED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDuplicatesMerged() <em>Duplicates Merged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuplicatesMerged()
	 * @generated
	 * @ordered
	 */
	protected int duplicatesMerged = DUPLICATES_MERGED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<Criterion> criteria;

	/**
	 * The cached value of the '{@link #getConsensusSettings() <em>Consensus Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsensusSettings()
	 * @generated
	 * @ordered
	 */
	protected ConsensusSettings consensusSettings;

	/**
	 * The cached value of the '{@link #getRounds() <em>Rounds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounds()
	 * @generated
	 * @ordered
	 */
	protected EList<ConsensusRound> rounds;

	/**
	 * The cached value of the '{@link #getCaseStudies() <em>Case Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseStudy> caseStudies;

	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected GuidanceDocument document;

	/**
	 * The cached value of the '{@link #getTerms() <em>Terms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerms()
	 * @generated
	 * @ordered
	 */
	protected EList<Term> terms;

	/**
	 * The cached value of the '{@link #getReviewComments() <em>Review Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComments()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewComment> reviewComments;

	/**
	 * The cached value of the '{@link #getReviewSuggestions() <em>Review Suggestions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewSuggestions()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewSuggestion> reviewSuggestions;

	/**
	 * The cached value of the '{@link #getAdaptations() <em>Adaptations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptations()
	 * @generated
	 * @ordered
	 */
	protected EList<Adaptation> adaptations;

	/**
	 * The cached value of the '{@link #getMergeConflicts() <em>Merge Conflicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMergeConflicts()
	 * @generated
	 * @ordered
	 */
	protected EList<MergeConflict> mergeConflicts;

	/**
	 * The cached value of the '{@link #getApprovals() <em>Approvals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovals()
	 * @generated
	 * @ordered
	 */
	protected EList<Approval> approvals;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * The cached value of the '{@link #getPublication() <em>Publication</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublication()
	 * @generated
	 * @ordered
	 */
	protected Publication publication;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GuidanceProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuidancePackage.Literals.GUIDANCE_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__FORMAT_VERSION, oldFormatVersion, formatVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScope(Scope newScope, NotificationChain msgs) {
		Scope oldScope = scope;
		scope = newScope;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__SCOPE, oldScope, newScope);
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
	public void setScope(Scope newScope) {
		if (newScope != scope) {
			NotificationChain msgs = null;
			if (scope != null)
				msgs = ((InternalEObject)scope).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.GUIDANCE_PROJECT__SCOPE, null, msgs);
			if (newScope != null)
				msgs = ((InternalEObject)newScope).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.GUIDANCE_PROJECT__SCOPE, null, msgs);
			msgs = basicSetScope(newScope, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__SCOPE, newScope, newScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Audience> getAudiences() {
		if (audiences == null) {
			audiences = new EObjectContainmentEList<Audience>(Audience.class, this, GuidancePackage.GUIDANCE_PROJECT__AUDIENCES);
		}
		return audiences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Milestone> getMilestones() {
		if (milestones == null) {
			milestones = new EObjectContainmentEList<Milestone>(Milestone.class, this, GuidancePackage.GUIDANCE_PROJECT__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations() {
		if (organisations == null) {
			organisations = new EObjectContainmentEList<Organisation>(Organisation.class, this, GuidancePackage.GUIDANCE_PROJECT__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Member> getMembers() {
		if (members == null) {
			members = new EObjectContainmentEList<Member>(Member.class, this, GuidancePackage.GUIDANCE_PROJECT__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Challenge> getChallenges() {
		if (challenges == null) {
			challenges = new EObjectContainmentEList<Challenge>(Challenge.class, this, GuidancePackage.GUIDANCE_PROJECT__CHALLENGES);
		}
		return challenges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Solution> getSolutions() {
		if (solutions == null) {
			solutions = new EObjectContainmentEList<Solution>(Solution.class, this, GuidancePackage.GUIDANCE_PROJECT__SOLUTIONS);
		}
		return solutions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, GuidancePackage.GUIDANCE_PROJECT__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDuplicatesMerged() {
		return duplicatesMerged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuplicatesMerged(int newDuplicatesMerged) {
		int oldDuplicatesMerged = duplicatesMerged;
		duplicatesMerged = newDuplicatesMerged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__DUPLICATES_MERGED, oldDuplicatesMerged, duplicatesMerged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Criterion> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentEList<Criterion>(Criterion.class, this, GuidancePackage.GUIDANCE_PROJECT__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsensusSettings getConsensusSettings() {
		return consensusSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConsensusSettings(ConsensusSettings newConsensusSettings, NotificationChain msgs) {
		ConsensusSettings oldConsensusSettings = consensusSettings;
		consensusSettings = newConsensusSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS, oldConsensusSettings, newConsensusSettings);
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
	public void setConsensusSettings(ConsensusSettings newConsensusSettings) {
		if (newConsensusSettings != consensusSettings) {
			NotificationChain msgs = null;
			if (consensusSettings != null)
				msgs = ((InternalEObject)consensusSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS, null, msgs);
			if (newConsensusSettings != null)
				msgs = ((InternalEObject)newConsensusSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS, null, msgs);
			msgs = basicSetConsensusSettings(newConsensusSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS, newConsensusSettings, newConsensusSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConsensusRound> getRounds() {
		if (rounds == null) {
			rounds = new EObjectContainmentEList<ConsensusRound>(ConsensusRound.class, this, GuidancePackage.GUIDANCE_PROJECT__ROUNDS);
		}
		return rounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseStudy> getCaseStudies() {
		if (caseStudies == null) {
			caseStudies = new EObjectContainmentEList<CaseStudy>(CaseStudy.class, this, GuidancePackage.GUIDANCE_PROJECT__CASE_STUDIES);
		}
		return caseStudies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuidanceDocument getDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDocument(GuidanceDocument newDocument, NotificationChain msgs) {
		GuidanceDocument oldDocument = document;
		document = newDocument;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__DOCUMENT, oldDocument, newDocument);
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
	public void setDocument(GuidanceDocument newDocument) {
		if (newDocument != document) {
			NotificationChain msgs = null;
			if (document != null)
				msgs = ((InternalEObject)document).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.GUIDANCE_PROJECT__DOCUMENT, null, msgs);
			if (newDocument != null)
				msgs = ((InternalEObject)newDocument).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.GUIDANCE_PROJECT__DOCUMENT, null, msgs);
			msgs = basicSetDocument(newDocument, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__DOCUMENT, newDocument, newDocument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Term> getTerms() {
		if (terms == null) {
			terms = new EObjectContainmentEList<Term>(Term.class, this, GuidancePackage.GUIDANCE_PROJECT__TERMS);
		}
		return terms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewComment> getReviewComments() {
		if (reviewComments == null) {
			reviewComments = new EObjectContainmentEList<ReviewComment>(ReviewComment.class, this, GuidancePackage.GUIDANCE_PROJECT__REVIEW_COMMENTS);
		}
		return reviewComments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewSuggestion> getReviewSuggestions() {
		if (reviewSuggestions == null) {
			reviewSuggestions = new EObjectContainmentEList<ReviewSuggestion>(ReviewSuggestion.class, this, GuidancePackage.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS);
		}
		return reviewSuggestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Adaptation> getAdaptations() {
		if (adaptations == null) {
			adaptations = new EObjectContainmentEList<Adaptation>(Adaptation.class, this, GuidancePackage.GUIDANCE_PROJECT__ADAPTATIONS);
		}
		return adaptations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MergeConflict> getMergeConflicts() {
		if (mergeConflicts == null) {
			mergeConflicts = new EObjectContainmentEList<MergeConflict>(MergeConflict.class, this, GuidancePackage.GUIDANCE_PROJECT__MERGE_CONFLICTS);
		}
		return mergeConflicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Approval> getApprovals() {
		if (approvals == null) {
			approvals = new EObjectContainmentEList<Approval>(Approval.class, this, GuidancePackage.GUIDANCE_PROJECT__APPROVALS);
		}
		return approvals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<Decision>(Decision.class, this, GuidancePackage.GUIDANCE_PROJECT__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Publication getPublication() {
		return publication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPublication(Publication newPublication, NotificationChain msgs) {
		Publication oldPublication = publication;
		publication = newPublication;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__PUBLICATION, oldPublication, newPublication);
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
	public void setPublication(Publication newPublication) {
		if (newPublication != publication) {
			NotificationChain msgs = null;
			if (publication != null)
				msgs = ((InternalEObject)publication).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.GUIDANCE_PROJECT__PUBLICATION, null, msgs);
			if (newPublication != null)
				msgs = ((InternalEObject)newPublication).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuidancePackage.GUIDANCE_PROJECT__PUBLICATION, null, msgs);
			msgs = basicSetPublication(newPublication, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuidancePackage.GUIDANCE_PROJECT__PUBLICATION, newPublication, newPublication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuidancePackage.GUIDANCE_PROJECT__SCOPE:
				return basicSetScope(null, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__AUDIENCES:
				return ((InternalEList<?>)getAudiences()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__CHALLENGES:
				return ((InternalEList<?>)getChallenges()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__SOLUTIONS:
				return ((InternalEList<?>)getSolutions()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS:
				return basicSetConsensusSettings(null, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__ROUNDS:
				return ((InternalEList<?>)getRounds()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__CASE_STUDIES:
				return ((InternalEList<?>)getCaseStudies()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__DOCUMENT:
				return basicSetDocument(null, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__TERMS:
				return ((InternalEList<?>)getTerms()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_COMMENTS:
				return ((InternalEList<?>)getReviewComments()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS:
				return ((InternalEList<?>)getReviewSuggestions()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__ADAPTATIONS:
				return ((InternalEList<?>)getAdaptations()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__MERGE_CONFLICTS:
				return ((InternalEList<?>)getMergeConflicts()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__APPROVALS:
				return ((InternalEList<?>)getApprovals()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case GuidancePackage.GUIDANCE_PROJECT__PUBLICATION:
				return basicSetPublication(null, msgs);
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
			case GuidancePackage.GUIDANCE_PROJECT__FORMAT_VERSION:
				return getFormatVersion();
			case GuidancePackage.GUIDANCE_PROJECT__TITLE:
				return getTitle();
			case GuidancePackage.GUIDANCE_PROJECT__PURPOSE:
				return getPurpose();
			case GuidancePackage.GUIDANCE_PROJECT__SCOPE:
				return getScope();
			case GuidancePackage.GUIDANCE_PROJECT__AUDIENCES:
				return getAudiences();
			case GuidancePackage.GUIDANCE_PROJECT__MILESTONES:
				return getMilestones();
			case GuidancePackage.GUIDANCE_PROJECT__ORGANISATIONS:
				return getOrganisations();
			case GuidancePackage.GUIDANCE_PROJECT__MEMBERS:
				return getMembers();
			case GuidancePackage.GUIDANCE_PROJECT__CHALLENGES:
				return getChallenges();
			case GuidancePackage.GUIDANCE_PROJECT__SOLUTIONS:
				return getSolutions();
			case GuidancePackage.GUIDANCE_PROJECT__SOURCES:
				return getSources();
			case GuidancePackage.GUIDANCE_PROJECT__DUPLICATES_MERGED:
				return getDuplicatesMerged();
			case GuidancePackage.GUIDANCE_PROJECT__CRITERIA:
				return getCriteria();
			case GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS:
				return getConsensusSettings();
			case GuidancePackage.GUIDANCE_PROJECT__ROUNDS:
				return getRounds();
			case GuidancePackage.GUIDANCE_PROJECT__CASE_STUDIES:
				return getCaseStudies();
			case GuidancePackage.GUIDANCE_PROJECT__DOCUMENT:
				return getDocument();
			case GuidancePackage.GUIDANCE_PROJECT__TERMS:
				return getTerms();
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_COMMENTS:
				return getReviewComments();
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS:
				return getReviewSuggestions();
			case GuidancePackage.GUIDANCE_PROJECT__ADAPTATIONS:
				return getAdaptations();
			case GuidancePackage.GUIDANCE_PROJECT__MERGE_CONFLICTS:
				return getMergeConflicts();
			case GuidancePackage.GUIDANCE_PROJECT__APPROVALS:
				return getApprovals();
			case GuidancePackage.GUIDANCE_PROJECT__DECISIONS:
				return getDecisions();
			case GuidancePackage.GUIDANCE_PROJECT__PUBLICATION:
				return getPublication();
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
			case GuidancePackage.GUIDANCE_PROJECT__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__TITLE:
				setTitle((String)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__PURPOSE:
				setPurpose((String)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__SCOPE:
				setScope((Scope)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__AUDIENCES:
				getAudiences().clear();
				getAudiences().addAll((Collection<? extends Audience>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends Milestone>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Member>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__CHALLENGES:
				getChallenges().clear();
				getChallenges().addAll((Collection<? extends Challenge>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__SOLUTIONS:
				getSolutions().clear();
				getSolutions().addAll((Collection<? extends Solution>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__DUPLICATES_MERGED:
				setDuplicatesMerged((Integer)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends Criterion>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS:
				setConsensusSettings((ConsensusSettings)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__ROUNDS:
				getRounds().clear();
				getRounds().addAll((Collection<? extends ConsensusRound>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__CASE_STUDIES:
				getCaseStudies().clear();
				getCaseStudies().addAll((Collection<? extends CaseStudy>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__DOCUMENT:
				setDocument((GuidanceDocument)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__TERMS:
				getTerms().clear();
				getTerms().addAll((Collection<? extends Term>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_COMMENTS:
				getReviewComments().clear();
				getReviewComments().addAll((Collection<? extends ReviewComment>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS:
				getReviewSuggestions().clear();
				getReviewSuggestions().addAll((Collection<? extends ReviewSuggestion>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__ADAPTATIONS:
				getAdaptations().clear();
				getAdaptations().addAll((Collection<? extends Adaptation>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__MERGE_CONFLICTS:
				getMergeConflicts().clear();
				getMergeConflicts().addAll((Collection<? extends MergeConflict>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__APPROVALS:
				getApprovals().clear();
				getApprovals().addAll((Collection<? extends Approval>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__PUBLICATION:
				setPublication((Publication)newValue);
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
			case GuidancePackage.GUIDANCE_PROJECT__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__SCOPE:
				setScope((Scope)null);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__AUDIENCES:
				getAudiences().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__MILESTONES:
				getMilestones().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__ORGANISATIONS:
				getOrganisations().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__MEMBERS:
				getMembers().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__CHALLENGES:
				getChallenges().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__SOLUTIONS:
				getSolutions().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__SOURCES:
				getSources().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__DUPLICATES_MERGED:
				setDuplicatesMerged(DUPLICATES_MERGED_EDEFAULT);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__CRITERIA:
				getCriteria().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS:
				setConsensusSettings((ConsensusSettings)null);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__ROUNDS:
				getRounds().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__CASE_STUDIES:
				getCaseStudies().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__DOCUMENT:
				setDocument((GuidanceDocument)null);
				return;
			case GuidancePackage.GUIDANCE_PROJECT__TERMS:
				getTerms().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_COMMENTS:
				getReviewComments().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS:
				getReviewSuggestions().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__ADAPTATIONS:
				getAdaptations().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__MERGE_CONFLICTS:
				getMergeConflicts().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__APPROVALS:
				getApprovals().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__DECISIONS:
				getDecisions().clear();
				return;
			case GuidancePackage.GUIDANCE_PROJECT__PUBLICATION:
				setPublication((Publication)null);
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
			case GuidancePackage.GUIDANCE_PROJECT__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case GuidancePackage.GUIDANCE_PROJECT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case GuidancePackage.GUIDANCE_PROJECT__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case GuidancePackage.GUIDANCE_PROJECT__SCOPE:
				return scope != null;
			case GuidancePackage.GUIDANCE_PROJECT__AUDIENCES:
				return audiences != null && !audiences.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__MILESTONES:
				return milestones != null && !milestones.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__MEMBERS:
				return members != null && !members.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__CHALLENGES:
				return challenges != null && !challenges.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__SOLUTIONS:
				return solutions != null && !solutions.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__SOURCES:
				return sources != null && !sources.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__DUPLICATES_MERGED:
				return duplicatesMerged != DUPLICATES_MERGED_EDEFAULT;
			case GuidancePackage.GUIDANCE_PROJECT__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__CONSENSUS_SETTINGS:
				return consensusSettings != null;
			case GuidancePackage.GUIDANCE_PROJECT__ROUNDS:
				return rounds != null && !rounds.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__CASE_STUDIES:
				return caseStudies != null && !caseStudies.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__DOCUMENT:
				return document != null;
			case GuidancePackage.GUIDANCE_PROJECT__TERMS:
				return terms != null && !terms.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_COMMENTS:
				return reviewComments != null && !reviewComments.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__REVIEW_SUGGESTIONS:
				return reviewSuggestions != null && !reviewSuggestions.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__ADAPTATIONS:
				return adaptations != null && !adaptations.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__MERGE_CONFLICTS:
				return mergeConflicts != null && !mergeConflicts.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__APPROVALS:
				return approvals != null && !approvals.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case GuidancePackage.GUIDANCE_PROJECT__PUBLICATION:
				return publication != null;
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", title: ");
		result.append(title);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", duplicatesMerged: ");
		result.append(duplicatesMerged);
		result.append(')');
		return result.toString();
	}

} //GuidanceProjectImpl
