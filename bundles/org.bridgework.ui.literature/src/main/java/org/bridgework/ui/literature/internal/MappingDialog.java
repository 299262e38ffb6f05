package org.bridgework.ui.literature.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bridgework.model.Extract;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.Section;
import org.bridgework.ui.api.Messages;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Maps an extract to the challenges, scope items, criteria and document sections it is evidence for: a tree of
 * check boxes, one group per kind. OK hands the new mapping to the caller (which applies it as one command).
 */
final class MappingDialog extends Dialog {

    private static final Messages MESSAGES = Messages.of(MappingDialog.class);

    private static final GuidancePackage P = GuidancePackage.eINSTANCE;

    private final Extract extract;
    private final GuidanceProject project;
    private final Consumer<Map<EReference, List<EObject>>> onOk;
    Tree tree;

    MappingDialog(Shell parent, Extract extract, GuidanceProject project, Consumer<Map<EReference, List<EObject>>> onOk) {
        super(parent);
        this.extract = extract;
        this.project = project;
        this.onOk = onOk;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(MESSAGES.get("mapping.title"));
    }

    /** The features mapped, in the order shown, with what can be chosen for each. */
    Map<EReference, List<? extends Identified>> candidates() {
        Map<EReference, List<? extends Identified>> map = new LinkedHashMap<>();
        map.put(P.getExtract_Challenges(), project.getChallenges());
        map.put(P.getExtract_ScopeItems(), project.getScope() == null ? List.of() : project.getScope().getItems());
        map.put(P.getExtract_Criteria(), project.getCriteria());
        List<Section> sections = new ArrayList<>();
        if (project.getDocument() != null) {
            TreeIterator<EObject> it = project.getDocument().eAllContents();
            while (it.hasNext()) {
                EObject o = it.next();
                if (o instanceof Section s) {
                    sections.add(s);
                } else {
                    it.prune();
                }
            }
        }
        map.put(P.getExtract_Sections(), sections);
        return map;
    }

    private static String groupLabel(EReference feature) {
        return switch (feature.getName()) {
            case "challenges" -> MESSAGES.get("mapping.group.challenges");
            case "scopeItems" -> MESSAGES.get("mapping.group.scopeItems");
            case "criteria" -> MESSAGES.get("mapping.group.criteria");
            default -> MESSAGES.get("mapping.group.sections");
        };
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        String text = SourceTexts.nonNull(extract.getText());
        intro.setText(MESSAGES.format("mapping.intro", text.length() > 140 ? text.substring(0, 139) + "\u2026" : text));
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(intro);
        tree = new Tree(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 320).applyTo(tree);
        for (Map.Entry<EReference, List<? extends Identified>> e : candidates().entrySet()) {
            TreeItem group = new TreeItem(tree, SWT.NONE);
            group.setData(e.getKey());
            @SuppressWarnings("unchecked")
            List<EObject> current = (List<EObject>) extract.eGet(e.getKey());
            for (Identified candidate : e.getValue()) {
                TreeItem item = new TreeItem(group, SWT.NONE);
                item.setText(indent(candidate) + SourceTexts.label(candidate));
                item.setData(candidate);
                item.setChecked(current.contains(candidate));
            }
            group.setText(MESSAGES.format("mapping.group", groupLabel(e.getKey()), e.getValue().size()));
            updateGroup(group);
            group.setExpanded(e.getKey() == P.getExtract_Challenges() || group.getChecked());
        }
        tree.addListener(SWT.Selection, ev -> {
            if (ev.detail == SWT.CHECK && ev.item instanceof TreeItem item) {
                if (item.getParentItem() == null) {
                    // a group's box checks or clears all of it
                    boolean on = item.getChecked();
                    for (TreeItem child : item.getItems()) {
                        child.setChecked(on);
                    }
                    updateGroup(item);
                } else {
                    updateGroup(item.getParentItem());
                }
            }
        });
        return area;
    }

    private static String indent(Identified candidate) {
        int depth = 0;
        for (EObject c = candidate.eContainer(); c instanceof Section; c = c.eContainer()) {
            depth++;
        }
        return "    ".repeat(depth);
    }

    private static void updateGroup(TreeItem group) {
        int checked = 0;
        for (TreeItem child : group.getItems()) {
            if (child.getChecked()) {
                checked++;
            }
        }
        group.setChecked(checked > 0);
        group.setGrayed(checked > 0 && checked < group.getItemCount());
    }

    /** Checks or clears a candidate, as a click on its box does. */
    void setChecked(Identified candidate, boolean on) {
        for (TreeItem group : tree.getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getData() == candidate) {
                    item.setChecked(on);
                    updateGroup(group);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("not a candidate: " + candidate);
    }

    /** The checked elements per feature: those mapped already keep their order, new ones follow in project order. */
    Map<EReference, List<EObject>> chosen() {
        Map<EReference, List<EObject>> chosen = new LinkedHashMap<>();
        for (TreeItem group : tree.getItems()) {
            List<EObject> checked = new ArrayList<>();
            for (TreeItem item : group.getItems()) {
                if (item.getChecked()) {
                    checked.add((EObject) item.getData());
                }
            }
            @SuppressWarnings("unchecked")
            List<EObject> current = (List<EObject>) extract.eGet((EReference) group.getData());
            List<EObject> list = new ArrayList<>();
            for (EObject o : current) {
                if (checked.contains(o)) {
                    list.add(o);
                }
            }
            for (EObject o : checked) {
                if (!list.contains(o)) {
                    list.add(o);
                }
            }
            chosen.put((EReference) group.getData(), list);
        }
        return chosen;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, MESSAGES.get("mapping.button.map"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        Map<EReference, List<EObject>> chosen = chosen();
        super.okPressed();
        onOk.accept(chosen);
    }
}
