/**
 */
package org.bridgework.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .guidance file: one guidance piece of work from scope to assembly.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bridgework.model.GuidanceProject#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getScope <em>Scope</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getMembers <em>Members</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getChallenges <em>Challenges</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getSolutions <em>Solutions</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getSources <em>Sources</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getDuplicatesMerged <em>Duplicates Merged</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getConsensusSettings <em>Consensus Settings</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getRounds <em>Rounds</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getCaseStudies <em>Case Studies</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getDocument <em>Document</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getTerms <em>Terms</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getReviewComments <em>Review Comments</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getReviewSuggestions <em>Review Suggestions</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getAdaptations <em>Adaptations</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getMergeConflicts <em>Merge Conflicts</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getApprovals <em>Approvals</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.bridgework.model.GuidanceProject#getPublication <em>Publication</em>}</li>
 * </ul>
 *
 * @see org.bridgework.model.GuidancePackage#getGuidanceProject()
 * @model
 * @generated
 */
public interface GuidanceProject extends Identified {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format; 1 is current.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceProject#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceProject#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceProject#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' containment reference.
	 * @see #setScope(Scope)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Scope()
	 * @model containment="true"
	 * @generated
	 */
	Scope getScope();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceProject#getScope <em>Scope</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' containment reference.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(Scope value);

	/**
	 * Returns the value of the '<em><b>Audiences</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Audience}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audiences</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Audiences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Audience> getAudiences();

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Milestone> getMilestones();

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Organisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<Member> getMembers();

	/**
	 * Returns the value of the '<em><b>Challenges</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Challenge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Challenges</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Challenges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Challenge> getChallenges();

	/**
	 * Returns the value of the '<em><b>Solutions</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Solution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Solutions</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Solutions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Solution> getSolutions();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Duplicates Merged</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Screening: how many imported records were merged into a source already there (duplicates), counted by every import; records identified = sources + duplicates merged (the PRISMA flow).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duplicates Merged</em>' attribute.
	 * @see #setDuplicatesMerged(int)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_DuplicatesMerged()
	 * @model default="0"
	 * @generated
	 */
	int getDuplicatesMerged();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceProject#getDuplicatesMerged <em>Duplicates Merged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duplicates Merged</em>' attribute.
	 * @see #getDuplicatesMerged()
	 * @generated
	 */
	void setDuplicatesMerged(int value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Consensus Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consensus Settings</em>' containment reference.
	 * @see #setConsensusSettings(ConsensusSettings)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_ConsensusSettings()
	 * @model containment="true"
	 * @generated
	 */
	ConsensusSettings getConsensusSettings();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceProject#getConsensusSettings <em>Consensus Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consensus Settings</em>' containment reference.
	 * @see #getConsensusSettings()
	 * @generated
	 */
	void setConsensusSettings(ConsensusSettings value);

	/**
	 * Returns the value of the '<em><b>Rounds</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.ConsensusRound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rounds</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Rounds()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConsensusRound> getRounds();

	/**
	 * Returns the value of the '<em><b>Case Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.CaseStudy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Studies</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_CaseStudies()
	 * @model containment="true"
	 * @generated
	 */
	EList<CaseStudy> getCaseStudies();

	/**
	 * Returns the value of the '<em><b>Document</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' containment reference.
	 * @see #setDocument(GuidanceDocument)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Document()
	 * @model containment="true"
	 * @generated
	 */
	GuidanceDocument getDocument();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceProject#getDocument <em>Document</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' containment reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(GuidanceDocument value);

	/**
	 * Returns the value of the '<em><b>Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Term}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The glossary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terms</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Terms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Term> getTerms();

	/**
	 * Returns the value of the '<em><b>Review Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.ReviewComment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Comments</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_ReviewComments()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewComment> getReviewComments();

	/**
	 * Returns the value of the '<em><b>Review Suggestions</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.ReviewSuggestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reviews: the tracked changes (insertions and deletions) reviewers made in a returned review pack, each on the block it touches, until someone accepts or rejects it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Suggestions</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_ReviewSuggestions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewSuggestion> getReviewSuggestions();

	/**
	 * Returns the value of the '<em><b>Adaptations</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Adaptation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adaptations</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Adaptations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Adaptation> getAdaptations();

	/**
	 * Returns the value of the '<em><b>Merge Conflicts</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.MergeConflict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Team working: conflicts a merge of two versions recorded as data, until someone resolves them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Merge Conflicts</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_MergeConflicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<MergeConflict> getMergeConflicts();

	/**
	 * Returns the value of the '<em><b>Approvals</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Approval}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approvals</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Approvals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Approval> getApprovals();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.bridgework.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

	/**
	 * Returns the value of the '<em><b>Publication</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the assembled document is (draft status, version, issuers, reader summary); none means a working draft.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publication</em>' containment reference.
	 * @see #setPublication(Publication)
	 * @see org.bridgework.model.GuidancePackage#getGuidanceProject_Publication()
	 * @model containment="true"
	 * @generated
	 */
	Publication getPublication();

	/**
	 * Sets the value of the '{@link org.bridgework.model.GuidanceProject#getPublication <em>Publication</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication</em>' containment reference.
	 * @see #getPublication()
	 * @generated
	 */
	void setPublication(Publication value);

} // GuidanceProject
