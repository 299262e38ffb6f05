package org.bridgework.ui.drafting.internal;

import org.bridgework.drafting.api.BlockEdits;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.model.EvidenceLink;
import org.bridgework.model.derive.Provenance;
import org.bridgework.drafting.api.Finding;
import org.bridgework.model.Block;
import org.bridgework.model.Callout;
import org.bridgework.model.CalloutKind;
import org.bridgework.model.GuidancePackage;
import org.bridgework.ui.api.Messages;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The widgets of one block. */
final class BlockEditor {

    private static final Messages MESSAGES = Messages.of(BlockEditor.class);
    final SectionEditorPart part;
    final Block block;
    final Composite box;
    final StyledText text;
    final Combo calloutKind;
    /** The case study chooser of a case study embed, else null. */
    Combo caseStudy;
    final Debouncer commitLater;
    private final ContentProposalAdapter assist;
    boolean dirty;
    private boolean syncing;
    /** The marked ranges and their findings, in the text's offsets. */
    final List<Object[]> marks = new ArrayList<>();

    BlockEditor(SectionEditorPart part, Composite parent, Block block) {
        this.part = part;
        this.block = block;
        box = new Composite(parent, SWT.NONE);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(5, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        box.setLayout(layout);
        Label kind = new Label(box, SWT.NONE);
        kind.setFont(part.bold());
        kind.setText(BlockEdits.kindName(block));
        kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (block instanceof Callout c) {
            calloutKind = new Combo(box, SWT.READ_ONLY);
            calloutKind.setItems(MESSAGES.get("block.callout.key"), MESSAGES.get("block.callout.nhs"), MESSAGES.get("block.callout.he"));
            calloutKind.select(c.getKind() == null ? 0 : c.getKind().getValue());
            calloutKind.setToolTipText(MESSAGES.get("block.callout.tip"));
            calloutKind.addListener(SWT.Selection, e -> setCalloutKind(CalloutKind.get(calloutKind.getSelectionIndex())));
        } else {
            calloutKind = null;
            new Label(box, SWT.NONE).setLayoutData(new GridData(0, 0));
        }
        Button up = button(MESSAGES.get("block.button.up"), MESSAGES.get("block.button.up.tip"), () -> part.moveBlock(block, -1));
        Button down = button(MESSAGES.get("block.button.down"), MESSAGES.get("block.button.down.tip"), () -> part.moveBlock(block, 1));
        Button remove = button(MESSAGES.get("block.button.remove"), MESSAGES.get("block.button.remove.tip"), () -> part.removeBlock(block));
        up.setEnabled(part.section.getBlocks().indexOf(block) > 0);
        down.setEnabled(part.section.getBlocks().indexOf(block) < part.section.getBlocks().size() - 1);
        remove.setEnabled(true);
        commitLater = new Debouncer(parent.getDisplay(), SectionEditorPart.COMMIT_DELAY, this::commit);
        String initial = BlockEdits.textOf(block);
        if (initial == null && block instanceof org.bridgework.model.CaseStudyEmbed embed && part.root() != null) {
            text = null;
            assist = null;
            List<org.bridgework.model.CaseStudy> studies = List.copyOf(part.root().getCaseStudies());
            caseStudy = new Combo(box, SWT.READ_ONLY);
            caseStudy.setItems(studies.stream().map(c -> SectionEditorPart.nz(c.getTitle())).toArray(String[]::new));
            caseStudy.select(studies.indexOf(embed.getCaseStudy()));
            caseStudy.setToolTipText(MESSAGES.get("block.caseStudy.tip"));
            caseStudy.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
            caseStudy.addListener(SWT.Selection, e -> {
                int i = caseStudy.getSelectionIndex();
                if (i >= 0 && studies.get(i) != embed.getCaseStudy() && part.domain().isPresent()) {
                    CompoundCommand c = new CompoundCommand(MESSAGES.get("block.command.changeCaseStudy"));
                    c.append(SetCommand.create(part.domain().get(), embed, GuidancePackage.Literals.CASE_STUDY_EMBED__CASE_STUDY, studies.get(i)));
                    part.execute(c);
                }
            });
            return;
        }
        if (initial == null) {
            text = null;
            assist = null;
            Label other = new Label(box, SWT.WRAP);
            other.setText(MESSAGES.format("block.other", part.label(block)));
            GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1);
            gd.widthHint = 200;
            other.setLayoutData(gd);
            return;
        }
        text = new StyledText(box, SWT.MULTI | SWT.WRAP | SWT.BORDER);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1);
        gd.widthHint = 200;
        gd.minimumHeight = 3 * text.getLineHeight();
        text.setLayoutData(gd);
        text.setMargins(4, 4, 4, 4);
        text.setText(initial);
        String name = BlockEdits.kindName(block);
        text.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
            @Override
            public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = name; // what a screen reader announces for the field
            }

            @Override
            public void getHelp(org.eclipse.swt.accessibility.AccessibleEvent e) {
                e.result = MESSAGES.get("block.text.name");
            }
        });
        text.setData("block", block);
        text.addListener(SWT.Modify, e -> {
            if (!syncing) {
                dirty = true;
                commitLater.schedule();
                part.pendingChanged();
            }
            part.relayout();
        });
        text.addListener(SWT.FocusOut, e -> flush());
        text.addListener(SWT.FocusIn, e -> part.revealed(text));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true; // Tab moves on; Ctrl+Tab inserts nothing either
            }
        });
        text.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
                e.doit = false;
                flush();
                part.moveBlock(block, e.keyCode == SWT.ARROW_UP ? -1 : 1);
            } else if ((e.stateMask & SWT.MOD1) != 0 && e.keyCode == '1') {
                e.doit = false; // Ctrl+1: the quick fixes at the caret
                Point at = text.getLocationAtOffset(text.getCaretOffset());
                Point display = text.toDisplay(at.x, at.y + text.getLineHeight());
                text.getMenu().setLocation(display);
                text.getMenu().setVisible(true);
            }
        });
        text.addListener(SWT.MouseMove, e -> hover(new Point(e.x, e.y)));
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(text);
        text.setMenu(menu);
        menu.addListener(SWT.Show, e -> fillMenu(menu, text.getCaretOffset()));
        text.addListener(SWT.MenuDetect, e -> {
            // a right-click puts the caret where the mouse is, so the menu offers that place's fixes
            Point p = text.toControl(e.x, e.y);
            int offset = text.getOffsetAtPoint(p);
            if (offset >= 0 && e.detail == SWT.MENU_MOUSE) {
                text.setCaretOffset(offset);
            }
        });
        text.setToolTipText(MESSAGES.get("block.text.tip"));
        assist = new ContentProposalAdapter(text, new StyledTextContentAdapter(), new Completions(part::root), part.completionKey(), new char[] {'@', '#'});
        assist.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
        assist.setAutoActivationDelay(300);
        assist.setPopupSize(new Point(520, 160));
    }

    /** The fixes of the findings at {@code offset}. */
    List<QuickFixes.Fix> fixesAt(int offset) {
        List<QuickFixes.Fix> out = new ArrayList<>();
        for (Object[] m : marks) {
            FindingRanges.Range r = (FindingRanges.Range) m[0];
            if (offset >= r.start() && offset <= r.end()) {
                out.addAll(QuickFixes.fixes((Finding) m[1], text.getText(), r));
            }
        }
        return out;
    }

    /** Applies a fix to the text and commits it at once (one undoable command). */
    void apply(QuickFixes.Fix fix) {
        text.replaceTextRange(fix.start(), fix.end() - fix.start(), fix.replacement());
        text.setCaretOffset(fix.start() + fix.replacement().length());
        flush();
    }

    private void fillMenu(org.eclipse.swt.widgets.Menu menu, int offset) {
        for (org.eclipse.swt.widgets.MenuItem i : menu.getItems()) {
            i.dispose();
        }
        List<QuickFixes.Fix> fixes = fixesAt(offset);
        for (QuickFixes.Fix f : fixes) {
            org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
            item.setText(f.label().replace("&", "&&"));
            item.addListener(SWT.Selection, e -> apply(f));
        }
        boolean staleHere = marks.stream().anyMatch(m -> SectionEditorPart.STALE_CODE.equals(((Finding) m[1]).problem().code())
                && offset >= ((FindingRanges.Range) m[0]).start() && offset <= ((FindingRanges.Range) m[0]).end());
        if (staleHere) {
            org.eclipse.swt.widgets.MenuItem recheck = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
            recheck.setText(MESSAGES.get("block.menu.recheck"));
            recheck.setEnabled(part.canConfirmEvidence());
            recheck.addListener(SWT.Selection, e -> part.confirmEvidence(block));
            for (EvidenceLink link : SectionEditorPart.staleLinks(block)) {
                org.eclipse.swt.widgets.MenuItem open = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
                String id = link.getEvidence() != null ? link.getEvidence().getId() : link.getEvidenceId();
                open.setText(MESSAGES.format("block.menu.openEvidence", Provenance.kind(link.getEvidence()), id).replace("&", "&&"));
                open.setEnabled(link.getEvidence() != null);
                open.addListener(SWT.Selection, e -> part.openEvidence(link));
            }
        }
        if (fixes.isEmpty() && !staleHere) {
            org.eclipse.swt.widgets.MenuItem none = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
            none.setText(explanationAt(offset) == null ? MESSAGES.get("block.menu.noFinding") : MESSAGES.get("block.menu.noFix"));
            none.setEnabled(false);
        }
        new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
        org.eclipse.swt.widgets.MenuItem complete = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        complete.setText(MESSAGES.get("block.menu.complete"));
        complete.addListener(SWT.Selection, e -> assist.openProposalPopup());
    }

    ContentProposalAdapter assist() {
        return assist;
    }

    private Button button(String label, String tooltip, Runnable action) {
        Button b = new Button(box, SWT.PUSH);
        b.setText(label);
        b.setToolTipText(tooltip);
        b.addListener(SWT.Selection, e -> {
            flush();
            action.run();
        });
        return b;
    }

    private void setCalloutKind(CalloutKind kind) {
        if (part.domain().isPresent() && ((Callout) block).getKind() != kind) {
            CompoundCommand c = new CompoundCommand(MESSAGES.get("block.command.changeCallout"));
            c.append(SetCommand.create(part.domain().get(), block, GuidancePackage.Literals.CALLOUT__KIND, kind));
            part.execute(c);
        }
    }

    /** Commits pending typing now. */
    void flush() {
        commitLater.flush();
    }

    private void commit() {
        if (text == null || text.isDisposed() || !dirty || part.domain().isEmpty()) {
            return;
        }
        dirty = false;
        String value = text.getText();
        if (!value.equals(BlockEdits.textOf(block))) {
            part.execute(BlockEdits.setText(part.domain().get(), block, value));
        }
        part.pendingChanged();
    }

    void syncFromModel() {
        if (caseStudy != null && !caseStudy.isDisposed() && block instanceof org.bridgework.model.CaseStudyEmbed embed && part.root() != null) {
            caseStudy.select(part.root().getCaseStudies().indexOf(embed.getCaseStudy()));
        }
        if (text == null || text.isDisposed() || dirty) {
            return;
        }
        String model = BlockEdits.textOf(block);
        if (!model.equals(text.getText())) {
            syncing = true;
            try {
                int caret = text.getCaretOffset();
                text.setText(model);
                text.setCaretOffset(Math.min(caret, model.length()));
            } finally {
                syncing = false;
            }
        }
        if (calloutKind != null && block instanceof Callout c && c.getKind() != null) {
            calloutKind.select(c.getKind().getValue());
        }
    }

    void mark(List<Finding> findings) {
        marks.clear();
        if (text == null || text.isDisposed()) {
            return;
        }
        String value = text.getText();
        List<StyleRange> ranges = new ArrayList<>();
        for (Finding f : findings) {
            FindingRanges.Range r = FindingRanges.locate(f, value);
            if (r.end() <= r.start()) {
                continue;
            }
            marks.add(new Object[] {r, f});
            StyleRange s = new StyleRange();
            s.start = r.start();
            s.length = r.end() - r.start();
            s.underline = true;
            s.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
            s.underlineColor = part.color(f.problem().severity());
            ranges.add(s);
        }
        // overlapping ranges: StyledText wants them sorted and apart; keep the first of each overlap
        ranges.sort((a, b) -> Integer.compare(a.start, b.start));
        List<StyleRange> apart = new ArrayList<>();
        int end = -1;
        for (StyleRange s : ranges) {
            if (s.start >= end) {
                apart.add(s);
                end = s.start + s.length;
            }
        }
        text.setStyleRanges(apart.toArray(StyleRange[]::new));
    }

    /** The explanation of the findings at a point of the text (the tooltip), or the default tooltip. */
    String explanationAt(int offset) {
        List<String> out = new ArrayList<>();
        for (Object[] m : marks) {
            FindingRanges.Range r = (FindingRanges.Range) m[0];
            if (offset >= r.start() && offset < r.end()) {
                out.add(part.explain((Finding) m[1]));
            }
        }
        return out.isEmpty() ? null : String.join("\n\n", out);
    }

    private void hover(Point p) {
        int offset = text.getOffsetAtPoint(p);
        String tip = offset < 0 ? null : explanationAt(offset);
        String now = tip == null ? MESSAGES.get("block.text.tip") : tip;
        if (!now.equals(text.getToolTipText())) {
            text.setToolTipText(now);
        }
    }

    void dispose() {
        commitLater.cancel();
        if (!box.isDisposed()) {
            box.dispose();
        }
    }
}
