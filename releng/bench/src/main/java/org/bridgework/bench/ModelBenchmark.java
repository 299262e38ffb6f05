package org.bridgework.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Project;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.core.internal.ValidationServiceImpl;
import org.bridgework.model.*;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Open, save and validate a synthetic guidance project of about 100,000 elements (a realistic mix: literature with
 * extracts, case studies with benefits and assessments, consensus ratings, a long document), in the product's own
 * format (XMI through the project service: hardened load, atomic save) and, as the reference, EMF's binary resource
 * format ({@link BinaryResourceImpl}), alternating in one run. Prints medians of N runs (default 5), MB/s, elements/s,
 * heap retained after load, and the XMI/binary ratios.
 * <p>
 * {@code releng/bench/run.sh model [runs] [elements]}
 */
public final class ModelBenchmark {

    private static final String[] WORDS = ("student students university college NHS trust mental health service services support "
            + "partnership partnerships care team staff wellbeing access referral waiting times risk crisis pathway data sharing "
            + "agreement protocol clinical liaison practitioner counselling assessment transition local integrated commissioning "
            + "funding evaluation outcome outcomes evidence review guidance senior leaders joint working clear roles responsibilities "
            + "the the the of of and and to to in in a a for with on is are be that this as by from their which should can "
            + "will more than between across each both where when how who what").split(" ");
    private static final String[] ACRONYMS = {"NHS", "CMHT", "ICB", "GP", "HEP", "UUK", "OfS"};

