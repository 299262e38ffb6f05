package org.bridgework.ui.drafting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bridgework.drafting.api.EvidenceLinks;
import org.bridgework.model.Block;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Source;
import org.bridgework.model.derive.Derived;
import org.bridgework.model.derive.Provenance;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Edit &gt; Link Evidence... (Ctrl+Alt+E): link the selected block to an extract, case study or criterion, confirmed
 * now; one undoable change. The gate then flags the text stale when that evidence changes.
 */
@Component(service = CommandContribution.class)
public class LinkEvidenceCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(LinkEvidenceCommand.class);

    private final EvidenceLinks links;

    @Activate
    public LinkEvidenceCommand(@Reference EvidenceLinks links) {
        this.links = links;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.drafting.linkEvidence";
    }

    @Override
    public String label() {
        return MESSAGES.get("command.linkEvidence.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.linkEvidence.description");
    }

    @Override
    public String keySequence() {
        return "M1+M3+E"; // Ctrl+Shift+L is Key Assist, as in Eclipse
    }

    @Override
    public String menuPath() {
        return Menus.EDIT;
    }

    @Override
    public boolean isEnabled(WorkbenchContext context) {
        return selectedBlock(context) != null;
    }

    static Block selectedBlock(WorkbenchContext context) {
        return context.selection().getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Block b ? b : null;
    }

    @Override
    public void execute(WorkbenchContext context) {
        Block block = selectedBlock(context);
        GuidanceProject root = context.project().map(p -> p.root()).orElse(null);
        if (block == null || root == null) {
            return;
        }
        List<Identified> candidates = new ArrayList<>();
        for (Source s : root.getSources()) {
            candidates.addAll(s.getExtracts());
        }
        candidates.addAll(root.getCaseStudies());
        for (CaseStudy cs : root.getCaseStudies()) {
            candidates.addAll(cs.getBenefits());
            candidates.addAll(cs.getOutcomes());
        }
        candidates.addAll(root.getCriteria());
        ChooseDialog dialog = new ChooseDialog(context.shell(), block, candidates);
        if (dialog.open() == Dialog.OK && dialog.chosen != null) {
            context.execute(links.link(context.project().get().editingDomain(), block, dialog.chosen, null, null,
                    context.preferences().author(), Instant.now()));
            context.statusLine().setMessage(MESSAGES.format("linkEvidence.status.linked", block.getId(), Provenance.kind(dialog.chosen), dialog.chosen.getId()));
        }
    }

    /** A filter field over the candidates: type words of the id, kind or text. */
    static final class ChooseDialog extends Dialog {
        private final Block block;
        private final List<Identified> candidates;
        private final List<Identified> shown = new ArrayList<>();
        private org.eclipse.swt.widgets.List list;
        Identified chosen;

        ChooseDialog(Shell shell, Block block, List<Identified> candidates) {
            super(shell);
            this.block = block;
            this.candidates = candidates;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(MESSAGES.format("linkEvidence.title", block.getId()));
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            Label label = new Label(area, SWT.NONE);
            label.setText(MESSAGES.get("linkEvidence.label"));
            Text filter = new Text(area, SWT.SEARCH | SWT.BORDER);
            filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            list = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.widthHint = 560;
            data.heightHint = 320;
            list.setLayoutData(data);
            filter.addModifyListener(e -> fill(filter.getText()));
            list.addListener(SWT.DefaultSelection, e -> okPressed());
            fill("");
            return area;
        }

        private void fill(String query) {
            String q = query.strip().toLowerCase(Locale.ROOT);
            shown.clear();
            list.removeAll();
            for (Identified c : candidates) {
                String text = Provenance.kind(c) + " " + c.getId() + ": " + describe(c);
                if (q.isEmpty() || text.toLowerCase(Locale.ROOT).contains(q)) {
                    shown.add(c);
                    list.add(text.length() > 140 ? text.substring(0, 139) + "…" : text);
                }
            }
            if (!shown.isEmpty()) {
                list.select(0);
            }
        }

        private static String describe(Identified c) {
            return c instanceof Criterion cr && cr.getStatement() != null ? cr.getStatement() : String.valueOf(Derived.label(c));
        }

        @Override
        protected void okPressed() {
            int i = list.getSelectionIndex();
            chosen = i >= 0 && i < shown.size() ? shown.get(i) : null;
            super.okPressed();
        }
    }
}
