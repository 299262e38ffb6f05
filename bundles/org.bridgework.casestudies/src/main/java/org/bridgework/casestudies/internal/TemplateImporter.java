package org.bridgework.casestudies.internal;

import org.bridgework.core.api.OfficeFiles;
import org.bridgework.core.api.Ids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.casestudies.api.CaseStudyTemplates;
import org.bridgework.casestudies.api.ReturnedTemplates;
import org.bridgework.casestudies.internal.Fields.Field;
import org.bridgework.casestudies.internal.TemplateDocument.Answer;
import org.bridgework.literature.api.ImportChange;
import org.bridgework.literature.api.ImportException;
import org.bridgework.literature.api.ImportPreview;
import org.bridgework.literature.api.ImportProblem;
import org.bridgework.literature.api.ImportProblem.Severity;
import org.bridgework.literature.api.Importer;
import org.bridgework.model.Assessment;
import org.bridgework.model.Beneficiary;
import org.bridgework.model.Benefit;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.ContactRole;
import org.bridgework.model.Criterion;
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Organisation;
import org.bridgework.model.Outcome;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.ServiceModel;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;

/**
 * Reads a returned case-study template into the case study it was made for ({@code bridgework import F.docx --into P}).
 * All or nothing: any error (a required answer missing, an answer over its word limit, an unknown partner or choice)
 * means no change at all; rows that cannot be read (no key, unknown key) are listed as warnings while the rest imports.
 */
@Component(service = {Importer.class, ReturnedTemplates.class})
public class TemplateImporter implements Importer, ReturnedTemplates {

    private static final GuidancePackage M = GuidancePackage.eINSTANCE;
    private static final Pattern SLOT = Pattern.compile("(benefit|outcome|contact)\\.(\\d+)\\.([a-zA-Z]+)");
    private static final Pattern CRITERION = Pattern.compile("criterion\\.(.+)\\.evidence");
    private static final Map<String, EStructuralFeature> TEXT = new LinkedHashMap<>();
    static {
        TEXT.put("cs.title", M.getCaseStudy_Title());
        TEXT.put("cs.region", M.getCaseStudy_Region());
        TEXT.put("cs.description", M.getCaseStudy_Description());
        TEXT.put("cs.populationServed", M.getCaseStudy_PopulationServed());
        TEXT.put("cs.referralRoute", M.getCaseStudy_ReferralRoute());
        TEXT.put("cs.funding", M.getCaseStudy_Funding());
        TEXT.put("cs.staffing", M.getCaseStudy_Staffing());
    }

    private final Supplier<LocalDate> today;

    public TemplateImporter() {
        this(() -> LocalDate.now(ZoneOffset.UTC));
    }

    TemplateImporter(Supplier<LocalDate> today) {
        this.today = today;
    }

    @Override
    public String id() {
        return "case-study-template";
    }