    private ModelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = Files.createTempDirectory("bridgework-model-bench");
        try {
            run(work, runs, target);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path work, int runs, int target) throws Exception {
        ProjectServiceImpl projects = new ProjectServiceImpl();
        ValidationServiceImpl validation = new ValidationServiceImpl();
        Path xmi = work.resolve("bench.guidance");
        Path bin = work.resolve("bench.guidance.bin");

        long t0 = System.nanoTime();
        int elements;
        try (Project project = projects.create(xmi, "bench", "Synthetic benchmark project")) {
            Generator.fill(project.root(), target);
            elements = count(project.root());
            projects.save(project);
            saveBinary(binaryCopy(project.root(), bin), bin);
        }
        System.out.printf(Locale.ROOT, "Generated %,d elements in %.1f s: XMI %.1f MB, binary %.1f MB%n", elements,
                (System.nanoTime() - t0) / 1e9, mb(Files.size(xmi)), mb(Files.size(bin)));

        // one unmeasured round of everything: class loading and JIT
        roundOfAll(projects, validation, xmi, bin, null);
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            roundOfAll(projects, validation, xmi, bin, samples);
        }
        double xmiMb = mb(Files.size(xmi));
        double binMb = mb(Files.size(bin));
        System.out.printf(Locale.ROOT, "%nModel benchmark: %,d elements, %d runs, medians (JDK %s, %d CPUs, max heap %.0f MB)%n",
                elements, runs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576.0);
        System.out.printf("  %-26s %9s %9s %9s %12s %12s%n", "", "wall ms", "cpu ms", "MB/s", "elements/s", "aim");
        line(samples, "XMI open (ProjectService)", "xmi-open", xmiMb, elements, "<= 1500 ms");
        line(samples, "XMI save (atomic, fsync)", "xmi-save", xmiMb, elements, "<= 1000 ms");
        line(samples, "binary open", "bin-open", binMb, elements, "");
        line(samples, "binary save", "bin-save", binMb, elements, "");
        line(samples, "validate", "validate", 0, elements, "");
        System.out.println("  (MB/s and elements/s from wall time; cpu ms is this thread's CPU time, what the step costs when the");
        System.out.println("   2 cores are shared with other work, as the load average below shows)");
        System.out.printf(Locale.ROOT, "  heap retained after load: XMI %.0f MB, binary %.0f MB (aim <= 300 MB)%n",
                median(samples.get("xmi-heap")), median(samples.get("bin-heap")));
        System.out.printf(Locale.ROOT, "  ratios XMI/binary (cpu): open %.2f, save %.2f; size %.2f, heap %.2f%n",
                median(samples.get("xmi-open-cpu")) / median(samples.get("bin-open-cpu")),
                median(samples.get("xmi-save-cpu")) / median(samples.get("bin-save-cpu")), xmiMb / binMb,
                median(samples.get("xmi-heap")) / median(samples.get("bin-heap")));
        System.out.printf(Locale.ROOT, "  validation found %,d problems (%s)%n", lastProblems.size(), summary(lastProblems));
        checksOnce(projects, xmi, elements);
        workbench(xmi, runs);
        System.out.printf(Locale.ROOT, "  system load average during the run: %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * The workbench on this project (with a display and the product, {@code -Dbridgework.product}; run.sh passes it):
     * the first paint, then edits made through the command stack by the workbench's test script once the window's
     * queued work is done, each timed to its paint: a section's heading, again after a pause of 1.5 s (what the views
     * do after a burst of typing lands there), and an undo. Whole processes, one after another.
     */
    private static void workbench(Path xmi, int runs) throws IOException, InterruptedException {
        String product = System.getProperty("bridgework.product");
        if (product == null || System.getenv("DISPLAY") == null || !Files.isExecutable(Path.of(product, "bin/bridgework"))) {
            System.out.println("  (workbench on the project: needs a display and the product; run.sh model under xvfb-run)");
            return;
        }
        Path work = xmi.resolveSibling("workbench");
        Path script = Files.createDirectories(work).resolve("edit.script");
        Files.writeString(script, String.join("\n", "timing script-start", "set s-0 heading An edited heading", "timing edit-visible",
                "sleep 1500", "timing paused", "set s-0 heading An edited heading, again", "timing edit2-visible", "undo",
                "timing undo-visible", "undo", "exit") + "\n");
        Map<String, List<Double>> marks = new LinkedHashMap<>();
        for (int i = 0; i <= runs; i++) { // the first run makes the bundle cache and the search index
            ProcessBuilder builder = new ProcessBuilder(Path.of(product, "bin/bridgework").toString(), "workbench", xmi.toString());
            builder.environment().put("BRIDGEWORK_TIMING", "1");
            builder.environment().put("BRIDGEWORK_RECOVERY", "discard");
            builder.environment().put("BRIDGEWORK_WORKBENCH_SCRIPT", script.toString());
            for (String folder : List.of("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME")) {
                builder.environment().put(folder, work.resolve(folder.toLowerCase(Locale.ROOT)).toString());
            }
            builder.redirectErrorStream(true);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.waitFor() != 0 || !output.contains("-> set s-0 heading; dirty")) {
                throw new IllegalStateException("the workbench run failed:\n" + output);
            }
            Map<String, Long> at = new LinkedHashMap<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^timing: (\\S+) (\\d+)$").matcher(output);
            while (m.find()) {
                at.put(m.group(1), Long.parseLong(m.group(2)));
            }
            if (i > 0) {
                marks.computeIfAbsent("first paint (from JVM start)", k -> new ArrayList<>()).add((double) at.get("window-painted"));
                marks.computeIfAbsent("queued work after the paint", k -> new ArrayList<>()).add((double) at.get("script-start") - at.get("window-painted"));
                marks.computeIfAbsent("an edit, painted", k -> new ArrayList<>()).add((double) at.get("edit-visible") - at.get("script-start"));
                marks.computeIfAbsent("after a pause: an edit", k -> new ArrayList<>()).add((double) at.get("edit2-visible") - at.get("paused"));
                marks.computeIfAbsent("its undo", k -> new ArrayList<>()).add((double) at.get("undo-visible") - at.get("edit2-visible"));
            }
        }
        System.out.printf(Locale.ROOT, "  the workbench on this project (%d runs, medians, ms):%n", runs);
        for (Map.Entry<String, List<Double>> e : marks.entrySet()) {
            System.out.printf(Locale.ROOT, "    %-34s %7.0f   (min %.0f, max %.0f)%n", e.getKey(), median(e.getValue()),
                    e.getValue().stream().mapToDouble(Double::doubleValue).min().orElse(0), e.getValue().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
    }

    /**
     * The drafting checks (readability, passive voice, the reader lens's HE and NHS terms...) over the whole project,
     * once: what {@code validate} adds to the model's constraints, and what must stay within the checks' time limit
     * (5 s per 10,000 elements).
     */
    private static void checksOnce(ProjectServiceImpl projects, Path xmi, int elements) throws Exception {
        try (Project project = projects.open(xmi)) {
            org.bridgework.drafting.internal.DraftingChecksImpl checks = new org.bridgework.drafting.internal.DraftingChecksImpl();
            checks.check(project.root()); // class loading and the first compilations
            long t = System.nanoTime();
            long c = cpu();
            List<Problem> found = checks.check(project.root());
            System.out.printf(Locale.ROOT, "  drafting checks over the project (one run after one warm-up): %.0f ms, cpu %.0f ms, %,d findings; limit %,d ms%n",
                    ms(t), cpuMs(c), found.size(), 5000L * Math.max(1, (elements + 9_999) / 10_000));
        }
    }

    private static List<Problem> lastProblems = List.of();

    /** XMI and binary alternate inside each round so drift in the machine hits both alike. */
    private static void roundOfAll(ProjectServiceImpl projects, ValidationServiceImpl validation, Path xmi, Path bin,
            Map<String, List<Double>> samples) throws Exception {
        // XMI open, through the project service (hardened), with the heap it retains
        long before = usedHeap();
        long t = System.nanoTime();
        long c = cpu();
        Project project = projects.open(xmi);
        double open = ms(t);
        double openCpu = cpuMs(c);
        double heap = (usedHeap() - before) / 1048576.0;
        t = System.nanoTime();
        c = cpu();
        List<Problem> problems = validation.validate(project.root());
        double validate = ms(t);
        double validateCpu = cpuMs(c);
        project.root().setTitle("Synthetic benchmark project " + System.nanoTime()); // a real change: a real save
        t = System.nanoTime();
        c = cpu();
        projects.save(project);
        double save = ms(t);
        double saveCpu = cpuMs(c);
        project.close();
        project = null;

        // binary open and save of the same model
        before = usedHeap();
        t = System.nanoTime();
        c = cpu();
        Resource resource = loadBinary(bin);
        double binOpen = ms(t);
        double binOpenCpu = cpuMs(c);
        double binHeap = (usedHeap() - before) / 1048576.0;
        ((GuidanceProject) resource.getContents().get(0)).setTitle("Synthetic benchmark project " + System.nanoTime());
        t = System.nanoTime();
        c = cpu();
        saveBinary(resource, bin);
        double binSave = ms(t);
        double binSaveCpu = cpuMs(c);
        resource.unload();

        if (samples != null) {
            add(samples, "xmi-open", open);
            add(samples, "xmi-open-cpu", openCpu);
            add(samples, "xmi-save", save);
            add(samples, "xmi-save-cpu", saveCpu);
            add(samples, "validate", validate);
            add(samples, "validate-cpu", validateCpu);
            add(samples, "xmi-heap", heap);
            add(samples, "bin-open", binOpen);
            add(samples, "bin-open-cpu", binOpenCpu);
            add(samples, "bin-save", binSave);
            add(samples, "bin-save-cpu", binSaveCpu);
            add(samples, "bin-heap", binHeap);
            lastProblems = problems;
        }
    }

    // ------------------------------------------------------------------ binary reference

    private static Resource loadBinary(Path file) throws IOException {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(GuidancePackage.eNS_URI, GuidancePackage.eINSTANCE);
        Resource resource = new BinaryResourceImpl(URI.createFileURI(file.toString()));
        set.getResources().add(resource);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            resource.load(in, Map.of());
        }
        return resource;
    }

