package org.bridgework.criteria.internal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.cli.api.Json;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectFileEdit;
import org.bridgework.core.cli.ProjectArguments;
import org.bridgework.criteria.api.AssessmentMatrix;
import org.bridgework.criteria.api.ConsensusService;
import org.bridgework.model.AssessmentResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgework assessments [--json] [PROJECT | --sample]}: case studies × criteria, with the good-practice flag. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=assessments", CommandContribution.SUMMARY_PROPERTY + "=" + AssessmentsCommand.SUMMARY})
public class AssessmentsCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Case studies against the criteria (met, partly, not met, unknown) and whether each is a model of good practice (derived: every applicable mandatory criterion met, none not met).";

    private final ProjectService projects;
    private final ConsensusService consensus;

    @Activate
    public AssessmentsCommand(@Reference ProjectService projects, @Reference ConsensusService consensus) {
        this.projects = projects;
        this.consensus = consensus;
    }

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public Object create() {
        return new Assessments(projects, consensus);
    }

    @Command(name = "assessments", subcommands = Set_.class, description = {SUMMARY})
    static final class Assessments implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ProjectArguments project;
        @Option(names = "--json", description = "Write JSON.")
        boolean json;

        private final ProjectService projects;
        private final ConsensusService consensus;

        Assessments(ProjectService projects, ConsensusService consensus) {
            this.projects = projects;
            this.consensus = consensus;
        }

        @Override
        public Integer call() {
            try (Project p = project.open(projects)) {
                AssessmentMatrix m = consensus.assessments(p.root());
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(toJson(m)));
                } else {
                    print(out, m);
                }
                out.flush();
            }
            return ExitCodes.OK;
        }

        static Map<String, Object> toJson(AssessmentMatrix m) {
            Map<String, Object> root = new LinkedHashMap<>();
            List<Object> cols = new ArrayList<>();
            for (AssessmentMatrix.Column c : m.criteria()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("criterion", c.criterionId());
                x.put("code", c.code());
                x.put("mandatory", c.mandatory());
                x.put("consensus", c.status().getLiteral());
                x.put("applicable", c.applicable());
                cols.add(x);
            }
            root.put("criteria", cols);
            List<Object> rows = new ArrayList<>();
            for (AssessmentMatrix.Row r : m.rows()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("caseStudy", r.caseStudyId());
                x.put("title", r.title());
                Map<String, Object> results = new LinkedHashMap<>();
                for (int i = 0; i < m.criteria().size(); i++) {
                    results.put(m.criteria().get(i).criterionId(), r.results().get(i).getLiteral());
                }
                x.put("results", results);
                x.put("modelOfGoodPractice", r.modelOfGoodPractice());
                x.put("reason", r.reason());
                rows.add(x);
            }
            root.put("caseStudies", rows);
            return root;
        }

        static void print(PrintWriter out, AssessmentMatrix m) {
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-34s", "Case study"));
            for (AssessmentMatrix.Column c : m.criteria()) {
                String code = c.code() == null ? c.criterionId() : c.code();
                head.append(String.format(Locale.ROOT, " %-8s", code + (c.mandatory() ? "*" : "") + (c.applicable() ? "" : "(x)")));
            }
            out.println(head.append(" Good practice"));
            for (AssessmentMatrix.Row r : m.rows()) {
                String title = r.title() == null ? r.caseStudyId() : r.title();
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", title.length() > 34 ? title.substring(0, 33) + "…" : title));
                for (AssessmentResult a : r.results()) {
                    line.append(String.format(Locale.ROOT, " %-8s", switch (a) {
                        case MET -> "met";
                        case PARTLY_MET -> "partly";
                        case NOT_MET -> "not met";
                        case UNKNOWN -> "?";
                    }));
                }
                line.append(' ').append(r.modelOfGoodPractice() ? "yes" : "no (" + r.reason() + ")");
                out.println(line);
            }
            out.println("* mandatory; (x) excluded by consensus, does not apply; ? not assessed");
        }
    }

    @Command(name = "set", description = {"Record how a case study meets a criterion (met, partly-met, not-met, unknown), with the evidence or reasoning.",
            "One undoable change, saved to the project; with --dry-run nothing is written."})
    static final class Set_ extends ProjectFileEdit {
        @picocli.CommandLine.Parameters(index = "0", paramLabel = "CASE-STUDY", description = "The case study's id (see: bridgework assessments).")
        String caseStudyId;

        @picocli.CommandLine.Parameters(index = "1", paramLabel = "CRITERION", description = "The criterion's id or code (for example C3).")
        String criterionId;

        @picocli.CommandLine.Parameters(index = "2", arity = "0..1", paramLabel = "PROJECT", description = "The .guidance project file.")
        java.nio.file.Path file;

        @Option(names = "--result", required = true, paramLabel = "RESULT", description = "met, partly-met, not-met or unknown.")
        String result;

        @Option(names = "--rationale", paramLabel = "TEXT", description = "The evidence or reasoning (kept as the assessment's rationale).")
        String rationale;

        @picocli.CommandLine.ParentCommand
        Assessments parent;

        @Override
        protected ProjectService projects() {
            return parent.projects;
        }

        @Override
        protected java.nio.file.Path file() {
            return file;
        }

        @Override
        protected org.eclipse.emf.common.command.Command change(org.eclipse.emf.edit.domain.EditingDomain domain, org.bridgework.model.GuidanceProject root) {
            String literal = result.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
            org.bridgework.model.AssessmentResult to = org.bridgework.model.AssessmentResult.get(literal.equals("partly") ? "partly-met" : literal);
            if (to == null) {
                throw org.bridgework.cli.api.CommandFailure.usage("unknown result '" + result + "': use met, partly-met, not-met or unknown.");
            }
            org.bridgework.model.CaseStudy cs = root.getCaseStudies().stream().filter(c -> caseStudyId.equals(c.getId())).findFirst()
                    .orElseThrow(() -> org.bridgework.cli.api.CommandFailure.usage("no case study '" + caseStudyId + "'; the case studies are: "
                            + String.join(", ", root.getCaseStudies().stream().map(org.bridgework.model.CaseStudy::getId).toList()) + "."));
            org.bridgework.model.Criterion criterion = root.getCriteria().stream()
                    .filter(c -> criterionId.equals(c.getId()) || criterionId.equalsIgnoreCase(c.getCode())).findFirst()
                    .orElseThrow(() -> org.bridgework.cli.api.CommandFailure.usage("no criterion '" + criterionId + "'; the criteria are: "
                            + String.join(", ", root.getCriteria().stream().map(c -> c.getCode() == null ? c.getId() : c.getCode() + " (" + c.getId() + ")").toList()) + "."));
            org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand(
                    "Assessment of " + cs.getId() + " against " + (criterion.getCode() == null ? criterion.getId() : criterion.getCode()) + ": " + to.getLiteral());
            command.append(parent.consensus.assessCommand(domain, cs, criterion, to, rationale));
            return command;
        }
    }
}
