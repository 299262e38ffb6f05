package org.bridgework.ui.drafting.internal;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.AssemblyService;
import org.bridgework.assembly.api.HtmlExport;
import org.bridgework.core.api.Project;
import org.bridgework.model.Block;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Section;
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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Shows the section selected anywhere in the workbench (or the whole document) as the assembly renders it to HTML,
 * re-rendered in the background shortly after each change. Uses SWT's Browser; where no browser engine can be created
 * (no WebKitGTK), a read-only text of the rendered HTML with bold headings instead, and says so.
 */
final class PreviewPart implements Part {

    static final int DELAY = 400;

    private final PartContext context;
    private final AssemblyService assembly;
    private final HtmlExport export;
    final Label caption;
    final Button whole;
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

    PreviewPart(Composite parent, PartContext context, AssemblyService assembly, HtmlExport export) {
        this.context = context;
        this.assembly = assembly;
        this.export = export;
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        root.setLayout(layout);
        caption = new Label(root, SWT.NONE);
        caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        whole = new Button(root, SWT.CHECK);
        whole.setText("&Whole document");
        whole.setToolTipText("Preview the whole document instead of the selected section");
        whole.addListener(SWT.Selection, e -> render());
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
            text.setToolTipText("Text of the rendered HTML: no browser engine is available here (" + reason + ")");
            layoutBody(text);
            notice = new Label(root, SWT.WRAP);
            notice.setText("Plain-text preview: no web browser engine (WebKitGTK) could be started, so styles and images are not shown.");
            GridData nd = new GridData(SWT.FILL, SWT.END, true, false, 2, 1);
            nd.widthHint = 100;
            notice.setLayoutData(nd);
        } else {
            text = null;
            layoutBody(browser);
        }
        later = new Debouncer(parent.getDisplay(), DELAY, this::render);
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
                later.schedule();
            }

            @Override
            public void projectClosed(Project p) {
                section = null;
                later.schedule();
            }

            @Override
            public void projectChanged(Project p) {
                later.schedule();
            }
        });
        Object first = context.selection().getSelection() instanceof IStructuredSelection ss ? ss.getFirstElement() : null;
        section = sectionOf(first);
        render();
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
            caption.setText("No document to preview: open a project.");
            show("<html><body><p>No document to preview.</p></body></html>");
            return;
        }
        Section target = whole.getSelection() || section == null || section.eContainer() == null || EcoreUtil.getRootContainer(section) != root ? null : section;
        GuidanceProject copy = EcoreUtil.copy(root);
        String anchorId = target == null ? null : target.getId();
        String label = target == null ? "Whole document" : "Section '" + target.getHeading() + "'";
        int mine = ++generation;
        caption.setText(label + " (rendering...)");
        context.jobs().schedule("Rendering the preview", monitor -> {
            AssembledDocument doc = assembly.build(copy, null, AssemblyProgress.NONE);
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
                    caption.setText(label + ": could not render (" + failure.getMessage() + ")");
                }
                return;
            }
            caption.setText(label);
            caption.setToolTipText(browser == null ? "A text view of the rendered HTML: no browser engine (WebKitGTK) is available here (" + fallbackReason + ")"
                    : "As the HTML format renders it");
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
    }
}