    private static void saveBinary(Resource binary, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            binary.save(out, Map.of());
        }
    }

    /** A binary resource holding a copy of {@code root} (references inside the copy point into the copy). */
    private static Resource binaryCopy(GuidanceProject root, Path file) {
        ResourceSet set = new ResourceSetImpl();
        Resource binary = new BinaryResourceImpl(URI.createFileURI(file.toString()));
        set.getResources().add(binary);
        binary.getContents().add(EcoreUtil.copy(root));
        return binary;
    }

    // ------------------------------------------------------------------ helpers

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void add(Map<String, List<Double>> samples, String key, double value) {
        samples.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void line(Map<String, List<Double>> samples, String what, String key, double mb, int elements, String aim) {
        double ms = median(samples.get(key));
        double cpu = median(samples.get(key + "-cpu"));
        System.out.printf(Locale.ROOT, "  %-26s %9.0f %9.0f %9s %12s %12s%n", what, ms, cpu,
                mb > 0 ? String.format(Locale.ROOT, "%.1f", mb / (ms / 1000)) : "",
                String.format(Locale.ROOT, "%,.0f", elements / (ms / 1000)), aim);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of this thread so far, ns: what a step costs even when other processes share the cores. */
    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static double cpuMs(long start) {
        return (cpu() - start) / 1e6;
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    private static int count(EObject root) {
        int n = 1;
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static String summary(List<Problem> problems) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        problems.forEach(p -> byCode.merge(p.code(), 1, Integer::sum));
        return byCode.isEmpty() ? "none" : byCode.toString();
    }

    /** Builds the synthetic project: fixed seed, so every run measures the same file. */
    static final class Generator {
        private final Random random = new Random(20260101);
        private final GuidanceFactory f = GuidanceFactory.eINSTANCE;
        private final GuidanceProject p;
        private final double scale;

        private Generator(GuidanceProject p, double scale) {
            this.p = p;
            this.scale = scale;
        }

        static void fill(GuidanceProject project, int target) {
            new Generator(project, target / 90_000.0).generate(); // scale 1 makes about 90,000 elements
        }

        private int n(int base) {
            return Math.max(1, (int) Math.round(base * scale));
        }

        private String words(int min, int max) {
            int count = min + random.nextInt(max - min + 1);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(random.nextInt(40) == 0 ? ACRONYMS[random.nextInt(ACRONYMS.length)] : WORDS[random.nextInt(WORDS.length)]);
            }
            text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
            return text.append('.').toString();
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private <T> void pickInto(List<T> from, List<T> into, int count) {
            for (int i = 0; i < count; i++) {
                T t = pick(from);
                if (!into.contains(t)) {
                    into.add(t);
                }
            }
        }

        private void generate() {
            p.setPurpose(words(30, 60));
            Scope scope = f.createScope();
            scope.setId("scope");
            scope.setSummary(words(40, 80));
            for (int i = 0; i < 40; i++) {
                ScopeItem item = f.createScopeItem();
                item.setId("sc-" + i);
                item.setTitle(words(3, 8));
                item.setDescription(words(10, 30));
                item.setInScope(i % 5 != 0);
                scope.getItems().add(item);
            }
            p.setScope(scope);
            for (int i = 0; i < 12; i++) {
                Milestone m = f.createMilestone();
                m.setId("m-" + i);
                m.setTitle(words(2, 5));
                m.setDate(LocalDate.of(2025, 9, 1).plusWeeks(i * 3L));
                m.setKind(MilestoneKind.get(i % 9));
                p.getMilestones().add(m);
            }
            List<Organisation> organisations = new ArrayList<>();
            for (int i = 0; i < n(300); i++) {
                Organisation o = f.createOrganisation();
                o.setId("org-" + i);
                o.setName(words(3, 6));
                o.setKind(OrganisationKind.get(i % 8));
                o.setRegion(WORDS[i % WORDS.length]);
                if (o.getKind() == OrganisationKind.HEP) {
                    HepProfile profile = f.createHepProfile();
                    profile.setSize(HepSize.get(i % 4));
                    profile.setSpecialist(i % 7 == 0);
                    o.setHepProfile(profile);
                }
                organisations.add(o);
            }
            p.getOrganisations().addAll(organisations);
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < n(150); i++) {
                Member m = f.createMember();
                m.setId("mem-" + i);
                m.setRole(words(2, 5));
                m.setOrganisation(pick(organisations));
                members.add(m);
            }
            p.getMembers().addAll(members);
            List<Challenge> challenges = new ArrayList<>();
            for (int i = 0; i < n(1500); i++) {
                Challenge c = f.createChallenge();
                c.setId("ch-" + i);
                c.setTitle(words(3, 8));
                c.setDescription(words(20, 60));
                c.setCategory(WORDS[i % 12]);
                challenges.add(c);
            }
            p.getChallenges().addAll(challenges);
            List<Criterion> criteria = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Criterion c = f.createCriterion();
                c.setId("cr-" + i);
                c.setCode("C" + (i + 1));
                c.setTitle(words(3, 6));
                c.setStatement(words(15, 30));
                c.setRationale(words(20, 40));
                c.setMandatory(i % 3 == 0);
                WordingChange change = f.createWordingChange();
                change.setPreviousStatement(words(15, 30));
                change.setReason(words(5, 15));
                c.getWordingHistory().add(change);
                criteria.add(c);
            }
            p.getCriteria().addAll(criteria);
            List<Extract> extracts = new ArrayList<>();
            for (int i = 0; i < n(4000); i++) {
                Source s = f.createSource();
                s.setId("src-" + i);
                s.setCitationKey("key" + i);
                s.setType(SourceType.get(i % 12));
                s.setTitle(words(5, 14));
                s.setContainerTitle(words(2, 5));
                s.setIssuedYear(2000 + i % 26);
                s.setPublisher(words(2, 4));
                s.setDoi("10.1000/bench." + i);
                for (int a = 0; a < 2; a++) {
                    Person person = f.createPerson();
                    person.setFamily(WORDS[random.nextInt(WORDS.length)]);
                    person.setGiven(WORDS[random.nextInt(WORDS.length)]);
                    s.getAuthors().add(person);
                }
                for (int x = 0; x < 6; x++) {
                    Extract e = f.createExtract();
                    e.setId("ex-" + i + "-" + x);
                    e.setKind(ExtractKind.get(x % 6));
                    e.setText(words(30, 80));
                    e.setLocator("p. " + (1 + random.nextInt(200)));
                    pickInto(challenges, e.getChallenges(), 2);
                    if (x % 3 == 0) {
                        e.getCriteria().add(pick(criteria));
                    }
                    s.getExtracts().add(e);
                    extracts.add(e);
                }
                p.getSources().add(s);
            }
            for (int i = 0; i < n(800); i++) {
                Solution s = f.createSolution();
                s.setId("sol-" + i);
                s.setTitle(words(3, 8));
                s.setDescription(words(20, 60));
                pickInto(challenges, s.getAddresses(), 3);
                pickInto(extracts, s.getEvidencedBy(), 3);
                p.getSolutions().add(s);
            }
            for (int r = 0; r < 3; r++) {
                ConsensusRound round = f.createConsensusRound();
                round.setId("round-" + r);
                round.setNumber(r + 1);
                round.getCriteria().addAll(criteria);
                List<Member> panel = members.subList(0, Math.min(25, members.size()));
                round.getPanel().addAll(panel);
                for (Criterion c : criteria) {
                    for (Member m : panel) {
                        Rating rating = f.createRating();
                        rating.setMember(m);
                        rating.setCriterion(c);
                        rating.setScore(1 + random.nextInt(9));
                        round.getRatings().add(rating);
                    }
                }
                p.getRounds().add(round);
            }
            List<CaseStudy> caseStudies = new ArrayList<>();
            for (int i = 0; i < n(1000); i++) {
                CaseStudy cs = f.createCaseStudy();
                cs.setId("cs-" + i);
                cs.setTitle(words(3, 8));
                cs.setDescription(words(60, 150));
                cs.setServiceModel(ServiceModel.get(i % 7));
                cs.setCollectionStatus(CollectionStatus.get(i % 6));
                pickInto(organisations, cs.getPartners(), 3);
                pickInto(challenges, cs.getChallengesAddressed(), 3);
                for (int k = 0; k < 2; k++) {
                    StatusChange change = f.createStatusChange();
                    change.setDate(LocalDate.of(2025, 10, 1).plusDays(k * 20L));
                    change.setStatus(CollectionStatus.get(k));
                    cs.getStatusHistory().add(change);
                }
                for (int b = 0; b < 3; b++) {
                    Benefit benefit = f.createBenefit();
                    benefit.setId("ben-" + i + "-" + b);
                    benefit.setBeneficiary(Beneficiary.get(b));
                    benefit.setDescription(words(10, 30));
                    benefit.setEvidenceType(EvidenceType.get(1 + b));
                    cs.getBenefits().add(benefit);
                }
                for (int o = 0; o < 2; o++) {
                    Outcome outcome = f.createOutcome();
                    outcome.setId("out-" + i + "-" + o);
                    outcome.setMeasure(words(3, 6));
                    outcome.setValue(random.nextInt(100) + "%");
                    cs.getOutcomes().add(outcome);
                }
                ContactRole contact = f.createContactRole();
                contact.setRole(words(2, 4));
                contact.setOrganisation(pick(organisations));
                cs.getContacts().add(contact);
                for (int a = 0; a < 5; a++) {
                    Assessment assessment = f.createAssessment();
                    assessment.setId("as-" + i + "-" + a);
                    assessment.setCriterion(criteria.get(a));
                    assessment.setResult(AssessmentResult.get(1 + random.nextInt(3)));
                    assessment.setRationale(words(10, 30));
                    cs.getAssessments().add(assessment);
                }
                caseStudies.add(cs);
            }
            p.getCaseStudies().addAll(caseStudies);
            GuidanceDocument document = f.createGuidanceDocument();
            document.setId("doc");
            document.setTitle(words(4, 8));
            int block = 0;
            for (int s = 0; s < n(300); s++) {
                Section top = f.createSection();
                top.setId("s-" + s);
                top.setHeading(words(3, 7));
                top.setWordBudget(20_000);
                for (int sub = 0; sub < 3; sub++) {
                    Section section = f.createSection();
                    section.setId("s-" + s + "-" + sub);
                    section.setHeading(words(3, 7));
                    for (int b = 0; b < 28; b++, block++) {
                        section.getBlocks().add(block(block, caseStudies, challenges, extracts));
                    }
                    top.getSections().add(section);
                }
                document.getSections().add(top);
            }
            p.setDocument(document);
            for (String acronym : ACRONYMS) {
                Term t = f.createTerm();
                t.setId("t-" + acronym.toLowerCase(Locale.ROOT));
                t.setTerm(acronym);
                t.setExpansion(words(2, 5));
                t.setDefinition(words(10, 25));
                p.getTerms().add(t);
            }
            for (int i = 0; i < n(400); i++) {
                Term t = f.createTerm();
                t.setId("t-" + i);
                t.setTerm(words(1, 3));
                t.setDefinition(words(10, 25));
                p.getTerms().add(t);
            }
            for (int i = 0; i < n(2000); i++) {
                ReviewComment r = f.createReviewComment();
                r.setId("rc-" + i);
                r.setTarget(pick(challenges));
                r.setReviewerRole(words(2, 4));
                r.setReviewerOrganisation(pick(organisations));
                r.setText(words(15, 50));
                r.setStatus(ReviewStatus.get(i % 4));
                p.getReviewComments().add(r);
            }
            for (int i = 0; i < n(500); i++) {
                Adaptation a = f.createAdaptation();
                a.setId("ad-" + i);
                a.setContextId("ctx-" + (i % 5));
                a.setTarget(pick(challenges));
                a.setKind(AdaptationKind.get(i % 4));
                a.setText(words(10, 30));
                p.getAdaptations().add(a);
            }
        }

        private Block block(int i, List<CaseStudy> caseStudies, List<Challenge> challenges, List<Extract> extracts) {
            int kind = random.nextInt(100);
            Block block;
            if (kind < 70) {
                Paragraph paragraph = f.createParagraph();
                paragraph.setText(words(50, 120) + " " + "[@key" + random.nextInt(n(4000)) + ", p. " + (1 + random.nextInt(99)) + "]. "
                        + words(10, 30));
                block = paragraph;
            } else if (kind < 80) {
                ListBlock list = f.createListBlock();
                for (int k = 0; k < 4; k++) {
                    list.getItems().add(words(5, 15));
                }
                block = list;
            } else if (kind < 85) {
                Callout callout = f.createCallout();
                callout.setKind(CalloutKind.get(kind % 3));
                callout.setTitle(words(2, 5));
                callout.setText(words(20, 50));
                block = callout;
            } else if (kind < 90) {
                Checklist checklist = f.createChecklist();
                checklist.setTitle(words(2, 5));
                for (int k = 0; k < 4; k++) {
                    ChecklistItem item = f.createChecklistItem();
                    item.setText(words(6, 15));
                    checklist.getItems().add(item);
                }
                block = checklist;
            } else if (kind < 94) {
                ExtractQuote quote = f.createExtractQuote();
                quote.setExtract(pick(extracts));
                block = quote;
            } else if (kind < 97) {
                CaseStudyEmbed embed = f.createCaseStudyEmbed();
                embed.setCaseStudy(pick(caseStudies));
                block = embed;
            } else {
                ChallengeTable table = f.createChallengeTable();
                table.setCaption(words(3, 7));
                pickInto(challenges, table.getChallenges(), 5);
                block = table;
            }
            block.setId("b-" + i);
            return block;
        }
    }

}
