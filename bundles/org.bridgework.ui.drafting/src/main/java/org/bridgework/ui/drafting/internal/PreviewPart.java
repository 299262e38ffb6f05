package org.bridgework.ui.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.AssemblyService;
import org.bridgework.assembly.api.HtmlExport;
import org.bridgework.assembly.api.VariantProvider;
import org.bridgework.core.api.Project;
import org.bridgework.model.Block;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Shows the section selected anywhere in the workbench (or the whole document) as the assembly renders it to HTML,
 * re-rendered in the background shortly after each change. Uses SWT's Browser; where no browser engine can be created
 * (no WebKitGTK), a read-only text of the rendered HTML with bold headings instead, and says so.
 * <p>
 * The "Context" selector lists the local contexts assembly can apply to the open project (the same list as
 * {@code bridgework assemble --context}); it follows installs and uninstalls as they happen. A chosen context that
 * goes away falls back to the national guidance and says so; a context that fails to apply is reported in the
 * status under the selector.
 */
final class PreviewPart implements Part {

    private static final Messages MESSAGES = Messages.of(PreviewPart.class);

    static final int DELAY = 400;

    private final PartContext context;
    private final AssemblyService assembly;
    private final HtmlExport export;
    final Label caption;
    final Button whole;
    final Label contextLabel;
    final Combo contextCombo;
    /** Messages about the chosen context (gone, failed to apply); hidden when empty. */
    final Label status;
    /** The contexts behind the combo's items after the first ("None"). */
    private List<VariantProvider.Context> contexts = List.of();
    /** The chosen context's id, or null for the national guidance. */
    private String contextId;
    /** Whether the status shows a failure to apply the context (cleared by the next successful render). */
    private boolean applyError;
    private final AutoCloseable changeSubscription;
    final Browser browser;
    final StyledText text;
    private final Debouncer later;
    private Section section;
    private int generation;
    private String shownId;
    /** The last HTML shown (for tests and for the fallback's heading styles). */
    String html = "";
    /** The note under the fallback text, or null with a browser. */
    Label notice;
    /** Why the fallback is in use, or null when the browser is. */
    final String fallbackReason;

    static final String NONE = MESSAGES.get("preview.context.none");