    @Override
    public String description() {
        return "returned case-study templates (DOCX, XLSX)";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        if (!OfficeFiles.startsLikeZip(head)) {
            return false;
        }
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean docxName = lower.endsWith(".docx") || lower.endsWith(".xlsx");
        Set<String> marked = Set.of(Docx.CUSTOM, Docx.DOCUMENT, XlsxTemplate.SHARED, XlsxTemplate.SHEET);
        try {
            for (byte[] part : OfficeFiles.readParts(file, marked::contains, Docx.LIMITS, Docx.KIND).values()) {
                String s = new String(part, 0, Math.min(part.length, 2 * 1024 * 1024), StandardCharsets.UTF_8);
                if (s.contains(CaseStudyTemplates.VERSION_PROPERTY) || s.contains("template.version")) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return docxName; // too large, damaged or hostile .docx/.xlsx: preview says what is wrong
        }
        return false;
    }

    /** One change to make: set a feature, or add to a many-valued one. */
    private record Op(EObject owner, EStructuralFeature feature, Object value, boolean add) {
    }

    private static final class Preview implements ImportPreview {
        final List<ImportChange> changes = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final List<Op> ops = new ArrayList<>();
        /** Field by field, kept when there are errors (the workbench shows them with the errors). */
        final List<Difference> differences = new ArrayList<>();

        @Override
        public List<ImportChange> changes() {
            return changes;
        }

        @Override
        public List<ImportProblem> problems() {
            return problems;
        }

        @Override
        public Command command(EditingDomain domain, GuidanceProject project) {
            if (ops.isEmpty() || hasErrors()) {
                return UnexecutableCommand.INSTANCE;
            }
            CompoundCommand c = new CompoundCommand("Import case-study template");
            for (Op op : ops) {
                if (op.add()) {
                    c.append(domain == null ? new AddCommand(null, op.owner(), op.feature(), op.value())
                            : AddCommand.create(domain, op.owner(), op.feature(), op.value()));
                } else {
                    c.append(domain == null ? new SetCommand(null, op.owner(), op.feature(), op.value())
                            : SetCommand.create(domain, op.owner(), op.feature(), op.value()));
                }
            }
            return c;
        }
    }

    @Override
    public ImportPreview preview(List<Path> files, GuidanceProject project) throws ImportException {
        return preview(files, project, today.get());
    }

    @Override
    public ImportPreview preview(List<Path> files, GuidanceProject project, LocalDate date) throws ImportException {
        Preview all = new Preview();
        Set<String> ids = ids(project);
        for (Path file : files) {
            new FileImport(file, document(file), project, ids, all, date).run();
        }
        finish(all, files);
        return all;
    }

    private static TemplateDocument document(Path file) throws ImportException {
        try {
            return TemplateDocument.read(file);
        } catch (OfficeFiles.Refused e) {
            throw new ImportException(file, e.getMessage() + " Nothing was imported.");
        } catch (IOException e) {
            throw new ImportException(file, file + " cannot be read: " + e.getMessage() + ". Nothing was imported.", e);
        }
    }

    private record ReadTemplate(Path file, TemplateDocument doc) implements Returned {
        @Override
        public String caseStudyId() {
            return doc.caseId == null ? "" : doc.caseId.strip();
        }
    }

    @Override
    public Returned read(Path file) throws ImportException {
        return new ReadTemplate(file, document(file));
    }

    @Override
    public Review review(Returned returned, GuidanceProject project) throws ImportException {
        return review(returned, project, today.get());
    }

    @Override
    public Review review(Returned returned, GuidanceProject project, LocalDate date) throws ImportException {
        if (!(returned instanceof ReadTemplate t)) {
            throw new IllegalArgumentException("not read by this service: " + returned);
        }
        Preview all = new Preview();
        FileImport run = new FileImport(t.file(), t.doc(), project, ids(project), all, date);
        run.run();
        finish(all, List.of(t.file()));
        return new Review(t.file(), run.csId, List.copyOf(all.differences), all);
    }

    private static Set<String> ids(GuidanceProject project) {
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> it = project.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified i && i.getId() != null) {
                ids.add(i.getId());
            }
        }
        return ids;
    }

    private static void finish(Preview all, List<Path> files) {
        if (all.hasErrors()) {
            long n = all.problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
            all.problems.add(new ImportProblem(Severity.ERROR, files.size() == 1 ? files.get(0) : null, 0, n + " error" + (n == 1 ? "" : "s")
                    + ": nothing was imported (a returned template imports all or nothing). Correct the answers and import it again."));
            all.changes.clear();
            all.ops.clear();
        }
    }

    /** Reading one file against the project. */
    private final class FileImport {
        final Path file;
        final TemplateDocument doc;
        final GuidanceProject project;
        final Set<String> ids;
        final Preview out;
        CaseStudy cs;
        String csId;
        Map<String, String> questions;

        final LocalDate date;

        FileImport(Path file, TemplateDocument doc, GuidanceProject project, Set<String> ids, Preview out, LocalDate date) {
            this.date = date;
            this.file = file;
            this.doc = doc;
            this.project = project;
            this.ids = ids;
            this.out = out;
        }

        void error(String m) {
            out.problems.add(new ImportProblem(Severity.ERROR, file, 0, m));
        }

        void warn(String m) {
            out.problems.add(new ImportProblem(Severity.WARNING, file, 0, m));
        }

        void run() throws ImportException {
            if (doc.version == null || doc.version.isBlank()) {
                throw new ImportException(file, file + " is a DOCX but not a case-study template: it has no template.version key"
                        + " (the first table of a template) and no " + CaseStudyTemplates.VERSION_PROPERTY + " document property. Nothing was imported.");
            }
            if (!doc.version.strip().equals(String.valueOf(CaseStudyTemplates.VERSION))) {
                throw new ImportException(file, file + " is a case-study template of version '" + doc.version.strip()
                        + "' (key template.version); this Bridgework reads version " + CaseStudyTemplates.VERSION
                        + ". Generate a new template with 'bridgework template case-study' and copy the answers into it. Nothing was imported.");
            }
            String id = doc.caseId == null ? "" : doc.caseId.strip();
            if (!id.isEmpty()) {
                cs = project.getCaseStudies().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
                if (cs == null) {
                    throw new ImportException(file, file + " is the template for case study '" + id + "' (key template.case), which the project"
                            + " does not have (case studies: " + String.join(", ", project.getCaseStudies().stream().map(CaseStudy::getId).toList())
                            + "). Was it made for another project? Nothing was imported.");
                }
            }
            for (String u : doc.unread) {
                warn(u);
            }
            Map<String, Field> fields = new HashMap<>();
            for (Fields.Section s : Fields.sections(project, null)) {
                for (Field f : s.fields()) {
                    fields.put(generic(f.key()), f);
                }
            }
            // required answers
            for (Fields.Section s : Fields.sections(project, null)) {
                for (Field f : s.fields()) {
                    if (!f.required()) {
                        continue;
                    }
                    Answer a = doc.answers.get(f.key());
                    if (a == null) {
                        error("required answer missing: the row with key " + f.key() + " ('" + f.question() + "') is not in the template.");
                    } else if (a.text().isEmpty()) {
                        error("required answer missing: " + f.key() + " ('" + f.question() + "') is empty (" + a.where() + ").");
                    }
                }
            }
            // word limits and unknown keys
            Map<String, Answer> known = new LinkedHashMap<>();
            for (Answer a : doc.answers.values()) {
                Field f = fields.get(generic(a.key()));
                Matcher slot = SLOT.matcher(a.key());
                if (f == null || (slot.matches() && Integer.parseInt(slot.group(2)) > Fields.MAX_SLOTS) || Integer.valueOf(0).equals(slotNumber(a.key()))) {
                    warn(a.where() + ": unknown key '" + a.key() + "': not read" + (a.key().startsWith("criterion.")
                            ? " (the project has no such criterion, or it was excluded by consensus)." : "."));
                    continue;
                }
                int w = Fields.words(a.text());
                if (f.wordLimit() > 0 && w > f.wordLimit()) {
                    error("answer over the word limit: " + a.key() + " ('" + f.question() + "') has " + w + " words; the limit is " + f.wordLimit()
                            + " (" + a.where() + ").");
                }
                known.put(a.key(), a);
            }
            if (cs == null) {
                cs = GuidanceFactory.eINSTANCE.createCaseStudy();
                Answer title = known.get("cs.title");
                csId = unique("cs-" + slug(title == null ? "returned" : title.text()));
                cs.setId(csId);
                out.ops.add(new Op(project, M.getGuidanceProject_CaseStudies(), cs, true));
                out.changes.add(new ImportChange(ImportChange.Kind.ADD, csId, csId, file, 0,
                        "a new case study from a blank template (template.case was empty)"));
            } else {
                csId = cs.getId();
            }
            boolean fresh = cs.eContainer() == null;
            for (Map.Entry<String, EStructuralFeature> t : TEXT.entrySet()) {
                Answer a = known.get(t.getKey());
                if (a != null && !a.text().isEmpty()) {
                    set(cs, t.getValue(), a.text(), t.getKey(), fresh);
                }
            }
            Answer sm = known.get("cs.serviceModel");
            if (sm != null && !sm.text().isEmpty()) {
                ServiceModel v = choice(ServiceModel.values(), sm, "a service model");
                if (v != null) {
                    set(cs, M.getCaseStudy_ServiceModel(), v, "cs.serviceModel", fresh);
                }
            }
            Answer ctx = known.get("cs.contexts");
            if (ctx != null && !ctx.text().isEmpty()) {
                List<PartnershipContext> list = new ArrayList<>();
                for (String line : items(ctx.text(), true)) {
                    PartnershipContext v = choice(PartnershipContext.values(), new Answer(ctx.key(), line, ctx.where()), "a context");
                    if (v != null && !list.contains(v)) {
                        list.add(v);
                    }
                }
                setList(cs, M.getCaseStudy_Contexts(), list, "cs.contexts", fresh);
            }
            Answer partners = known.get("cs.partners");
            if (partners != null && !partners.text().isEmpty()) {
                List<Organisation> list = new ArrayList<>();
                for (String line : items(partners.text(), false)) {
                    Organisation o = organisation(line, partners);
                    if (o != null && !list.contains(o)) {
                        list.add(o);
                    }
                }
                setList(cs, M.getCaseStudy_Partners(), list, "cs.partners", fresh);
            }
            slots(known, fresh);
            criteria(known, fresh);
            if (!fresh && cs.getCollectionStatus() == CollectionStatus.WITHDRAWN) {
                warn(csId + " is withdrawn: its answers are imported but its status stays withdrawn.");
            } else if (fresh || cs.getCollectionStatus().getValue() < CollectionStatus.RETURNED_VALUE) {
                LocalDate latest = fresh ? null : CollectionPipelineImpl.latestDate(cs);
                if (latest != null && date.isBefore(latest)) {
                    error(csId + "'s history would run backwards: its last status change is dated " + latest + ", and the template would be recorded"
                            + " as returned on " + date + ". Give the date it came back (--date, or the date in the import dialog), on or after " + latest + ".");
                } else if (!out.ops.isEmpty() || fresh) {
                    var change = GuidanceFactory.eINSTANCE.createStatusChange();
                    change.setStatus(CollectionStatus.RETURNED);
                    change.setDate(date);
                    change.setNote("Template returned: " + file.getFileName());
                    out.ops.add(new Op(cs, M.getCaseStudy_CollectionStatus(), CollectionStatus.RETURNED, false));
                    out.ops.add(new Op(cs, M.getCaseStudy_StatusHistory(), change, true));
                    out.changes.add(new ImportChange(ImportChange.Kind.UPDATE, csId, csId + ": status", file, 0,
                            (fresh ? "(new)" : cs.getCollectionStatus().getLiteral()) + " → returned (" + date + ")"));
                    out.differences.add(new Difference(csId, "status", "Collection status", fresh ? null : cs.getCollectionStatus().getLiteral(),
                            "returned (" + date + ")"));
                }
            }
        }

        private void slots(Map<String, Answer> known, boolean fresh) {
            Map<String, Map<Integer, Map<String, Answer>>> byKind = new LinkedHashMap<>();
            for (Answer a : known.values()) {
                Matcher m = SLOT.matcher(a.key());
                if (m.matches() && !a.text().isEmpty()) {
                    byKind.computeIfAbsent(m.group(1), k -> new java.util.TreeMap<>()).computeIfAbsent(Integer.parseInt(m.group(2)), k -> new HashMap<>())
                            .put(m.group(3), a);
                }
            }
            for (var e : byKind.getOrDefault("benefit", Map.of()).entrySet()) {
                int n = e.getKey();
                Map<String, Answer> s = e.getValue();
                if (!s.containsKey("description") || !s.containsKey("beneficiary")) {
                    error("benefit " + n + " is incomplete: give both benefit." + n + ".beneficiary and benefit." + n + ".description ("
                            + s.values().iterator().next().where() + ").");
                    continue;
                }
                Benefit b = !fresh && n <= cs.getBenefits().size() ? cs.getBenefits().get(n - 1) : null;
                boolean isNew = b == null;
                if (isNew) {
                    b = GuidanceFactory.eINSTANCE.createBenefit();
                    b.setId(unique(csId + "-benefit-" + n));
                    out.ops.add(new Op(cs, M.getCaseStudy_Benefits(), b, true));
                    out.changes.add(new ImportChange(ImportChange.Kind.ADD, b.getId(), csId + ": benefit." + n, file, 0, "a new benefit"));
                }
                String p = "benefit." + n + ".";
                Beneficiary who = choice(Beneficiary.values(), s.get("beneficiary"), "a beneficiary");
                if (who != null) {
                    set(b, M.getBenefit_Beneficiary(), who, p + "beneficiary", isNew);
                }
                set(b, M.getBenefit_Description(), s.get("description").text(), p + "description", isNew);
                if (s.containsKey("evidenceType")) {
                    EvidenceType t = choice(EvidenceType.values(), s.get("evidenceType"), "a kind of evidence");
                    if (t != null) {
                        set(b, M.getBenefit_EvidenceType(), t, p + "evidenceType", isNew);
                    }
                }
                if (s.containsKey("evidenceStrength")) {
                    EvidenceStrength t = choice(EvidenceStrength.values(), s.get("evidenceStrength"), "a strength of evidence");
                    if (t != null) {
                        set(b, M.getBenefit_EvidenceStrength(), t, p + "evidenceStrength", isNew);
                    }
                }
            }
            for (var e : byKind.getOrDefault("outcome", Map.of()).entrySet()) {
                int n = e.getKey();
                Map<String, Answer> s = e.getValue();
                if (!s.containsKey("measure")) {
                    error("outcome " + n + " has no measure: give outcome." + n + ".measure (" + s.values().iterator().next().where() + ").");
                    continue;
                }
                Outcome o = !fresh && n <= cs.getOutcomes().size() ? cs.getOutcomes().get(n - 1) : null;
                boolean isNew = o == null;
                if (isNew) {
                    o = GuidanceFactory.eINSTANCE.createOutcome();
                    o.setId(unique(csId + "-outcome-" + n));
                    out.ops.add(new Op(cs, M.getCaseStudy_Outcomes(), o, true));
                    out.changes.add(new ImportChange(ImportChange.Kind.ADD, o.getId(), csId + ": outcome." + n, file, 0, "a new outcome"));
                }
                String p = "outcome." + n + ".";
                set(o, M.getOutcome_Measure(), s.get("measure").text(), p + "measure", isNew);
                if (s.containsKey("value")) {
                    set(o, M.getOutcome_Value(), s.get("value").text(), p + "value", isNew);
                }
                if (s.containsKey("period")) {
                    set(o, M.getOutcome_Period(), s.get("period").text(), p + "period", isNew);
                }
                if (s.containsKey("source")) {
                    set(o, M.getOutcome_SourceNote(), s.get("source").text(), p + "source", isNew);
                }
            }
            for (var e : byKind.getOrDefault("contact", Map.of()).entrySet()) {
                int n = e.getKey();
                Map<String, Answer> s = e.getValue();
                if (!s.containsKey("role")) {
                    error("contact " + n + " has no role: give contact." + n + ".role (" + s.values().iterator().next().where() + ").");
                    continue;
                }
                ContactRole c = !fresh && n <= cs.getContacts().size() ? cs.getContacts().get(n - 1) : null;
                boolean isNew = c == null;
                if (isNew) {
                    c = GuidanceFactory.eINSTANCE.createContactRole();
                    out.ops.add(new Op(cs, M.getCaseStudy_Contacts(), c, true));
                    out.changes.add(new ImportChange(ImportChange.Kind.ADD, csId, csId + ": contact." + n, file, 0, "a new contact role"));
                }
                set(c, M.getContactRole_Role(), s.get("role").text(), "contact." + n + ".role", isNew);
                if (s.containsKey("organisation")) {
                    Organisation o = organisation(s.get("organisation").text(), s.get("organisation"));
                    if (o != null) {
                        set(c, M.getContactRole_Organisation(), o, "contact." + n + ".organisation", isNew);
                    }
                }
            }
        }

        private void criteria(Map<String, Answer> known, boolean fresh) {
            for (Answer a : known.values()) {
                Matcher m = CRITERION.matcher(a.key());
                if (!m.matches() || a.text().isEmpty()) {
                    continue;
                }
                Criterion crit = Fields.criteria(project).stream().filter(c -> c.getId().equals(m.group(1))).findFirst().orElseThrow();
                Assessment as = fresh ? null : cs.getAssessments().stream().filter(x -> x.getCriterion() == crit).findFirst().orElse(null);
                boolean isNew = as == null;
                if (isNew) {
                    as = GuidanceFactory.eINSTANCE.createAssessment();
                    as.setId(unique(csId + "-" + crit.getId()));
                    as.setCriterion(crit);
                    out.ops.add(new Op(cs, M.getCaseStudy_Assessments(), as, true));
                    out.changes.add(new ImportChange(ImportChange.Kind.ADD, as.getId(), csId + ": assessment against " + crit.getId(), file, 0,
                            "result left unknown for the working group to assess"));
                }
                set(as, M.getAssessment_Rationale(), a.text(), a.key(), isNew);
            }
        }

        /** Records a change of a single value when it differs ({@code direct}: a new object, set now, no change line). */
        private void set(EObject owner, EStructuralFeature f, Object value, String key, boolean direct) {
            Object old = owner.eGet(f);
            if (Objects.equals(old, value)) {
                return;
            }
            if (direct) {
                owner.eSet(f, value);
            } else {
                out.ops.add(new Op(owner, f, value, false));
            }
            out.changes.add(new ImportChange(ImportChange.Kind.UPDATE, csId, csId + ": " + key, file, 0, show(old) + " → " + show(value)));
            difference(key, direct ? null : old, value);
        }

        /** The question a key stands for, numbered as the key is ("Benefit 4: the benefit"). */
        private String question(String key) {
            if (questions == null) {
                questions = new HashMap<>();
                for (Fields.Section s : Fields.sections(project, null)) {
                    for (Field f : s.fields()) {
                        questions.putIfAbsent(generic(f.key()), f.question());
                    }
                }
            }
            String q = questions.get(generic(key));
            Integer n = slotNumber(key);
            if (q == null) {
                return key;
            }
            return n == null ? q : q.replaceFirst("^(\\w+) 1:", "$1 " + n + ":");
        }

        /** A field's difference, its values shown in full (lists one item a line). */
        private void difference(String key, Object old, Object value) {
            out.differences.add(new Difference(csId, key, question(key), old == null || (old instanceof List<?> l && l.isEmpty()) ? null : full(old),
                    full(value)));
        }

        private void setList(EObject owner, EStructuralFeature f, List<?> value, String key, boolean direct) {
            List<?> old = (List<?>) owner.eGet(f);
            if (old.equals(value)) {
                return;
            }
            String before = show(new ArrayList<>(old));
            if (direct) {
                owner.eSet(f, value);
            } else {
                out.ops.add(new Op(owner, f, value, false));
            }
            out.changes.add(new ImportChange(ImportChange.Kind.UPDATE, csId, csId + ": " + key, file, 0, before + " → " + show(value)));
            difference(key, direct ? null : new ArrayList<>(old), value);
        }

        private <E extends Enumerator> E choice(E[] values, Answer a, String what) {
            E v = Fields.choice(values, a.text());
            if (v == null) {
                error("'" + TemplateDocument.abbreviate(a.text(), 40) + "' is not " + what + " (" + a.key() + ", " + a.where() + "); use one of: "
                        + Fields.choices(values) + ".");
            }
            return v;
        }

        private Organisation organisation(String name, Answer a) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            for (Organisation o : project.getOrganisations()) {
                if (n.equals(lower(o.getId())) || n.equals(lower(o.getName())) || n.equals(lower(o.getShortName()))) {
                    return o;
                }
            }
            error("unknown partner organisation '" + name.strip() + "' (" + a.key() + ", " + a.where()
                    + "): name it as in the project's organisations, or add it to the project first.");
            return null;
        }

        private String unique(String base) {
            String id = Ids.unique(ids, base);
            ids.add(id);
            return id;
        }
    }

    static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    /** The key with slot numbers as 1, to find its field ({@code benefit.7.description} → {@code benefit.1.description}). */
    static String generic(String key) {
        Matcher m = SLOT.matcher(key);
        return m.matches() ? m.group(1) + ".1." + m.group(3) : key;
    }

    static Integer slotNumber(String key) {
        Matcher m = SLOT.matcher(key);
        return m.matches() ? Integer.valueOf(m.group(2)) : null;
    }

    /** Lines of a list answer, bullets removed; commas also separate when {@code commas}. */
    static List<String> items(String text, boolean commas) {
        List<String> out = new ArrayList<>();
        for (String s : text.split(commas ? "[\\n;,]" : "[\\n;]")) {
            String t = s.strip().replaceFirst("^[-•*·]\\s*", "").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return t.length() > 40 ? t.substring(0, 40).replaceAll("-$", "") : t.isEmpty() ? "returned" : t;
    }

    /** A value in full for people: names of organisations, literals of choices, lists one item a line. */
    static String full(Object v) {
        if (v instanceof List<?> l) {
            List<String> s = new ArrayList<>();
            for (Object o : l) {
                s.add(full(o));
            }
            return String.join("\n", s);
        }
        if (v instanceof Organisation o) {
            return o.getName() == null ? o.getId() : o.getName();
        }
        if (v instanceof Identified i) {
            return i.getId();
        }
        if (v instanceof Enumerator e) {
            return e.getLiteral();
        }
        return String.valueOf(v);
    }

    static String show(Object v) {
        if (v == null) {
            return "(empty)";
        }
        if (v instanceof List<?> l) {
            List<String> s = new ArrayList<>();
            for (Object o : l) {
                s.add(o instanceof Identified i ? i.getId() : o instanceof Enumerator e ? e.getLiteral() : String.valueOf(o));
            }
            return "[" + String.join(", ", s) + "]";
        }
        if (v instanceof Identified i) {
            return i.getId();
        }
        if (v instanceof Enumerator e) {
            return e.getLiteral();
        }
        return "'" + TemplateDocument.abbreviate(String.valueOf(v), 70) + "'";
    }
}
