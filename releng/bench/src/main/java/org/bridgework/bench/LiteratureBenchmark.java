package org.bridgework.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.bridgework.literature.api.LiteratureImportPreview;
import org.bridgework.literature.api.ReferenceFormat;
import org.bridgework.literature.internal.formats.BibTexFormat;
import org.bridgework.literature.internal.formats.CslJsonFormat;
import org.bridgework.literature.internal.formats.RisFormat;
import org.bridgework.literature.internal.imports.LiteratureImporterImpl;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidanceProject;

/**
 * Importing 10,000 references (RIS and BibTeX, generated like real exports: mostly journal articles with 1-12
 * authors, DOIs, abstracts and keywords, some reports, books, chapters and web pages, accented names, 2% duplicates)
 * into an empty project: read, decode, parse, find duplicates, assign keys and ids (the preview), then apply it.
 * In-process, after warm-up; prints medians of wall time and of the thread's CPU time (on a shared, loaded machine the
 * CPU time is the steadier figure). Aim: at most 2 s.
 */
public final class LiteratureBenchmark {

    private static final String[] FAMILY = {"Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Johnson",
            "Müller", "O'Brien", "Nuñez", "Kowalski", "Nguyen", "Patel", "Khan", "Okafor", "Broglia", "Barkham", "Hughes", "Byrom", "Thorley",
            "McLoughlin", "van der Berg", "Ó Súilleabháin", "Lefèvre", "Øvergaard", "Gómez", "Zhang"};
    private static final String[] GIVEN = {"Emma", "Oliver", "Amelia", "Jack", "Siobhán", "José", "Zoë", "Priya", "Mehr", "Nicola", "Gareth",
            "Abigail", "Michael", "Hans", "Chloé", "Aoife", "Kwame", "Li", "Fatima", "Tomasz"};
    private static final String[] WORDS = {"student", "mental", "health", "university", "NHS", "partnership", "counselling", "crisis",
            "support", "services", "access", "wellbeing", "care", "pathways", "referral", "information", "sharing", "risk", "transition",
            "outcomes", "evaluation", "integrated", "community", "primary", "secondary", "young", "adults", "higher", "education", "colleges"};
    private static final String[] JOURNALS = {"Journal of Mental Health", "BMJ Open", "British Journal of Guidance & Counselling",
            "Studies in Higher Education", "The Lancet Psychiatry", "BJPsych Open", "Journal of Further and Higher Education"};
    private static final String[] ORGS = {"Universities UK", "NHS England", "Student Minds", "Office for Students", "Royal College of Psychiatrists"};

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private LiteratureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("bridgework-litbench");
        Path ris = dir.resolve("library.ris");
        Path bib = dir.resolve("library.bib");
        List<Map<String, Object>> entries = generate(n, new Random(20260101));
        Files.writeString(ris, ris(entries), StandardCharsets.UTF_8);
        Files.writeString(bib, bibtex(entries), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "Import of %,d references (RIS %,d KB, BibTeX %,d KB), %d runs after 3 warm-up runs, medians in ms%n",
                n, Files.size(ris) / 1024, Files.size(bib) / 1024, runs);
        List<ReferenceFormat> formats = List.of(new RisFormat(), new BibTexFormat(), new CslJsonFormat());
        for (Path file : List.of(ris, bib)) {
            List<Long> cpu = new ArrayList<>();
            List<Long> preview = new ArrayList<>();
            List<Long> apply = new ArrayList<>();
            int added = 0;
            int merged = 0;
            for (int i = 0; i < runs + 3; i++) {
                GuidanceProject project = GuidanceFactory.eINSTANCE.createGuidanceProject();
                project.setId("bench");
                LiteratureImporterImpl importer = new LiteratureImporterImpl(formats);
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                LiteratureImportPreview p = importer.preview(List.of(file), project);
                long t1 = System.nanoTime();
                p.command(null, project).execute();
                long t2 = System.nanoTime();
                long c2 = THREADS.getCurrentThreadCpuTime();
                if (i >= 3) {
                    cpu.add((c2 - c0) / 1_000_000);
                    preview.add((t1 - t0) / 1_000_000);
                    apply.add((t2 - t1) / 1_000_000);
                }
                added = p.added().size();
                merged = p.merges().size();
                if (project.getSources().size() != added) {
                    throw new IllegalStateException("applied " + project.getSources().size() + " of " + added);
                }
            }
            List<Long> total = new ArrayList<>();
            for (int i = 0; i < preview.size(); i++) {
                total.add(preview.get(i) + apply.get(i));
            }
            System.out.printf(Locale.ROOT, "  %-7s preview (read, parse, duplicates, keys) %5d   apply %4d   total %5d (min %d, max %d)   thread CPU %5d   %d added, %d merged%n",
                    file.getFileName().toString().endsWith(".ris") ? "RIS" : "BibTeX", median(preview), median(apply), median(total),
                    total.stream().mapToLong(Long::longValue).min().orElse(-1), total.stream().mapToLong(Long::longValue).max().orElse(-1),
                    median(cpu), added, merged);
        }
        Files.delete(ris);
        Files.delete(bib);
        Files.delete(dir);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    static List<Map<String, Object>> generate(int n, Random r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i > 50 && r.nextInt(100) < 2) {
                out.add(out.get(r.nextInt(out.size()))); // a duplicate, as libraries merged from several tools have
                continue;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            int kind = r.nextInt(100);
            String type = kind < 60 ? "article" : kind < 80 ? "report" : kind < 90 ? "book" : kind < 95 ? "chapter" : "web";
            e.put("type", type);
            List<String[]> authors = new ArrayList<>();
            if (type.equals("report") && r.nextBoolean()) {
                authors.add(new String[] {ORGS[r.nextInt(ORGS.length)]});
            } else {
                int k = 1 + r.nextInt(r.nextInt(10) < 8 ? 4 : 12);
                for (int a = 0; a < k; a++) {
                    authors.add(new String[] {FAMILY[r.nextInt(FAMILY.length)], GIVEN[r.nextInt(GIVEN.length)]});
                }
            }
            e.put("authors", authors);
            StringBuilder title = new StringBuilder();
            int words = 6 + r.nextInt(12);
            for (int w = 0; w < words; w++) {
                String word = WORDS[r.nextInt(WORDS.length)];
                title.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w == words / 2 ? ": " : " ");
            }
            e.put("title", title.toString().strip() + " " + i);
            e.put("year", 1995 + r.nextInt(31));
            if (type.equals("article")) {
                e.put("journal", JOURNALS[r.nextInt(JOURNALS.length)]);
                e.put("volume", String.valueOf(1 + r.nextInt(60)));
                e.put("issue", String.valueOf(1 + r.nextInt(12)));
                int first = 1 + r.nextInt(900);
                e.put("pages", first + "-" + (first + 5 + r.nextInt(20)));
                e.put("doi", "10." + (1000 + r.nextInt(8000)) + "/bench." + i);
            } else if (!type.equals("web")) {
                e.put("publisher", ORGS[r.nextInt(ORGS.length)]);
                e.put("place", "London");
            }
            if (type.equals("web") || r.nextInt(4) == 0) {
                e.put("url", "https://example.org/library/" + i);
            }
            StringBuilder abs = new StringBuilder();
            for (int w = 0; w < 40 + r.nextInt(60); w++) {
                abs.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
            e.put("abstract", abs.toString().strip() + ".");
            e.put("keywords", List.of(WORDS[r.nextInt(WORDS.length)], WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)]));
            out.add(e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static String ris(List<Map<String, Object>> entries) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> e : entries) {
            String type = (String) e.get("type");
            sb.append("TY  - ").append(switch (type) {
                case "article" -> "JOUR";
                case "report" -> "RPRT";
                case "book" -> "BOOK";
                case "chapter" -> "CHAP";
                default -> "ELEC";
            }).append("\r\n");
            sb.append("TI  - ").append(e.get("title")).append("\r\n");
            for (String[] a : (List<String[]>) e.get("authors")) {
                sb.append("AU  - ").append(a.length == 1 ? a[0] : a[0] + ", " + a[1]).append("\r\n");
            }
            line(sb, "T2", e.get("journal"));
            sb.append("PY  - ").append(e.get("year")).append("\r\n");
            line(sb, "VL", e.get("volume"));
            line(sb, "IS", e.get("issue"));
            if (e.get("pages") != null) {
                String[] p = ((String) e.get("pages")).split("-");
                sb.append("SP  - ").append(p[0]).append("\r\nEP  - ").append(p[1]).append("\r\n");
            }
            line(sb, "DO", e.get("doi"));
            line(sb, "PB", e.get("publisher"));
            line(sb, "CY", e.get("place"));
            line(sb, "UR", e.get("url"));
            line(sb, "AB", e.get("abstract"));
            for (String k : (List<String>) e.get("keywords")) {
                line(sb, "KW", k);
            }
            sb.append("ER  - \r\n\r\n");
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String tag, Object value) {
        if (value != null) {
            sb.append(tag).append("  - ").append(value).append("\r\n");
        }
    }

    @SuppressWarnings("unchecked")
    static String bibtex(List<Map<String, Object>> entries) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Map<String, Object> e : entries) {
            String type = switch ((String) e.get("type")) {
                case "article" -> "article";
                case "report" -> "techreport";
                case "book" -> "book";
                case "chapter" -> "incollection";
                default -> "misc";
            };
            List<String> names = new ArrayList<>();
            for (String[] a : (List<String[]>) e.get("authors")) {
                names.add(a.length == 1 ? "{" + a[0] + "}" : tex(a[0]) + ", " + tex(a[1]));
            }
            sb.append('@').append(type).append("{ref").append(i++).append(",\n");
            sb.append("\tauthor = {").append(String.join(" and ", names)).append("},\n");
            sb.append("\ttitle = {").append(((String) e.get("title")).replace("NHS", "{NHS}")).append("},\n");
            field(sb, "journal", e.get("journal"));
            field(sb, type.equals("techreport") ? "institution" : "publisher", e.get("publisher"));
            field(sb, "address", e.get("place"));
            sb.append("\tyear = {").append(e.get("year")).append("},\n");
            field(sb, "volume", e.get("volume"));
            field(sb, "number", e.get("issue"));
            field(sb, "pages", e.get("pages") == null ? null : ((String) e.get("pages")).replace("-", "--"));
            field(sb, "doi", e.get("doi"));
            field(sb, "url", e.get("url"));
            field(sb, "abstract", e.get("abstract"));
            field(sb, "keywords", String.join(", ", (List<String>) e.get("keywords")));
            sb.append("}\n\n");
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, Object value) {
        if (value != null) {
            sb.append('\t').append(name).append(" = {").append(value).append("},\n");
        }
    }

    /** Accents as Zotero and Mendeley write them in BibTeX. */
    private static String tex(String s) {
        return s.replace("ü", "{\\\"u}").replace("ñ", "{\\~n}").replace("á", "{\\'a}").replace("é", "{\\'e}").replace("è", "{\\`e}")
                .replace("ë", "{\\\"e}").replace("Ó", "{\\'O}").replace("Ø", "{\\O}").replace("ó", "{\\'o}");
    }
}
