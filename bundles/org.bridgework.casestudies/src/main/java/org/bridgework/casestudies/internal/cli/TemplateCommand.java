package org.bridgework.casestudies.internal.cli;

import org.bridgework.core.api.AtomicFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bridgework.casestudies.api.CaseStudyTemplates;
import org.bridgework.cli.api.CommandContribution;
import org.bridgework.cli.api.CommandFailure;
import org.bridgework.cli.api.ExitCodes;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.cli.ProjectOptions;
import org.bridgework.model.CaseStudy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bridgework template case-study [--case ID] (-p PROJECT | --sample) --out F.docx}. */
@Component(property = {CommandContribution.NAME_PROPERTY + "=template", CommandContribution.SUMMARY_PROPERTY + "=" + TemplateCommand.SUMMARY})
public class TemplateCommand implements CommandContribution {

    /** The first sentence of the command's description: how {@code bridgework --help} lists it. */
    static final String SUMMARY = "Data collection templates to send to partners.";

    private final ProjectService projects;
    private final CaseStudyTemplates templates;

    @Activate
    public TemplateCommand(@Reference ProjectService projects, @Reference CaseStudyTemplates templates) {
        this.projects = projects;
        this.templates = templates;
    }

    @Override
    public String name() {
        return "template";
    }

    @Override
    public Object create() {
        CommandLine cl = new CommandLine(new Template());
        cl.addSubcommand("case-study", new CaseStudyTemplate(projects, templates));
        return cl;
    }

    @Command(name = "template", description = SUMMARY, synopsisSubcommandLabel = "case-study")
    static final class Template implements Callable<Integer> {
        @Override
        public Integer call() {
            throw CommandFailure.usage("say which template: 'template case-study [--case ID] (-p PROJECT | --sample) --out F.docx'.");
        }
    }

    @Command(name = "case-study", description = {"Write the case-study data collection template (DOCX) for a partner to fill in Word or",
            "LibreOffice (or an XLSX workbook for Excel with --out F.xlsx): keyed tables with questions from the case-study fields and the project's criteria, word limits,",
            "prefilled with what the project knows about --case. Import the returned file with 'bridgework import F.docx --into PROJECT'."})
    static final class CaseStudyTemplate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOptions project;

        @Option(names = "--case", paramLabel = "ID", description = "The case study to prefill (its id); without it, a blank template.")
        String caseId;

        @Option(names = "--out", paramLabel = "F.docx", required = true, description = "The file to write: DOCX, or XLSX when it ends in .xlsx.")
        Path out;

        private final ProjectService projects;
        private final CaseStudyTemplates templates;

        CaseStudyTemplate(ProjectService projects, CaseStudyTemplates templates) {
            this.projects = projects;
            this.templates = templates;
        }

        @Override
        public Integer call() {
            try (Project p = project.open(projects)) {
                CaseStudy cs = null;
                if (caseId != null) {
                    cs = p.root().getCaseStudies().stream().filter(c -> caseId.equals(c.getId())).findFirst()
                            .orElseThrow(() -> CommandFailure.usage(project.describe() + " has no case study '" + caseId + "'; case studies: "
                                    + String.join(", ", p.root().getCaseStudies().stream().map(CaseStudy::getId).toList()) + "."));
                }
                Path target = out.toAbsolutePath();
                if (Files.isDirectory(target)) {
                    throw CommandFailure.usage(out + " is a folder: give a file name for --out.");
                }
                Path dir = target.getParent();
                if (dir == null || !Files.isDirectory(dir)) {
                    throw CommandFailure.usage("the folder of " + out + " does not exist.");
                }
                CaseStudy forCase = cs;
                try {
                    AtomicFiles.write(target, o -> templates.write(p.root(), forCase, CaseStudyTemplates.Format.of(target.getFileName().toString()), o));
                } catch (IOException e) {
                    throw CommandFailure.usage(out + " could not be written: " + e.getMessage() + ".");
                }
                PrintWriter w = spec.commandLine().getOut();
                w.println("Wrote " + out + " (case-study template version " + CaseStudyTemplates.VERSION + ", "
                        + (cs == null ? "blank" : "for " + cs.getId()) + "). Import the returned file with 'bridgework import " + out.getFileName()
                        + " --into PROJECT'.");
                w.flush();
                return ExitCodes.OK;
            }
        }
    }
}
