package org.bridgework.literature.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectFileEdit;
import org.bridgework.model.Challenge;
import org.bridgework.model.Criterion;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.ScopeItem;
import org.bridgework.model.Section;
import org.bridgework.model.Solution;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bridgework map EXTRACT --to ID... [--remove] [PROJECT]}: maps an extract to the scope (challenges, solutions,
 * criteria, sections, scope items), as the source editor's mapping does; {@code map gap CHALLENGE --note TEXT} records
 * why a challenge has no evidence (which the literature milestone accepts instead of evidence).
 */
@Component(property = {CommandContribution.NAME_PROPERTY + "=map", CommandContribution.SUMMARY_PROPERTY + "=" + MapCommand.SUMMARY})
public class MapCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Map an extract to what it is evidence for: challenges, solutions, criteria, guidance sections or scope items (by their ids, of any of these kinds), or with --remove take mappings away.";

    private static final GuidancePackage M = GuidancePackage.eINSTANCE;

    private final ProjectService projects;

    @Activate
    public MapCommand(@Reference ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String name() {
        return "map";
    }

    @Override
    public Object create() {
        return new Map_(projects);
    }

    @picocli.CommandLine.Command(name = "map", subcommands = {Gap.class, Confidence.class, Appraise.class, Screen.class}, description = {SUMMARY + " One undoable change, saved to the project; with --dry-run",
            "nothing is written."})
    static final class Map_ extends ProjectFileEdit {
        // not required for picocli: a parent's required arguments would also be demanded by 'map gap'
        @Parameters(index = "0", arity = "0..1", paramLabel = "EXTRACT", description = "The extract's id.")
        String extractId;

        @Parameters(index = "1", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path file;

        @Option(names = "--to", split = ",", paramLabel = "ID", description = "A challenge, solution, criterion, section or scope item (repeat, or separate with commas).")
        List<String> targets = new ArrayList<>();

        @Option(names = "--remove", description = "Remove these mappings instead of adding them.")
        boolean remove;

        final ProjectService projects;

        Map_(ProjectService projects) {
            super(projects);
            this.projects = projects;
        }

        @Override
        protected Path file() {
            return file;
        }

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            if (extractId == null || targets.isEmpty()) {
                throw CommandFailure.usage("name the extract and what it maps to: bridgework map EXTRACT --to ID[,ID...] PROJECT (or: map gap CHALLENGE --note TEXT).");
            }
            EObject found = root.eResource() == null ? null : root.eResource().getEObject(extractId);
            if (!(found instanceof Extract extract)) {
                throw CommandFailure.usage(found == null ? "no extract '" + extractId + "' in the project."
                        : "'" + extractId + "' is not an extract (it is a " + found.eClass().getName() + ").");
            }
            CompoundCommand command = new CompoundCommand((remove ? "Unmapped " : "Mapped ") + "extract " + extractId + (remove ? " from " : " to ") + String.join(", ", targets));
            for (String id : targets) {
                EObject target = root.eResource().getEObject(id.strip());
                if (target == null) {
                    throw CommandFailure.usage("no element '" + id + "' in the project to map " + extractId + " to. Nothing was changed.");
                }
                Command step = switch (target) {
                    case Solution solution -> edit(domain, solution, M.getSolution_EvidencedBy(), extract);
                    case Challenge challenge -> edit(domain, extract, M.getExtract_Challenges(), challenge);
                    case Criterion criterion -> edit(domain, extract, M.getExtract_Criteria(), criterion);
                    case Section section -> edit(domain, extract, M.getExtract_Sections(), section);
                    case ScopeItem item -> edit(domain, extract, M.getExtract_ScopeItems(), item);
                    default -> throw CommandFailure.usage("'" + id + "' is a " + target.eClass().getName()
                            + ": an extract maps to challenges, solutions, criteria, sections and scope items. Nothing was changed.");
                };
                if (step == null) {
                    throw CommandFailure.usage("extract " + extractId + (remove ? " is not mapped to " : " is already mapped to ") + label(target) + ". Nothing was changed.");
                }
                command.append(step);
            }
            return command;
        }

        private Command edit(EditingDomain domain, EObject owner, EReference feature, EObject value) {
            boolean present = ((List<?>) owner.eGet(feature)).contains(value);
            if (remove) {
                return present ? RemoveCommand.create(domain, owner, feature, value) : null;
            }
            return present ? null : AddCommand.create(domain, owner, feature, value);
        }

        private static String label(EObject e) {
            return e instanceof Identified i ? e.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " " + i.getId() : e.toString();
        }
    }

    @picocli.CommandLine.Command(name = "gap", description = {"Record why a challenge has no evidence (for example \"no UK studies found; covered by the case studies\");",
            "an empty --note clears it. The literature milestone accepts a recorded gap instead of evidence."})
    static final class Gap extends MapSubcommand {
        @Parameters(index = "0", paramLabel = "CHALLENGE", description = "The challenge's id.")
        String challengeId;

        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why there is no evidence.")
        String note;

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            Challenge challenge = root.getChallenges().stream().filter(c -> challengeId.equals(c.getId())).findFirst()
                    .orElseThrow(() -> CommandFailure.usage("no challenge '" + challengeId + "'; the challenges are: "
                            + String.join(", ", root.getChallenges().stream().map(Challenge::getId).toList()) + "."));
            String value = note.isBlank() ? null : note.strip();
            CompoundCommand command = new CompoundCommand(value == null ? "Cleared the evidence gap of " + challengeId : "Evidence gap recorded for " + challengeId);
            command.append(SetCommand.create(domain, challenge, M.getChallenge_EvidenceGap(), value));
            return command;
        }
    }

    @picocli.CommandLine.Command(name = "confidence", description = {"Record how much confidence the evidence for a challenge deserves, in the spirit of GRADE-CERQual:",
            "the overall level with the reasons, and the concern about each component (methodological limitations, coherence,",
            "adequacy, relevance to UK HE-NHS partnerships). The gap map then colours the challenge's evidence by confidence",
            "(the numbers stay counts) and the evidence appendix explains it. --level not-assessed removes the assessment."})
    static final class Confidence extends MapSubcommand {
        @Parameters(index = "0", paramLabel = "CHALLENGE", description = "The challenge's id.")
        String challengeId;

        @Option(names = "--level", required = true, paramLabel = "high|moderate|low|very-low|not-assessed", description = "The confidence in the evidence.")
        String level;

        @Option(names = "--limitations", paramLabel = "CONCERN", description = "Concerns about methodological limitations: none, minor, moderate or serious.")
        String limitations;

        @Option(names = "--coherence", paramLabel = "CONCERN", description = "Concerns about coherence: none, minor, moderate or serious.")
        String coherence;

        @Option(names = "--adequacy", paramLabel = "CONCERN", description = "Concerns about adequacy of the data: none, minor, moderate or serious.")
        String adequacy;

        @Option(names = "--relevance", paramLabel = "CONCERN", description = "Concerns about relevance to UK HE-NHS partnerships: none, minor, moderate or serious.")
        String relevance;

        @Option(names = "--reasons", paramLabel = "TEXT", description = "Why this level (needed unless --level not-assessed).")
        String reasons;

        @Option(names = "--kind", paramLabel = "KIND", description = {"One cell of the gap map instead of the whole challenge: the kind of evidence, a column",
                "of the map (a source type such as article-journal or report, or case-studies). The challenge's own confidence stays its overall one."})
        String kind;

        private static org.bridgework.model.CerqualConcern concern(String option, String value) {
            if (value == null) {
                return org.bridgework.model.CerqualConcern.NOT_ASSESSED;
            }
            org.bridgework.model.CerqualConcern c = org.bridgework.model.CerqualConcern.get(value.strip().toLowerCase(java.util.Locale.ROOT));
            if (c == null) {
                throw CommandFailure.usage(option + " takes none, minor, moderate or serious, not '" + value + "'.");
            }
            return c;
        }

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            Challenge challenge = root.getChallenges().stream().filter(c -> challengeId.equals(c.getId())).findFirst()
                    .orElseThrow(() -> CommandFailure.usage("no challenge '" + challengeId + "'; the challenges are: "
                            + String.join(", ", root.getChallenges().stream().map(Challenge::getId).toList()) + "."));
            org.bridgework.model.EvidenceConfidenceLevel l = org.bridgework.model.EvidenceConfidenceLevel.get(level.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace(' ', '-'));
            if (l == null) {
                throw CommandFailure.usage("--level takes high, moderate, low, very-low or not-assessed, not '" + level + "'.");
            }
            if (kind != null) {
                return cell(domain, root, challenge, l);
            }
            if (l == org.bridgework.model.EvidenceConfidenceLevel.NOT_ASSESSED) {
                CompoundCommand clear = new CompoundCommand("Removed the confidence assessment of " + challengeId);
                clear.append(SetCommand.create(domain, challenge, M.getChallenge_Confidence(), null));
                return clear;
            }
            if (reasons == null || reasons.isBlank()) {
                throw CommandFailure.usage("say why with --reasons (GRADE-CERQual asks for an explanation of every judgement).");
            }
            org.bridgework.model.EvidenceConfidence c = value(l);
            CompoundCommand command = new CompoundCommand("Confidence in the evidence for " + challengeId + ": " + l.getLiteral());
            command.append(SetCommand.create(domain, challenge, M.getChallenge_Confidence(), c));
            return command;
        }

        private org.bridgework.model.EvidenceConfidence value(org.bridgework.model.EvidenceConfidenceLevel l) {
            org.bridgework.model.EvidenceConfidence c = org.bridgework.model.GuidanceFactory.eINSTANCE.createEvidenceConfidence();
            c.setLevel(l);
            c.setMethodologicalLimitations(concern("--limitations", limitations));
            c.setCoherence(concern("--coherence", coherence));
            c.setAdequacy(concern("--adequacy", adequacy));
            c.setRelevance(concern("--relevance", relevance));
            c.setReasons(reasons.strip());
            return c;
        }

        /** The confidence in one cell: the kind must be a column of the map, and the cell must hold evidence. */
        private Command cell(EditingDomain domain, GuidanceProject root, Challenge challenge, org.bridgework.model.EvidenceConfidenceLevel l) {
            org.bridgework.literature.api.GapMap map = new org.bridgework.literature.internal.gapmap.EvidenceGapMapService().compute(root);
            String k = kind.strip().toLowerCase(java.util.Locale.ROOT);
            int column = -1;
            for (int j = 0; j < map.columns().size(); j++) {
                if (map.columns().get(j).id().equals(k) || map.columns().get(j).label().equalsIgnoreCase(kind.strip())) {
                    column = j;
                }
            }
            if (column < 0) {
                throw CommandFailure.usage("no kind of evidence '" + kind + "' in the gap map; its columns are: "
                        + String.join(", ", map.columns().stream().map(c -> c.id()).toList()) + ". Nothing was changed.");
            }
            String id = map.columns().get(column).id();
            int row = root.getChallenges().indexOf(challenge);
            if (l == org.bridgework.model.EvidenceConfidenceLevel.NOT_ASSESSED) {
                if (org.bridgework.literature.api.EvidenceAppraisal.cellConfidence(challenge, id) == null) {
                    throw CommandFailure.usage("the confidence in " + challengeId + " \u00d7 " + id + " is not assessed: nothing to remove.");
                }
                return org.bridgework.literature.api.EvidenceAppraisal.setCellConfidence(domain, challenge, id, null);
            }
            if (map.cell(row, column).count() == 0) {
                throw CommandFailure.usage("challenge " + challengeId + " has no " + map.columns().get(column).label().toLowerCase(java.util.Locale.ROOT)
                        + " as evidence: there is nothing to judge in that cell (record a gap with 'map gap' instead). Nothing was changed.");
            }
            if (reasons == null || reasons.isBlank()) {
                throw CommandFailure.usage("say why with --reasons (GRADE-CERQual asks for an explanation of every judgement).");
            }
            return org.bridgework.literature.api.EvidenceAppraisal.setCellConfidence(domain, challenge, id, value(l));
        }
    }

    @picocli.CommandLine.Command(name = "appraise", description = {"Appraise a source, or one extract of it: the study design and the concerns about its relevance to",
            "UK HE-NHS partnerships, its methodological limitations and its adequacy, each with a short reason. Options not given keep",
            "what was recorded; --clear removes the appraisal. An extract's own appraisal replaces its source's. Shown in the evidence",
            "appendix."})
    static final class Appraise extends MapSubcommand {
        @Parameters(index = "0", paramLabel = "SOURCE_OR_EXTRACT", description = "The source's or the extract's id.")
        String id;

        @Option(names = "--design", paramLabel = "DESIGN", description = {"The study design: systematic-review, randomised-trial, quasi-experimental, observational,",
                "qualitative, mixed-methods, survey, service-evaluation, case-report, policy-or-guidance, expert-opinion, other or not-assessed."})
        String design;

        @Option(names = "--design-reason", paramLabel = "TEXT", description = "A short note on the design (for example \"interviews with 14 staff\").")
        String designReason;

        @Option(names = "--relevance", paramLabel = "CONCERN", description = "Concerns about relevance to UK HE-NHS partnerships: none, minor, moderate, serious or not-assessed.")
        String relevance;

        @Option(names = "--relevance-reason", paramLabel = "TEXT", description = "Why.")
        String relevanceReason;

        @Option(names = "--limitations", paramLabel = "CONCERN", description = "Concerns about methodological limitations: none, minor, moderate, serious or not-assessed.")
        String limitations;

        @Option(names = "--limitations-reason", paramLabel = "TEXT", description = "Why.")
        String limitationsReason;

        @Option(names = "--adequacy", paramLabel = "CONCERN", description = "Concerns about adequacy (richness and quantity of the data): none, minor, moderate, serious or not-assessed.")
        String adequacy;

        @Option(names = "--adequacy-reason", paramLabel = "TEXT", description = "Why.")
        String adequacyReason;

        @Option(names = "--clear", description = "Remove the appraisal.")
        boolean clear;

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            EObject found = root.eResource() == null ? null : root.eResource().getEObject(id);
            if (!(found instanceof org.bridgework.model.Source) && !(found instanceof Extract)) {
                throw CommandFailure.usage((found == null ? "no source or extract '" + id + "' in the project"
                        : "'" + id + "' is a " + found.eClass().getName() + ", not a source or an extract")
                        + "; the sources and extracts are: " + org.bridgework.literature.api.EvidenceAppraisal.sourceAndExtractIds(root, 40) + ". Nothing was changed.");
            }
            org.bridgework.model.Appraisal old = org.bridgework.literature.api.EvidenceAppraisal.appraisalOf(found);
            if (clear) {
                if (old == null) {
                    throw CommandFailure.usage(id + " is not appraised: nothing to clear.");
                }
                return org.bridgework.literature.api.EvidenceAppraisal.appraise(domain, found, null);
            }
            if (design == null && relevance == null && limitations == null && adequacy == null && designReason == null && relevanceReason == null
                    && limitationsReason == null && adequacyReason == null) {
                throw CommandFailure.usage("say what to record: --design, --relevance, --limitations or --adequacy (each with its --...-reason), or --clear.");
            }
            org.bridgework.model.Appraisal a = old == null ? org.bridgework.model.GuidanceFactory.eINSTANCE.createAppraisal() : org.eclipse.emf.ecore.util.EcoreUtil.copy(old);
            if (design != null) {
                org.bridgework.model.StudyDesign d = org.bridgework.literature.api.EvidenceAppraisal.design(design);
                if (d == null) {
                    throw CommandFailure.usage("--design takes " + String.join(", ", org.bridgework.literature.api.EvidenceAppraisal.designs()) + ", not '" + design + "'.");
                }
                a.setDesign(d);
            }
            if (designReason != null) {
                a.setDesignNote(note(designReason));
            }
            if (relevance != null) {
                a.setRelevance(concern("--relevance", relevance));
            }
            if (relevanceReason != null) {
                a.setRelevanceNote(note(relevanceReason));
            }
            if (limitations != null) {
                a.setLimitations(concern("--limitations", limitations));
            }
            if (limitationsReason != null) {
                a.setLimitationsNote(note(limitationsReason));
            }
            if (adequacy != null) {
                a.setAdequacy(concern("--adequacy", adequacy));
            }
            if (adequacyReason != null) {
                a.setAdequacyNote(note(adequacyReason));
            }
            // every judgement made needs its reason (GRADE-CERQual asks for one)
            need("--relevance", a.getRelevance(), a.getRelevanceNote());
            need("--limitations", a.getLimitations(), a.getLimitationsNote());
            need("--adequacy", a.getAdequacy(), a.getAdequacyNote());
            return org.bridgework.literature.api.EvidenceAppraisal.appraise(domain, found, a);
        }

        private static String note(String text) {
            return text.isBlank() ? null : text.strip();
        }

        private static org.bridgework.model.CerqualConcern concern(String option, String value) {
            org.bridgework.model.CerqualConcern c = org.bridgework.literature.api.EvidenceAppraisal.concern(value);
            if (c == null) {
                throw CommandFailure.usage(option + " takes none, minor, moderate, serious or not-assessed, not '" + value + "'.");
            }
            return c;
        }

        private static void need(String option, org.bridgework.model.CerqualConcern c, String note) {
            if (c != org.bridgework.model.CerqualConcern.NOT_ASSESSED && (note == null || note.isBlank())) {
                throw CommandFailure.usage("say why with " + option + "-reason (every judgement in an appraisal needs its reason). Nothing was changed.");
            }
        }
    }

    @picocli.CommandLine.Command(name = "screen", description = {"Record whether a source is included in the review or excluded, with the reason; the evidence appendix",
            "reports the screening as a PRISMA-style flow (identified, duplicates merged, screened, excluded with reasons, included).",
            "--undecided takes the decision back (not screened)."})
    static final class Screen extends MapSubcommand {
        @Parameters(index = "0", paramLabel = "SOURCE", description = "The source's id.")
        String id;

        @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Decision decision;

        static final class Decision {
            @Option(names = "--include", description = "Include the source.")
            boolean include;

            @Option(names = "--exclude", description = "Exclude the source (say why with --reason).")
            boolean exclude;

            @Option(names = "--undecided", description = "Not screened (yet).")
            boolean undecided;
        }

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (needed to exclude; for example \"not UK\", \"no HE-NHS partnership\").")
        String reason;

        @Override
        protected Command change(EditingDomain domain, GuidanceProject root) {
            org.bridgework.model.Source source = root.getSources().stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow(() -> CommandFailure.usage(
                    "no source '" + id + "' in the project; the sources are: "
                            + (root.getSources().isEmpty() ? "none" : String.join(", ", root.getSources().stream().limit(40).map(org.bridgework.model.Source::getId).toList())
                                    + (root.getSources().size() > 40 ? " and " + (root.getSources().size() - 40) + " more" : ""))
                            + ". Nothing was changed."));
            org.bridgework.model.ScreeningDecision d = decision.include ? org.bridgework.model.ScreeningDecision.INCLUDED
                    : decision.exclude ? org.bridgework.model.ScreeningDecision.EXCLUDED : org.bridgework.model.ScreeningDecision.NOT_SCREENED;
            if (d == org.bridgework.model.ScreeningDecision.EXCLUDED && (reason == null || reason.isBlank())) {
                throw CommandFailure.usage("say why " + id + " is excluded with --reason (the PRISMA flow reports exclusions by reason). Nothing was changed.");
            }
            return org.bridgework.literature.api.EvidenceAppraisal.screen(domain, source, d, d == org.bridgework.model.ScreeningDecision.NOT_SCREENED ? null : reason);
        }
    }

    /** What every 'map' sub-command shares: the project (file or --sample) after its first argument, and the parent's services. */
    abstract static class MapSubcommand extends ProjectFileEdit {
        @Parameters(index = "1", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        Path file;

        @picocli.CommandLine.ParentCommand
        Map_ parent;

        @Override
        protected ProjectService projects() {
            return parent.projects;
        }

        @Override
        protected Path file() {
            return file;
        }
    }
}