    PreviewPart(Composite parent, PartContext context, AssemblyService assembly, HtmlExport export, ContextChanges changes) {
        this.context = context;
        this.assembly = assembly;
        this.export = export;
        Composite root = new Composite(parent, SWT.NONE);
        // one control a line: beside the check box a narrow view cut the caption to "Whole docun..."
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        layout.marginRight = 3; // the check box's text and the selector's arrow clear the view's edge
        root.setLayout(layout);
        caption = new Label(root, SWT.NONE);
        GridData cd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        cd.widthHint = 40; // as wide as the view, never wider
        caption.setLayoutData(cd);
        whole = new Button(root, SWT.CHECK);
        whole.setText(MESSAGES.get("preview.whole"));
        whole.setToolTipText(MESSAGES.get("preview.whole.tip"));
        whole.addListener(SWT.Selection, e -> render());
        Composite row = new Composite(root, SWT.NONE);
        GridLayout rowLayout = new GridLayout(2, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        row.setLayout(rowLayout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        contextLabel = new Label(row, SWT.NONE);
        contextLabel.setText(MESSAGES.get("preview.context.label"));
        contextCombo = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData comboData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        comboData.widthHint = 80; // fills the row; a long context name must not widen the view past its edge
        contextCombo.setLayoutData(comboData);
        contextCombo.setItems(NONE);
        contextCombo.select(0);
        contextCombo.setToolTipText(CONTEXT_HELP);
        contextLabel.setToolTipText(CONTEXT_HELP);
        contextCombo.addListener(SWT.Selection, e -> contextChosen());
        // without change notification (and as a safety net with it): the list is fresh whenever the user reaches for it
        contextCombo.addListener(SWT.FocusIn, e -> refreshContexts());
        contextCombo.addListener(SWT.MouseDown, e -> refreshContexts());
        status = new Label(root, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        sd.widthHint = 100;
        sd.exclude = true;
        status.setLayoutData(sd);
        status.setVisible(false);
        Browser b = null;
        String reason = null;
        try {
            b = new Browser(root, SWT.NONE);
        } catch (SWTError | RuntimeException | LinkageError e) {
            reason = e.getMessage();
        }
        browser = b;
        fallbackReason = reason;
        if (browser == null) {
            text = new StyledText(root, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            text.setMargins(8, 8, 8, 8);
            text.setToolTipText(MESSAGES.format("preview.text.tip", reason));
            layoutBody(text);
            notice = new Label(root, SWT.WRAP);
            notice.setText(MESSAGES.get("preview.notice.plainText"));
            GridData nd = new GridData(SWT.FILL, SWT.END, true, false, 2, 1);
            nd.widthHint = 100;
            notice.setLayoutData(nd);
        } else {
            text = null;
            layoutBody(browser);
        }
        later = new Debouncer(parent.getDisplay(), DELAY, this::render);
        org.eclipse.swt.widgets.Display display = parent.getDisplay();
        AutoCloseable subscription = null;
        if (changes != null) {
            try {
                subscription = changes.subscribe(() -> {
                    if (!display.isDisposed()) {
                        display.asyncExec(() -> {
                            if (!contextCombo.isDisposed()) {
                                refreshContexts();
                            }
                        });
                    }
                });
            } catch (RuntimeException e) {
                setStatus(MESSAGES.format("preview.status.refreshLater", message(e)));
            }
        }
        changeSubscription = subscription;
        context.selection().addSelectionListener((source, selection) -> {
            Section s = sectionOf(selection instanceof IStructuredSelection ss ? ss.getFirstElement() : null);
            if (s != null && s != section) {
                section = s;
                later.schedule();
            }
        });
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectOpened(Project p) {
                section = null;
                refreshContexts();
                later.schedule();
            }

            @Override
            public void projectClosed(Project p) {
                section = null;
                refreshContexts();
                later.schedule();
            }

            @Override
            public void projectChanged(Project p) {
                // the project's own adaptations name contexts too
                refreshContexts();
                later.schedule();
            }
        });
        Object first = context.selection().getSelection() instanceof IStructuredSelection ss ? ss.getFirstElement() : null;
        section = sectionOf(first);
        refreshContexts();
        render();
    }

    static final String CONTEXT_HELP = MESSAGES.get("preview.context.help");

    /** Re-reads the contexts assembly can apply; keeps the choice, or falls back to None (with a message) when it went away. */
    void refreshContexts() {
        if (contextCombo.isDisposed()) {
            return;
        }
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        if (root == null && contextId != null) {
            // no project, nothing to adapt: the choice ends with the project, which is no reason for a message
            generation++; // a rendering still running for the closed project reports nothing
            contextId = null;
            applyError = false;
            updateContextTooltip();
            setStatus(null);
        }
        List<VariantProvider.Context> now;
        try {
            now = root == null ? List.of() : assembly.contexts(root);
        } catch (RuntimeException e) {
            now = List.of();
            setStatus(MESSAGES.format("preview.status.listFailed", message(e)));
        }
        int before = indexOf(contextId);
        String goneName = before < 0 ? "'" + contextId + "'" : "'" + contexts.get(before).label() + "' (" + contextId + ")";
        if (!now.equals(contexts)) {
            contexts = List.copyOf(now);
            List<String> items = new ArrayList<>();
            items.add(NONE);
            for (VariantProvider.Context c : contexts) {
                items.add(c.label().equals(c.id()) ? c.label() : c.label() + " (" + c.id() + ")");
            }
            contextCombo.setItems(items.toArray(String[]::new));
        }
        int index = indexOf(contextId);
        if (contextId != null && index < 0) {
            contextId = null;
            applyError = false;
            contextCombo.select(0);
            updateContextTooltip();
            setStatus(MESSAGES.format("preview.status.contextGone", goneName));
            render();
            return;
        }
        if (contextCombo.getSelectionIndex() != index + 1) {
            contextCombo.select(index + 1);
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < contexts.size(); i++) {
            if (contexts.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void contextChosen() {
        int i = contextCombo.getSelectionIndex();
        String chosen = i <= 0 || i > contexts.size() ? null : contexts.get(i - 1).id();
        if (Objects.equals(chosen, contextId)) {
            return;
        }
        contextId = chosen;
        updateContextTooltip();
        applyError = false;
        setStatus(null);
        render();
    }

    private void updateContextTooltip() {
        int i = indexOf(contextId);
        String description = i < 0 ? null : contexts.get(i).description();
        contextCombo.setToolTipText(i < 0 ? CONTEXT_HELP
                : contexts.get(i).label() + (description == null || description.isBlank() ? "" : ": " + description) + "\n\n" + CONTEXT_HELP);
    }

    /** Shows {@code message} under the selector, or hides the status when null. */
    void setStatus(String message) {
        if (status.isDisposed()) {
            return;
        }
        boolean show = message != null && !message.isBlank();
        status.setText(show ? message : "");
        status.setToolTipText(show ? message : null);
        if (status.getVisible() != show) {
            status.setVisible(show);
            ((GridData) status.getLayoutData()).exclude = !show;
        }
        status.getParent().layout(true, true);
    }

    private static String message(Throwable t) {
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The chosen context's id, or null for the national guidance. */
    String contextId() {
        return contextId;
    }

    private static void layoutBody(Control c) {
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    }

    static Section sectionOf(Object element) {
        for (EObject e = element instanceof EObject o ? o : null; e != null; e = e.eContainer()) {
            if (e instanceof Section s) {
                return s;
            }
            if (!(e instanceof Block) && !(e instanceof org.bridgework.model.ChecklistItem)) {
                return null;
            }
        }
        return null;
    }

    /** Renders now: copies the model on the UI thread, builds and writes the HTML in the background. */
    void render() {
        if (caption.isDisposed()) {
            return;
        }
        GuidanceProject root = context.project().map(Project::root).orElse(null);
        if (root == null || root.getDocument() == null) {
            generation++;
            caption.setText(MESSAGES.get("preview.caption.noDocument"));
            show("<html><body><p>" + MESSAGES.get("preview.html.noDocument") + "</p></body></html>");
            return;
        }
        Section target = whole.getSelection() || section == null || section.eContainer() == null || EcoreUtil.getRootContainer(section) != root ? null : section;
        GuidanceProject copy = EcoreUtil.copy(root);
        String anchorId = target == null ? null : target.getId();
        String chosen = contextId;
        int ci = indexOf(chosen);
        String contextName = ci < 0 ? chosen : contexts.get(ci).label();
        String label = target == null ? MESSAGES.get("preview.caption.whole") : MESSAGES.format("preview.caption.section", target.getHeading());
        int mine = ++generation;
        caption.setText(MESSAGES.format("preview.caption.rendering", label));
        context.jobs().schedule(MESSAGES.get("preview.job"), monitor -> {
            AssembledDocument doc = assembly.build(copy, chosen, AssemblyProgress.NONE);
            if (anchorId != null) {
                AssembledDocument.Section s = find(doc.sections(), anchorId);
                if (s != null) {
                    doc = new AssembledDocument(doc.metadata(), List.of(), List.of(), List.of(s), doc.bibliography(), List.of(), List.of(), List.of());
                }
            }
            return export.html(doc, HtmlExport.HtmlOptions.screen());
        }).whenDone((result, failure) -> {
            if (mine != generation || caption.isDisposed()) {
                return;
            }
            if (failure != null) {
                if (!(failure instanceof CancellationException)) {
                    caption.setText(MESSAGES.format("preview.caption.failed", label, message(failure)));
                    if (chosen != null && chosen.equals(contextId)) {
                        setStatus(MESSAGES.format("preview.status.applyFailed", contextName, message(failure), NONE));
                        applyError = true;
                    }
                }
                return;
            }
            caption.setText(label);
            if (applyError) {
                applyError = false;
                setStatus(null);
            }
            String how = browser == null ? MESSAGES.format("preview.caption.tip.text", fallbackReason) : MESSAGES.get("preview.caption.tip.html");
            caption.setToolTipText(chosen == null ? MESSAGES.format("preview.caption.tip", label, how) : MESSAGES.format("preview.caption.tip.context", label, contextName, how));
            boolean sameTarget = java.util.Objects.equals(anchorId, shownId);
            shownId = anchorId;
            show(result, sameTarget);
        });
    }

    private static AssembledDocument.Section find(List<AssembledDocument.Section> sections, String anchor) {
        for (AssembledDocument.Section s : sections) {
            if (s.anchor().equals(anchor)) {
                return s;
            }
            AssembledDocument.Section below = find(s.subsections(), anchor);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private void show(String value) {
        show(value, false);
    }

    private void show(String value, boolean keepScroll) {
        html = value;
        if (browser != null) {
            browser.setText(value, true);
            return;
        }
        HtmlText.Result r = HtmlText.of(value);
        int top = keepScroll ? text.getTopIndex() : 0;
        text.setText(r.text());
        for (HtmlText.Heading h : r.headings()) {
            StyleRange s = new StyleRange();
            s.start = h.start();
            s.length = h.length();
            s.fontStyle = SWT.BOLD;
            s.rise = 0;
            text.setStyleRange(s);
        }
        text.setTopIndex(Math.min(top, Math.max(0, text.getLineCount() - 1)));
    }

    Section section() {
        return section;
    }

    @Override
    public void setFocus() {
        (browser != null ? (Control) browser : text).setFocus();
    }

    @Override
    public void dispose() {
        later.cancel();
        generation++;
        if (changeSubscription != null) {
            try {
                changeSubscription.close();
            } catch (Exception e) {
                // the registry is going away too: nothing left to stop
            }
        }
    }
}
