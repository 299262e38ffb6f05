package org.bridgework.assembly.docx.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgework.assembly.api.AssembledDocument.ContentsEntry;

/**
 * The page each contents entry's heading falls on, as LibreOffice lays the Word document out: LibreOffice converts
 * it headless to PDF (a private profile in a temporary folder, about 4 s), and each heading is looked for in the
 * pages' text, in order, after the contents. Word and LibreOffice paginate alike enough for a contents page; Word
 * puts its own numbers in when the reader updates fields. Empty when LibreOffice is not installed or fails: the
 * contents then have links without numbers.
 */
final class LibreOfficePages {

    private static final long TIMEOUT_SECONDS = 90;

    private LibreOfficePages() {
    }

    static Optional<Path> soffice() {
        for (String name : List.of("soffice", "libreoffice")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (!dir.isBlank() && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Anchor → page (from 1) for every entry found; empty when LibreOffice is missing, fails or finds none. */
    static Map<String, Integer> pages(Path soffice, byte[] docx, List<ContentsEntry> contents) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bridgework-docx-pages");
            Path file = dir.resolve("document.docx");
            Files.write(file, docx);
            Path out = Files.createDirectories(dir.resolve("out"));
            Process p = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir", out.toString(),
                    file.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            Set<ProcessHandle> seen = new LinkedHashSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            try {
                while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
                    p.descendants().forEach(seen::add);
                    if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                        return Map.of();
                    }
                }
            } finally {
                // soffice leaves helper processes behind: end the ones it started, by their ids
                seen.forEach(ProcessHandle::destroy);
                p.destroy();
            }
            Path pdf = out.resolve("document.pdf");
            if (!Files.isRegularFile(pdf)) {
                return Map.of();
            }
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                List<String> pages = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper();
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    stripper.setStartPage(i);
                    stripper.setEndPage(i);
                    pages.add(stripper.getText(doc));
                }
                return find(pages, flatten(contents));
            }
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } finally {
            deleteQuietly(dir);
        }
    }

    private static List<ContentsEntry> flatten(List<ContentsEntry> entries) {
        List<ContentsEntry> flat = new ArrayList<>();
        for (ContentsEntry e : entries) {
            if (e.level() <= 3) { // the contents show three levels at most
                flat.add(e);
                flat.addAll(flatten(e.children()));
            }
        }
        return flat;
    }

    /**
     * Each entry's page: the body starts after the page on which the contents list its last entry; each heading is then
     * looked for from the previous one's page on, first as a line of its own, else anywhere in the page's text (a
     * heading long enough to wrap).
     */
    static Map<String, Integer> find(List<String> pages, List<ContentsEntry> entries) {
        Map<String, Integer> found = new LinkedHashMap<>();
        if (entries.isEmpty()) {
            return found;
        }
        List<String> flat = pages.stream().map(p -> p.replaceAll("\\s+", " ")).toList();
        String last = normal(entries.get(entries.size() - 1).text());
        int cursor = -1;
        for (int i = 0; i < flat.size(); i++) {
            if (flat.get(i).contains(last)) {
                cursor = i + 1;
                break;
            }
        }
        if (cursor < 0) {
            return found;
        }
        for (ContentsEntry e : entries) {
            String text = normal(e.text());
            int page = -1;
            for (int i = cursor; i < pages.size() && page < 0; i++) {
                if (pages.get(i).lines().map(LibreOfficePages::normal).anyMatch(text::equals)) {
                    page = i;
                }
            }
            for (int i = cursor; i < flat.size() && page < 0; i++) {
                if (flat.get(i).contains(text)) {
                    page = i;
                }
            }
            if (page >= 0) {
                found.put(e.anchor(), page + 1);
                cursor = page;
            }
        }
        return found;
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no failure of the document
        }
    }
}
