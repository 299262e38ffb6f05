package org.bridgework.literature.internal.cli;

import java.util.List;
import java.util.Map;

import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.literature.Fixtures;
import org.bridgework.literature.api.Importer;
import org.bridgework.literature.internal.csl.CslCitationService;
import org.bridgework.literature.internal.gapmap.EvidenceGapMapService;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.testsupport.Commands;


/** Runs literature's commands as the bridgework root does (same failure handling), over the real project service and sample. */
final class Cli extends Commands {

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final CslCitationService citations = new CslCitationService();

    Cli() {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        add("cite", () -> new CiteCommand(projects, citations).create());
        add("import", () -> {
            ImportCommand c = new ImportCommand(projects);
            c.addImporter(Fixtures.importer(), Map.of());
            c.addImporter(new StubTemplateImporter(), Map.of());
            return c.create();
        });
        add("import-misbehaving", () -> {
            // a real importer, one whose accepts() throws and one whose preview() hangs; reading has a 300 ms limit here
            ImportCommand c = new ImportCommand(projects, 300);
            c.addImporter(new MisbehavingImporter(), Map.of("service.ranking", 10));
            c.addImporter(Fixtures.importer(), Map.of());
            return c.create();
        });
        add("export", () -> new ExportCommand(projects, Fixtures.exporter(), new EvidenceGapMapService()).create());
        add("map", () -> new MapCommand(projects).create());
    }

    /** Another bundle's importer with bugs: judging a "HANG" file works, reading it never ends; judging others throws. */
    static final class MisbehavingImporter implements Importer {
        final java.util.concurrent.atomic.AtomicInteger previews = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public String id() {
            return "misbehaving";
        }

        @Override
        public String description() {
            return "files starting with HANG";
        }

        @Override
        public boolean accepts(java.nio.file.Path file, byte[] head) {
            if (head.length >= 4 && new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("HANG")) {
                return true;
            }
            throw new IllegalStateException("cannot judge " + file.getFileName());
        }

        @Override
        public org.bridgework.literature.api.ImportPreview preview(List<java.nio.file.Path> files, org.bridgework.model.GuidanceProject project) {
            previews.incrementAndGet();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("woke up");
        }
    }

    /** Another bundle's importer (the case-studies engineer's returned templates): chosen by content, here a "TEMPLATE" magic. */
    static final class StubTemplateImporter implements Importer {
        @Override
        public String id() {
            return "case-study-template";
        }

        @Override
        public String description() {
            return "returned case-study templates (DOCX)";
        }

        @Override
        public boolean accepts(java.nio.file.Path file, byte[] head) {
            return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }

        @Override
        public org.bridgework.literature.api.ImportPreview preview(List<java.nio.file.Path> files, org.bridgework.model.GuidanceProject project) {
            throw new UnsupportedOperationException("a stub: only its choice by content is tested");
        }
    }
}
