package org.bridgework.ui.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bridgework.core.api.Problem.Severity;
import org.bridgework.core.api.Project;
import org.bridgework.drafting.api.CheckInfo;
import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.BlockEdits;
import org.bridgework.drafting.api.DraftingChecks;
import org.bridgework.drafting.api.EvidenceLinks;
import org.bridgework.core.api.Problem;
import org.bridgework.model.EvidenceLink;
import org.bridgework.model.derive.Provenance;
import org.bridgework.drafting.api.Finding;
import org.bridgework.model.Block;
import org.bridgework.model.Checklist;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Paragraph;
import org.bridgework.model.Section;
import org.bridgework.model.derive.Derived;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Edits one section: its heading and its blocks (paragraphs, lists, callouts, checklists) as text. Typing is committed
 * as one undoable command per block after a pause (and when the field loses focus); blocks are added, removed and
 * moved with commands too. The drafting checks run again shortly after each change; what they find in a block is
 * underlined with a squiggle whose tooltip explains it. Ctrl+Space (or typing {@code [@} / {@code (#}) completes
 * citation keys and element ids.
 */
final class SectionEditorPart implements Part, org.bridgework.ui.api.PendingEdits {

    private static final Messages MESSAGES = Messages.of(SectionEditorPart.class);

    static final int COMMIT_DELAY = 700;
    static final int CHECK_DELAY = 250;

    private final PartContext context;
    final Section section;
    private final DraftingChecks checks;
    private final ScrolledComposite scroll;
    private final Composite content;
    private final Text heading;
    private final Label words;
    final Label sectionFindings;
    private Composite blocksArea;
    final List<BlockEditor> editors = new ArrayList<>();
    private List<Block> shown = List.of();
    final Debouncer checkLater;
    /** Applies the heading after a pause in typing, as the blocks' text is. */
    final Debouncer commitHeadingLater;
    /** The heading field holds typing not yet applied. */
    boolean headingDirty;
    /** True while the heading field is set from the model (not typing). */
    private boolean syncingHeading;
    /** What was last told to the workbench through {@link PartContext#pendingEditsChanged()}. */
    private boolean toldPending;
    private final Color error;
    private final Color warning;
    private final Color info;
    private final Font bold;
    final Combo addKind;
    private final org.eclipse.swt.widgets.Listener flushFilter;
    /** The number of check runs started, and the number of the run whose findings are shown (tests wait on them). */
    int checkGeneration;
    int shownGeneration;
    /** The findings of the last check run in this section. */
    List<Finding> findings = List.of();
    /** Text of this section whose linked evidence changed since it was last confirmed (from the live model). */
    List<Finding> staleFindings = List.of();
    /** Confirms evidence links; null when drafting's provenance service is not there (no "Mark as Re-checked"). */
    private final EvidenceLinks links;

    SectionEditorPart(Composite parent, PartContext context, Section section, DraftingChecks checks) {
        this(parent, context, section, checks, null);
    }

    SectionEditorPart(Composite parent, PartContext context, Section section, DraftingChecks checks, EvidenceLinks links) {
        this.context = context;
        this.section = section;
        this.checks = checks;
        this.links = links;
        this.error = context.resources().create(ColorDescriptor.createFrom(new RGB(200, 0, 0)));
        this.warning = context.resources().create(ColorDescriptor.createFrom(new RGB(214, 120, 0)));
        this.info = context.resources().create(ColorDescriptor.createFrom(new RGB(0, 90, 200)));
        this.bold = context.resources().create(FontDescriptor.createFrom(parent.getFont()).setStyle(SWT.BOLD));
        this.checkLater = new Debouncer(parent.getDisplay(), CHECK_DELAY, this::runChecks);
        this.commitHeadingLater = new Debouncer(parent.getDisplay(), COMMIT_DELAY, this::commitHeading);

        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        content.setLayout(new GridLayout(3, false));
        scroll.setContent(content);
        scroll.addListener(SWT.Resize, e -> relayout());

        Label l = new Label(content, SWT.NONE);
        l.setText(MESSAGES.get("section.heading.label"));
        heading = new Text(content, SWT.BORDER | SWT.SINGLE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading.setToolTipText(MESSAGES.get("section.heading.tip"));
        setHeadingText(nz(section.getHeading()));
        heading.addListener(SWT.Modify, e -> {
            if (!syncingHeading) {
                headingDirty = true;
                commitHeadingLater.schedule();
                pendingChanged();
            }
        });
        heading.addListener(SWT.DefaultSelection, e -> commitHeadingLater.flush());
        heading.addListener(SWT.FocusOut, e -> commitHeadingLater.flush());
        words = new Label(content, SWT.NONE);
        words.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

        sectionFindings = new Label(content, SWT.WRAP);
        GridData fd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        fd.widthHint = 200;
        sectionFindings.setLayoutData(fd);

        blocksArea = newBlocksArea();

        Composite add = new Composite(content, SWT.NONE);
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        add.setLayout(new GridLayout(3, false));
        Label al = new Label(add, SWT.NONE);
        al.setText(MESSAGES.get("section.newBlock.label"));
        addKind = new Combo(add, SWT.READ_ONLY);
        addKind.setItems(MESSAGES.get("section.kind.paragraph"), MESSAGES.get("section.kind.list"), MESSAGES.get("block.callout.key"), MESSAGES.get("block.callout.nhs"), MESSAGES.get("block.callout.he"), MESSAGES.get("section.kind.checklist"), MESSAGES.get("section.kind.caseStudy"), MESSAGES.get("section.kind.challenges"));
        addKind.select(0);
        addKind.setToolTipText(MESSAGES.get("section.newBlock.tip"));
        Button addButton = new Button(add, SWT.PUSH);
        addButton.setText(MESSAGES.get("section.button.add"));
        addButton.setToolTipText(MESSAGES.get("section.button.add.tip"));
        addButton.addListener(SWT.Selection, e -> addBlock(addKind.getSelectionIndex()));

        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectChanged(Project p) {
                refresh();
            }
        });
        // typing not yet committed goes to the command stack before anything else can run a command: a shortcut
        // (Ctrl+Z, Ctrl+S...), a menu opening, a click elsewhere (the toolbar's Undo)
        flushFilter = e -> {
            boolean shortcut = e.type == SWT.KeyDown && (e.stateMask & SWT.MOD1) != 0 && e.keyCode != SWT.MOD1 && e.keyCode != ' ' && e.keyCode != '1';
            boolean elsewhere = e.type == SWT.MouseDown && !(e.widget instanceof StyledText t && t.getData("block") != null);
            if (shortcut || elsewhere || e.type == SWT.Show && e.widget instanceof org.eclipse.swt.widgets.Menu) {
                flushAll();
            }
        };
        parent.getDisplay().addFilter(SWT.KeyDown, flushFilter);
        parent.getDisplay().addFilter(SWT.MouseDown, flushFilter);
        parent.getDisplay().addFilter(SWT.Show, flushFilter);
        // a block of this section selected elsewhere (a Problems double-click, a search hit) is shown here
        context.selection().addSelectionListener((source, selection) -> {
            if (!context.partId().equals(source) && selection instanceof org.eclipse.jface.viewers.IStructuredSelection ss && ss.getFirstElement() instanceof Block b
                    && b.eContainer() == section) {
                reveal(b);
            }
        });
        context.setTitle(nz(section.getHeading()));
        rebuildBlocks();
        updateWords();
        runChecks();
    }

    private Composite newBlocksArea() {
        Composite area = new Composite(content, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.verticalSpacing = 10;
        area.setLayout(layout);
        return area;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    Optional<EditingDomain> domain() {
        return context.editingDomain();
    }

    private void commitHeading() {
        if (heading.isDisposed() || !headingDirty) {
            return;
        }
        headingDirty = false;
        if (!heading.getText().equals(nz(section.getHeading())) && domain().isPresent()) {
            context.execute(SetCommand.create(domain().get(), section, GuidancePackage.Literals.SECTION__HEADING, heading.getText()));
        }
        pendingChanged();
    }

    private void setHeadingText(String text) {
        syncingHeading = true;
        try {
            heading.setText(text);
        } finally {
            syncingHeading = false;
        }
    }

    @Override
    public boolean hasPendingEdits() {
        if (headingDirty) {
            return true;
        }
        for (BlockEditor e : editors) {
            if (e.dirty) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void commitPendingEdits() {
        commitHeadingLater.flush();
        flushAll();
    }

    /** Tells the workbench when this part starts or stops holding typing not yet applied (dirty marker, journal). */
    void pendingChanged() {
        boolean pending = hasPendingEdits();
        if (pending != toldPending) {
            toldPending = pending;
            context.pendingEditsChanged();
        }
    }

    /** After any command: rebuild when the blocks changed, otherwise bring the fields not being edited up to date. */
    void refresh() {
        if (content.isDisposed()) {
            return;
        }
        if (section.eContainer() == null) {
            sectionFindings.setText(MESSAGES.get("section.findings.gone"));
            content.setEnabled(false);
            return;
        }
        content.setEnabled(true);
        if (!headingDirty) {
            String h = nz(section.getHeading());
            if (!heading.getText().equals(h)) {
                setHeadingText(h); // the model changed (undo, another view): the field follows, focused or not
            }
        }
        context.setTitle(nz(section.getHeading()));
        if (!shown.equals(section.getBlocks())) {
            rebuildBlocks();
        } else {
            for (BlockEditor e : editors) {
                e.syncFromModel();
            }
        }
        updateWords();
        checkLater.schedule();
    }

    private void updateWords() {
        int count = Derived.wordCount(section);
        int budget = section.getWordBudget();
        words.setText(budget <= 0 ? MESSAGES.format("section.words", count) : count > budget ? MESSAGES.format("section.words.over", count, budget, count - budget)
                : MESSAGES.format("section.words.budget", count, budget));
        words.setForeground(budget > 0 && count > budget ? error : null);
        words.getParent().layout(new Control[] {words});
    }

    private void rebuildBlocks() {
        for (BlockEditor e : editors) {
            e.dispose();
        }
        editors.clear();
        blocksArea.dispose();
        blocksArea = newBlocksArea();
        blocksArea.moveAbove(addKind.getParent());
        for (Block b : section.getBlocks()) {
            editors.add(new BlockEditor(this, blocksArea, b));
        }
        shown = List.copyOf(section.getBlocks());
        applyFindings();
        relayout();
    }

    void relayout() {
        if (content.isDisposed()) {
            return;
        }
        int width = scroll.getClientArea().width;
        content.layout(true, true);
        scroll.setMinSize(content.computeSize(Math.max(width, 300), SWT.DEFAULT));
    }

    /**
     * Runs the drafting checks and shows those of this section. The checks (35-90 ms on the sample) run in the background
     * over a copy of the model made here (3-12 ms); findings name elements by id, so they apply to the real model.
     */
    void runChecks() {
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        if (root == null || content.isDisposed()) {
            return;
        }
        CheckSettings settings = CheckSettings.of(root);
        GuidanceProject copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(root);
        String sectionId = section.getId();
        int mine = ++checkGeneration;
        context.jobs().schedule(MESSAGES.format("section.job.check", nz(section.getHeading())), monitor -> {
            List<Finding> out = new ArrayList<>();
            for (Finding f : checks.run(copy, settings)) {
                if (sectionId != null && sectionId.equals(f.sectionId())) {
                    out.add(f);
                }
            }
            return out;
        }).whenDone((result, failure) -> {
            if (mine != checkGeneration || content.isDisposed()) {
                return;
            }
            if (failure != null) {
                sectionFindings.setText(MESSAGES.format("section.findings.failed", failure.getMessage()));
                return;
            }
            findings = List.copyOf(result);
            shownGeneration = mine;
            applyFindings();
        });
    }

    /** Stale evidence: one finding per link of a block here whose evidence changed or went since it was confirmed. */
    List<Finding> staleEvidence() {
        List<Finding> out = new ArrayList<>();
        for (Block block : section.getBlocks()) {
            for (EvidenceLink link : block.getEvidenceLinks()) {
                String reason = Provenance.staleReason(link);
                if (reason == null || block.getId() == null) {
                    continue;
                }
                String evidence = link.getEvidence() != null ? link.getEvidence().getId() : link.getEvidenceId();
                String what = link.getSentence() == null || link.getSentence().isBlank() ? "This block"
                        : "The sentence \"" + link.getSentence().strip().replaceAll("\\s+", " ") + "\"";
                out.add(new Finding(new Problem(Severity.WARNING, STALE_CODE, block.getId(),
                        what + " rests on " + Provenance.kind(link.getEvidence()) + " " + evidence + ", but " + reason + "."),
                        section.getId(), "Read the evidence again (Ctrl+1: Open Evidence), correct the text if needed, then Ctrl+1: Mark as Re-checked."));
            }
        }
        return out;
    }

    static final String STALE_CODE = "evidence-stale";

    /** The evidence links of {@code block} that went stale. */
    static List<EvidenceLink> staleLinks(Block block) {
        return block.getEvidenceLinks().stream().filter(l -> Provenance.staleReason(l) != null).toList();
    }

    /** "Mark as Re-checked": the text still rests on its evidence as it is now; one undoable command. */
    void confirmEvidence(Block block) {
        if (links == null || domain().isEmpty()) {
            return;
        }
        flushAll();
        if (execute(links.confirm(domain().get(), block, context.preferences().author(), java.time.Instant.now()))) {
            status(MESSAGES.format("section.status.rechecked", block.getId()));
        }
    }

    void openEvidence(EvidenceLink link) {
        if (link.getEvidence() == null || !context.openEditor(link.getEvidence())) {
            status(MESSAGES.format("section.status.evidenceGone", link.getEvidence() != null ? link.getEvidence().getId() : link.getEvidenceId()));
        }
    }

    boolean canConfirmEvidence() {
        return links != null;
    }

    private void applyFindings() {
        staleFindings = staleEvidence();
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(staleFindings);
        List<String> own = new ArrayList<>();
        for (Finding f : findings) {
            if (section.getId().equals(f.problem().elementId())) {
                own.add("• " + f.problem().message());
            }
        }
        int inBlocks = 0;
        for (BlockEditor e : editors) {
            List<Finding> forBlock = all.stream().filter(f -> e.block.getId() != null && e.block.getId().equals(f.problem().elementId())).toList();
            inBlocks += forBlock.size();
            e.mark(forBlock);
        }
        String summary = findings.isEmpty() ? MESSAGES.get("section.findings.none")
                : MESSAGES.format(inBlocks > staleFindings.size() ? "section.findings.underlined" : "section.findings", findings.size());
        if (!staleFindings.isEmpty()) {
            summary += " " + MESSAGES.format("section.findings.stale", staleFindings.size());
        }
        sectionFindings.setText(summary + (own.isEmpty() ? "" : "\n" + String.join("\n", own)));
        relayout();
    }

    Color color(Severity s) {
        return s == Severity.ERROR ? error : s == Severity.WARNING ? warning : info;
    }

    String explain(Finding f) {
        StringBuilder b = new StringBuilder(f.problem().message());
        Optional<CheckInfo> info = checks.check(f.problem().code());
        info.ifPresent(i -> b.append("\n\nWhy: ").append(i.explanation()));
        if (f.quickFix() != null) {
            b.append("\nFix: ").append(f.quickFix());
        }
        info.ifPresent(i -> b.append("\n(").append(i.title()).append(", ").append(f.problem().severity().name().toLowerCase()).append("; ").append(f.problem().code()).append(")"));
        return b.toString();
    }

    Font bold() {
        return bold;
    }

    GuidanceProject root() {
        return context.project().map(Project::root).orElse(null);
    }

    KeyStroke completionKey() {
        try {
            return KeyStroke.getInstance("Ctrl+Space");
        } catch (ParseException e) {
            return null;
        }
    }

    boolean execute(Command c) {
        return context.execute(c);
    }

    void status(String message) {
        context.statusLine().setMessage(message);
    }

    // --- block commands

    void addBlock(int kind) {
        if (domain().isEmpty()) {
            return;
        }
        BlockEdits.Kind[] kinds = BlockEdits.Kind.values(); // in the order of the Add list
        Block block = BlockEdits.newBlock(kind >= 0 && kind < kinds.length ? kinds[kind] : BlockEdits.Kind.PARAGRAPH, section);
        CompoundCommand add = new CompoundCommand(MESSAGES.get("section.command.addBlock"));
        add.append(AddCommand.create(domain().get(), section, GuidancePackage.Literals.SECTION__BLOCKS, block));
        if (context.execute(add)) {
            BlockEditor e = editors.stream().filter(x -> x.block == block).findFirst().orElse(null);
            if (e != null && e.text != null) {
                e.text.setFocus();
                scroll.showControl(e.text);
            }
        }
    }

    boolean moveBlock(Block block, int delta) {
        int from = section.getBlocks().indexOf(block);
        int to = from + delta;
        if (domain().isEmpty() || from < 0 || to < 0 || to >= section.getBlocks().size()) {
            status(MESSAGES.get(delta < 0 ? "section.status.first" : "section.status.last"));
            return false;
        }
        CompoundCommand move = new CompoundCommand(MESSAGES.get("section.command.moveBlock"));
        move.append(MoveCommand.create(domain().get(), section, GuidancePackage.Literals.SECTION__BLOCKS, block, to));
        return context.execute(move);
    }

    boolean removeBlock(Block block) {
        if (domain().isEmpty()) {
            return false;
        }
        CompoundCommand remove = new CompoundCommand(MESSAGES.get("section.command.removeBlock"));
        remove.append(DeleteCommand.create(domain().get(), block));
        return context.execute(remove);
    }

    String label(Object element) {
        return context.modelLabels().getText(element);
    }

    /** Scrolls to a block and puts the caret on its first marked finding (or its start). */
    boolean reveal(Block block) {
        for (BlockEditor e : editors) {
            if (e.block == block) {
                Control c = e.text != null ? e.text : e.box;
                scroll.showControl(c);
                if (e.text != null) {
                    int at = e.marks.isEmpty() ? 0 : ((FindingRanges.Range) e.marks.get(0)[0]).start();
                    e.text.setSelection(at);
                }
                return true;
            }
        }
        return false;
    }

    /** Opened for a block (or something inside one) of this section: shows it with the focus and caret there. */
    @Override
    public boolean reveal(Object element) {
        for (Object e = element; e instanceof EObject eo; e = eo.eContainer()) {
            if (e instanceof Block block && block.eContainer() == section && reveal(block)) {
                for (BlockEditor editor : editors) {
                    if (editor.block == block) {
                        Control c = editor.text != null ? editor.text : editor.box;
                        c.setFocus();
                        scroll.showControl(c);
                    }
                }
                return true;
            }
        }
        return false;
    }

    void revealed(StyledText t) {
        scroll.showControl(t);
    }

    @Override
    public void setFocus() {
        if (!editors.isEmpty() && editors.get(0).text != null) {
            editors.get(0).text.setFocus();
        } else {
            heading.setFocus();
        }
    }

    /** Commits what was typed in any block and not yet committed. */
    void flushAll() {
        for (BlockEditor e : List.copyOf(editors)) {
            e.flush();
        }
    }

    @Override
    public void dispose() {
        content.getDisplay().removeFilter(SWT.KeyDown, flushFilter);
        content.getDisplay().removeFilter(SWT.MouseDown, flushFilter);
        content.getDisplay().removeFilter(SWT.Show, flushFilter);
        commitPendingEdits();
        checkLater.cancel();
        checkGeneration++;
    }

}
