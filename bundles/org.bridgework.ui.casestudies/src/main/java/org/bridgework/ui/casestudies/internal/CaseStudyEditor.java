package org.bridgework.ui.casestudies.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bridgework.core.api.Project;
import org.bridgework.model.Assessment;
import org.bridgework.model.AssessmentResult;
import org.bridgework.model.Beneficiary;
import org.bridgework.model.Benefit;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.ConsensusStatus;
import org.bridgework.model.ContactRole;
import org.bridgework.model.Criterion;
import org.bridgework.model.EvidenceStrength;
import org.bridgework.model.EvidenceType;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Organisation;
import org.bridgework.model.OrganisationKind;
import org.bridgework.model.Outcome;
import org.bridgework.model.PartnershipContext;
import org.bridgework.model.ServiceModel;
import org.bridgework.model.StatusChange;
import org.bridgework.ui.api.CellEditing;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The case study editor: the partnership, the service, benefits, outcomes, challenges addressed and contacts (as
 * roles) on tabs. Every edit is an EMF command through {@link PartContext#execute}; the widgets follow the model
 * after every command (undo and redo included).
 */
final class CaseStudyEditor implements Part {

    private static final Messages MESSAGES = Messages.of(CaseStudyEditor.class);

    private static final GuidancePackage M = GuidancePackage.eINSTANCE;

    final CaseStudy cs;
    private final PartContext context;
    private final Edits edits;
    private boolean updating;
    private final Selection selection = new Selection();
    private TableViewer focused;

    final Composite root;
    final Label heading;
    final Label status;
    final CTabFolder tabs;
    final Text title;
    final Text region;
    final ComboViewer serviceModel;
    final Map<PartnershipContext, Button> contexts = new EnumMap<>(PartnershipContext.class);
    final CheckboxTableViewer hepPartners;
    final CheckboxTableViewer nhsPartners;
    /** The service's texts by feature: description, population served, referral route, funding, staffing. */
    final Map<EAttribute, Text> service = new LinkedHashMap<>();
    private final Map<EAttribute, Label> counts = new LinkedHashMap<>();
    final TableViewer benefits;
    final TableViewer outcomes;
    final CheckboxTableViewer challenges;
    final TableViewer contacts;
    final TableViewer criteria;
    final Button addBenefit;
    final Button removeBenefit;
    final Button addOutcome;
    final Button removeOutcome;
    final Button addContact;
    final Button removeContact;

    CaseStudyEditor(Composite parent, PartContext context, CaseStudy cs) {
        this.cs = cs;
        this.context = context;
        this.edits = new Edits(context);

        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(root);
        heading = new Label(root, SWT.WRAP);
        heading.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        tabs = new CTabFolder(root, SWT.BORDER | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

        // --- the partnership
        Composite p = page(MESSAGES.get("editor.partnership.tab"), MESSAGES.get("editor.partnership.tip"));
        title = text(p, MESSAGES.get("editor.title.label"), MESSAGES.get("editor.title.tip"), M.getCaseStudy_Title(), false);
        label(p, MESSAGES.get("editor.serviceModel.label"));
        serviceModel = new ComboViewer(p, SWT.READ_ONLY | SWT.DROP_DOWN);
        serviceModel.setContentProvider(ArrayContentProvider.getInstance());
        serviceModel.setLabelProvider(LabelProvider.createTextProvider(e -> Texts.choice((Enumerator) e)));
        serviceModel.setInput(ServiceModel.VALUES);
        serviceModel.getCombo().setToolTipText(MESSAGES.get("editor.serviceModel.tip"));
        serviceModel.addSelectionChangedListener(e -> {
            if (!updating && e.getStructuredSelection().getFirstElement() instanceof ServiceModel m) {
                edits.set(cs, M.getCaseStudy_ServiceModel(), m);
            }
        });
        GridDataFactory.fillDefaults().applyTo(serviceModel.getControl());
        region = text(p, MESSAGES.get("editor.region.label"), MESSAGES.get("editor.region.tip"), M.getCaseStudy_Region(), false);
        label(p, MESSAGES.get("editor.contexts.label"));
        Composite ctx = new Composite(p, SWT.NONE);
        RowLayout rows = new RowLayout(SWT.HORIZONTAL);
        rows.wrap = true;
        rows.marginLeft = rows.marginTop = rows.marginRight = rows.marginBottom = 0;
        ctx.setLayout(rows);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(ctx);
        for (PartnershipContext c : PartnershipContext.VALUES) {
            Button b = new Button(ctx, SWT.CHECK);
            b.setText(Texts.choice(c));
            b.setToolTipText(MESSAGES.get("editor.contexts.tip"));
            b.addListener(SWT.Selection, e -> {
                if (!updating) {
                    if (b.getSelection()) {
                        edits.add(cs, M.getCaseStudy_Contexts(), c);
                    } else {
                        edits.remove(cs, M.getCaseStudy_Contexts(), List.of(c));
                    }
                }
            });
            contexts.put(c, b);
        }
        Composite both = new Composite(p, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(12, 4).applyTo(both);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 6).applyTo(both);
        hepPartners = partners(both, MESSAGES.get("editor.hepPartners.label"), MESSAGES.get("editor.hepPartners.tip"));
        nhsPartners = partners(both, MESSAGES.get("editor.nhsPartners.label"),
                MESSAGES.get("editor.nhsPartners.tip"));

        // --- the service
        Composite s = page(MESSAGES.get("editor.service.tab"), MESSAGES.get("editor.service.tabTip"));
        serviceText(s, MESSAGES.get("editor.description.label"), MESSAGES.get("editor.description.tip"), M.getCaseStudy_Description(), 300, 6);
        serviceText(s, MESSAGES.get("editor.population.label"), MESSAGES.get("editor.population.tip"), M.getCaseStudy_PopulationServed(), 100, 3);
        serviceText(s, MESSAGES.get("editor.referral.label"), MESSAGES.get("editor.referral.tip"), M.getCaseStudy_ReferralRoute(), 150, 3);
        serviceText(s, MESSAGES.get("editor.funding.label"), MESSAGES.get("editor.funding.tip"), M.getCaseStudy_Funding(), 100, 3);
        serviceText(s, MESSAGES.get("editor.staffing.label"), MESSAGES.get("editor.staffing.tip"), M.getCaseStudy_Staffing(), 100, 3);

        // --- benefits
        Composite b = tablePage(MESSAGES.get("editor.benefits.tab"), MESSAGES.get("editor.benefits.tip"));
        benefits = table(b);
        column(benefits, MESSAGES.get("editor.benefits.column.beneficiary"), 110, o -> Texts.choice(((Benefit) o).getBeneficiary()),
                choiceEditing(benefits, M.getBenefit_Beneficiary(), Beneficiary.VALUES));
        column(benefits, MESSAGES.get("editor.benefits.column.benefit"), 270, o -> Texts.nz(((Benefit) o).getDescription()), textEditing(benefits, M.getBenefit_Description()));
        column(benefits, MESSAGES.get("editor.benefits.column.evidenceType"), 120, o -> Texts.choice(((Benefit) o).getEvidenceType()),
                choiceEditing(benefits, M.getBenefit_EvidenceType(), EvidenceType.VALUES));
        column(benefits, MESSAGES.get("editor.benefits.column.strength"), 90, o -> Texts.choice(((Benefit) o).getEvidenceStrength()),
                choiceEditing(benefits, M.getBenefit_EvidenceStrength(), EvidenceStrength.VALUES));
        Button[] bb = buttons(b, MESSAGES.get("editor.benefits.button.add"), MESSAGES.get("editor.benefits.button.remove"));
        addBenefit = bb[0];
        removeBenefit = bb[1];
        addBenefit.addListener(SWT.Selection, e -> {
            Benefit n = GuidanceFactory.eINSTANCE.createBenefit();
            n.setId(Edits.uniqueId(cs.eResource(), cs.getId() + "-benefit-" + (cs.getBenefits().size() + 1)));
            n.setBeneficiary(Beneficiary.STUDENTS);
            added(benefits, M.getCaseStudy_Benefits(), n, 1);
        });
        removeBenefit.addListener(SWT.Selection, e -> removeSelected(benefits, M.getCaseStudy_Benefits()));
        deleteKey(benefits, M.getCaseStudy_Benefits());

        // --- outcomes
        Composite o = tablePage(MESSAGES.get("editor.outcomes.tab"), MESSAGES.get("editor.outcomes.tip"));
        outcomes = table(o);
        column(outcomes, MESSAGES.get("editor.outcomes.column.measure"), 240, x -> Texts.nz(((Outcome) x).getMeasure()), textEditing(outcomes, M.getOutcome_Measure()));
        column(outcomes, MESSAGES.get("editor.outcomes.column.value"), 120, x -> Texts.nz(((Outcome) x).getValue()), textEditing(outcomes, M.getOutcome_Value()));
        column(outcomes, MESSAGES.get("editor.outcomes.column.period"), 90, x -> Texts.nz(((Outcome) x).getPeriod()), textEditing(outcomes, M.getOutcome_Period()));
        column(outcomes, MESSAGES.get("editor.outcomes.column.source"), 240, x -> Texts.nz(((Outcome) x).getSourceNote()), textEditing(outcomes, M.getOutcome_SourceNote()));
        Button[] ob = buttons(o, MESSAGES.get("editor.outcomes.button.add"), MESSAGES.get("editor.outcomes.button.remove"));
        addOutcome = ob[0];
        removeOutcome = ob[1];
        addOutcome.addListener(SWT.Selection, e -> {
            Outcome n = GuidanceFactory.eINSTANCE.createOutcome();
            n.setId(Edits.uniqueId(cs.eResource(), cs.getId() + "-outcome-" + (cs.getOutcomes().size() + 1)));
            added(outcomes, M.getCaseStudy_Outcomes(), n, 0);
        });
        removeOutcome.addListener(SWT.Selection, e -> removeSelected(outcomes, M.getCaseStudy_Outcomes()));
        deleteKey(outcomes, M.getCaseStudy_Outcomes());

        // --- challenges addressed
        Composite c = tablePage(MESSAGES.get("editor.challenges.tab"), MESSAGES.get("editor.challenges.tip"));
        challenges = CheckboxTableViewer.newCheckList(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        challenges.setContentProvider(ArrayContentProvider.getInstance());
        challenges.setLabelProvider(LabelProvider.createTextProvider(x -> Texts.nz(((Challenge) x).getTitle())));
        challenges.getTable().setToolTipText(MESSAGES.get("editor.challenges.table.tip"));
        challenges.addCheckStateListener(e -> {
            if (!updating) {
                if (e.getChecked()) {
                    edits.add(cs, M.getCaseStudy_ChallengesAddressed(), e.getElement());
                } else {
                    edits.remove(cs, M.getCaseStudy_ChallengesAddressed(), List.of(e.getElement()));
                }
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(challenges.getControl());

        // --- criteria assessments
        Composite a = tablePage(MESSAGES.get("editor.criteria.tab"), MESSAGES.get("editor.criteria.tip"));
        criteria = table(a);
        criteria.getTable().setToolTipText(MESSAGES.get("editor.criteria.table.tip"));
        column(criteria, MESSAGES.get("editor.criteria.column.criterion"), 320, x -> criterionLabel((Criterion) x), null);
        column(criteria, MESSAGES.get("editor.criteria.column.result"), 100, x -> assessment((Criterion) x) == null ? MESSAGES.get("editor.criteria.notAssessed") : Texts.choice(assessment((Criterion) x).getResult()),
                resultEditing(criteria));
        column(criteria, MESSAGES.get("editor.criteria.column.rationale"), 260, x -> assessment((Criterion) x) == null ? "" : Texts.nz(assessment((Criterion) x).getRationale()),
                rationaleEditing(criteria));
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(criteria.getControl());

        // --- contacts as roles
        Composite k = tablePage(MESSAGES.get("editor.contacts.tab"), MESSAGES.get("editor.contacts.tip"));
        contacts = table(k);
        column(contacts, MESSAGES.get("editor.contacts.column.role"), 300, x -> Texts.nz(((ContactRole) x).getRole()), textEditing(contacts, M.getContactRole_Role()));
        column(contacts, MESSAGES.get("editor.contacts.column.organisation"), 320, x -> Texts.organisation(((ContactRole) x).getOrganisation()), organisationEditing(contacts));
        Button[] kb = buttons(k, MESSAGES.get("editor.contacts.button.add"), MESSAGES.get("editor.contacts.button.remove"));
        addContact = kb[0];
        removeContact = kb[1];
        addContact.addListener(SWT.Selection, e -> {
            ContactRole n = GuidanceFactory.eINSTANCE.createContactRole();
            n.setOrganisation(cs.getPartners().isEmpty() ? null : cs.getPartners().get(0));
            added(contacts, M.getCaseStudy_Contacts(), n, 0);
        });
        removeContact.addListener(SWT.Selection, e -> removeSelected(contacts, M.getCaseStudy_Contacts()));
        deleteKey(contacts, M.getCaseStudy_Contacts());

        tabs.setSelection(0);
        context.setSelectionProvider(selection);
        for (TableViewer v : List.of(benefits, outcomes, contacts)) {
            v.addSelectionChangedListener(e -> {
                focused = v;
                selection.fire();
            });
        }
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectChanged(Project project) {
                refresh();
            }
        });
        refresh();
    }

    // --- building

    private Composite page(String name, String tip) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(name);
        item.setToolTipText(MESSAGES.format("editor.tab.tip", tip));
        ScrolledComposite scroll = new ScrolledComposite(tabs, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite page = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(8, 6).applyTo(page);
        scroll.setContent(page);
        scroll.addListener(SWT.Resize, e -> {
            int width = scroll.getClientArea().width;
            scroll.setMinSize(page.computeSize(width, SWT.DEFAULT));
        });
        item.setControl(scroll);
        return page;
    }

    private Composite tablePage(String name, String tip) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(name);
        item.setToolTipText(MESSAGES.format("editor.tab.tip", tip));
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).spacing(8, 6).applyTo(page);
        Label intro = new Label(page, SWT.WRAP);
        intro.setText(tip + ".");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(intro);
        item.setControl(page);
        return page;
    }

    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(l);
        return l;
    }

    private Text text(Composite parent, String label, String tip, EAttribute feature, boolean multi) {
        label(parent, label).setToolTipText(tip);
        Text t = new Text(parent, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        t.setToolTipText(tip);
        t.setMessage(tip);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(t);
        commitOn(t, feature, multi);
        return t;
    }

    private void serviceText(Composite parent, String label, String tip, EAttribute feature, int limit, int lines) {
        Composite l = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(l);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
        Label name = new Label(l, SWT.NONE);
        name.setText(label);
        name.setToolTipText(tip);
        Label count = new Label(l, SWT.NONE);
        count.setToolTipText(MESSAGES.format("editor.words.limit.tip", limit));
        counts.put(feature, count);
        Text t = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        t.setToolTipText(MESSAGES.format("editor.service.tip", tip, limit));
        t.setData("limit", limit);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, t.getLineHeight() * lines + 6).applyTo(t);
        t.addListener(SWT.Modify, e -> count(feature));
        commitOn(t, feature, true);
        service.put(feature, t);
    }

    private void count(EAttribute feature) {
        Text t = service.get(feature);
        Label l = counts.get(feature);
        int limit = (Integer) t.getData("limit");
        int n = Texts.words(t.getText());
        l.setText(MESSAGES.format("editor.words.count", n, limit));
        l.setForeground(n > limit ? t.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        l.getParent().layout();
    }

    /** A text commits when it loses the focus (and single-line ones on Enter); Tab leaves a multi-line text. */
    private void commitOn(Text t, EAttribute feature, boolean multi) {
        t.addListener(SWT.Modify, e -> {
            if (!updating) {
                t.setData("typing", Boolean.TRUE);
            }
        });
        t.addListener(SWT.FocusOut, e -> commit(t, feature));
        if (multi) {
            t.addListener(SWT.Traverse, e -> {
                if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                    e.doit = true;
                }
            });
        } else {
            t.addListener(SWT.DefaultSelection, e -> commit(t, feature));
        }
    }

    private void commit(Text t, EAttribute feature) {
        if (!updating && !root.isDisposed() && !t.isDisposed() && cs.eResource() != null) {
            t.setData("typing", Boolean.FALSE);
            edits.setText(cs, feature, t.getText());
        }
    }

    /** A column with the label above a list of organisations to tick. */
    private CheckboxTableViewer partners(Composite parent, String label, String tip) {
        Composite column = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(column);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(column);
        Label l = new Label(column, SWT.NONE);
        l.setText(label);
        l.setToolTipText(tip);
        CheckboxTableViewer v = CheckboxTableViewer.newCheckList(column, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        v.setContentProvider(ArrayContentProvider.getInstance());
        v.setLabelProvider(LabelProvider.createTextProvider(x -> Texts.organisation((Organisation) x)));
        v.getTable().setToolTipText(MESSAGES.format("editor.partners.tip", tip));
        v.addCheckStateListener(e -> {
            if (!updating) {
                if (e.getChecked()) {
                    edits.add(cs, M.getCaseStudy_Partners(), e.getElement());
                } else {
                    edits.remove(cs, M.getCaseStudy_Partners(), List.of(e.getElement()));
                }
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).hint(150, v.getTable().getItemHeight() * 9).applyTo(v.getControl());
        return v;
    }

    private TableViewer table(Composite parent) {
        TableViewer v = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        v.setContentProvider(ArrayContentProvider.getInstance());
        v.getTable().setHeaderVisible(true);
        v.getTable().setLinesVisible(true);
        v.getTable().setToolTipText(MESSAGES.get("editor.table.tip"));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(v.getControl());
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(v) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                return e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || (e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && (e.keyCode == SWT.F2 || e.keyCode == SWT.CR));
            }
        };
        TableViewerEditor.create(v, activation, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        return v;
    }

    private static void column(TableViewer v, String name, int width, Function<Object, String> text, EditingSupport editing) {
        TableViewerColumn c = new TableViewerColumn(v, SWT.LEFT);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
        c.setEditingSupport(editing);
    }

    private Button[] buttons(Composite parent, String add, String remove) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(bar);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(bar);
        Button a = new Button(bar, SWT.PUSH);
        a.setText(add);
        a.setToolTipText(MESSAGES.get("editor.button.add.tip"));
        Button r = new Button(bar, SWT.PUSH);
        r.setText(remove);
        r.setToolTipText(MESSAGES.get("editor.button.remove.tip"));
        GridDataFactory.fillDefaults().applyTo(a);
        GridDataFactory.fillDefaults().applyTo(r);
        return new Button[] {a, r};
    }

    private void added(TableViewer viewer, EReference feature, EObject element, int editColumn) {
        if (edits.add(cs, feature, element)) {
            viewer.setSelection(new StructuredSelection(element), true);
            viewer.getControl().setFocus();
            viewer.editElement(element, editColumn);
        }
    }

    /** Delete in the table removes the selected rows, like the Remove button. */
    private void deleteKey(TableViewer viewer, EReference feature) {
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && e.stateMask == 0 && !viewer.isCellEditorActive()) {
                removeSelected(viewer, feature);
            }
        });
    }

    private void removeSelected(TableViewer viewer, EReference feature) {
        List<?> selected = viewer.getStructuredSelection().toList();
        edits.remove(cs, feature, selected);
    }

    // --- following the model

    void refresh() {
        if (root.isDisposed()) {
            return;
        }
        updating = true;
        try {
            boolean alive = cs.eResource() != null;
            String name = Texts.nz(cs.getTitle()).isEmpty() ? cs.getId() : cs.getTitle();
            heading.setText(name);
            context.setTitle(name);
            StatusChange last = cs.getStatusHistory().isEmpty() ? null : cs.getStatusHistory().get(cs.getStatusHistory().size() - 1);
            String collection = last != null && last.getDate() != null && last.getStatus() == cs.getCollectionStatus()
                    ? MESSAGES.format("editor.status.collectionSince", Texts.choice(cs.getCollectionStatus()), last.getDate().toString())
                    : MESSAGES.format("editor.status.collection", Texts.choice(cs.getCollectionStatus()));
            status.setText(MESSAGES.format(alive ? "editor.status" : "editor.status.gone", collection,
                    MESSAGES.get(cs.isModelOfGoodPractice() ? "editor.status.goodPractice" : "editor.status.notGoodPractice"), cs.getId()));
            sync(title, cs.getTitle());
            sync(region, cs.getRegion());
            serviceModel.setSelection(cs.eIsSet(M.getCaseStudy_ServiceModel()) ? new StructuredSelection(cs.getServiceModel()) : StructuredSelection.EMPTY);
            for (Map.Entry<PartnershipContext, Button> e : contexts.entrySet()) {
                e.getValue().setSelection(cs.getContexts().contains(e.getKey()));
            }
            GuidanceProject project = cs.eContainer() instanceof GuidanceProject g ? g : null;
            List<Organisation> heps = new ArrayList<>();
            List<Organisation> others = new ArrayList<>();
            if (project != null) {
                for (Organisation o : project.getOrganisations()) {
                    (o.getKind() == OrganisationKind.HEP ? heps : others).add(o);
                }
            }
            for (Organisation o : cs.getPartners()) { // partners from elsewhere stay visible
                if (!heps.contains(o) && !others.contains(o)) {
                    (o.getKind() == OrganisationKind.HEP ? heps : others).add(o);
                }
            }
            others.sort((a, b) -> Integer.compare(nhsRank(a), nhsRank(b)));
            hepPartners.setInput(heps);
            hepPartners.setCheckedElements(cs.getPartners().stream().filter(heps::contains).toArray());
            nhsPartners.setInput(others);
            nhsPartners.setCheckedElements(cs.getPartners().stream().filter(others::contains).toArray());
            for (Map.Entry<EAttribute, Text> e : service.entrySet()) {
                sync(e.getValue(), (String) cs.eGet(e.getKey()));
                count(e.getKey());
            }
            benefits.setInput(cs.getBenefits().toArray());
            outcomes.setInput(cs.getOutcomes().toArray());
            contacts.setInput(cs.getContacts().toArray());
            challenges.setInput(project == null ? cs.getChallengesAddressed().toArray() : project.getChallenges().toArray());
            challenges.setCheckedElements(cs.getChallengesAddressed().toArray());
            criteria.setInput(project == null ? new Object[0]
                    : project.getCriteria().stream().filter(c -> c.getConsensusStatus() != ConsensusStatus.EXCLUDE).toArray());
            setEnabled(tabs, alive);
            removeBenefit.setEnabled(alive && !cs.getBenefits().isEmpty());
            removeOutcome.setEnabled(alive && !cs.getOutcomes().isEmpty());
            removeContact.setEnabled(alive && !cs.getContacts().isEmpty());
            root.layout(true, true);
        } finally {
            updating = false;
        }
    }

    /** NHS organisations first, then the rest. */
    private static int nhsRank(Organisation o) {
        OrganisationKind k = o.getKind();
        return k == OrganisationKind.NHS_TRUST || k == OrganisationKind.ICB || k == OrganisationKind.GP_PRACTICE ? 0 : 1;
    }

    private static void setEnabled(Control c, boolean enabled) {
        if (c instanceof Composite comp && !(c instanceof org.eclipse.swt.widgets.Table)) {
            for (Control child : comp.getChildren()) {
                setEnabled(child, enabled);
            }
        } else {
            c.setEnabled(enabled);
        }
    }

    /** Shows the model's text unless the user is typing something else in it right now. */
    private static void sync(Text t, String value) {
        String v = Texts.nz(value);
        if (!t.getText().equals(v) && !(t.isFocusControl() && Boolean.TRUE.equals(t.getData("typing")))) {
            t.setText(v);
        }
    }

    @Override
    public void setFocus() {
        title.setFocus();
    }

    /** The selected row of the tab's table, else the case study itself (Properties and commands follow it). */
    private final class Selection implements ISelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) {
            listeners.add(l);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) {
            listeners.remove(l);
        }

        @Override
        public ISelection getSelection() {
            if (focused != null && !focused.getControl().isDisposed() && !focused.getSelection().isEmpty()) {
                return focused.getSelection();
            }
            return new StructuredSelection(cs);
        }

        @Override
        public void setSelection(ISelection s) {
            // the editor's selection follows its tables
        }

        void fire() {
            SelectionChangedEvent e = new SelectionChangedEvent(this, getSelection());
            for (ISelectionChangedListener l : listeners) {
                l.selectionChanged(e);
            }
        }
    }

    // --- criteria

    private Assessment assessment(Criterion c) {
        return cs.getAssessments().stream().filter(x -> x.getCriterion() == c).findFirst().orElse(null);
    }

    private static String criterionLabel(Criterion c) {
        String label = (c.getCode() == null ? "" : c.getCode() + " ") + Texts.nz(c.getTitle());
        return c.isMandatory() ? MESSAGES.format("editor.criteria.mandatory", label) : label;
    }

    /** Sets a value of the criterion's assessment, adding the assessment (one command) when there is none yet. */
    private void assess(Criterion c, EAttribute feature, Object value) {
        Assessment existing = assessment(c);
        if (existing != null) {
            if (feature == M.getAssessment_Rationale()) {
                edits.setText(existing, feature, (String) value);
            } else {
                edits.set(existing, feature, value);
            }
            return;
        }
        if (value == null || value instanceof String t && t.isBlank() || value == AssessmentResult.UNKNOWN) {
            return;
        }
        Assessment n = GuidanceFactory.eINSTANCE.createAssessment();
        n.setId(Edits.uniqueId(cs.eResource(), cs.getId() + "-" + c.getId()));
        n.setCriterion(c);
        n.eSet(feature, value instanceof String t ? t.strip() : value);
        edits.add(cs, M.getCaseStudy_Assessments(), n);
    }

    // --- cell editing (each edit one command through the editor's edits)

    private EditingSupport resultEditing(TableViewer viewer) {
        return CellEditing.choice(viewer, () -> AssessmentResult.VALUES.stream().map(Texts::choice).toList(),
                element -> {
                    Assessment x = assessment((Criterion) element);
                    return x == null ? -1 : AssessmentResult.VALUES.indexOf(x.getResult());
                },
                (element, i) -> assess((Criterion) element, M.getAssessment_Result(), AssessmentResult.VALUES.get(i)));
    }

    private EditingSupport rationaleEditing(TableViewer viewer) {
        return CellEditing.text(viewer, element -> {
            Assessment x = assessment((Criterion) element);
            return x == null ? "" : x.getRationale();
        }, (element, text) -> assess((Criterion) element, M.getAssessment_Rationale(), text));
    }

    private EditingSupport textEditing(TableViewer viewer, EAttribute feature) {
        return CellEditing.text(viewer, element -> (String) ((EObject) element).eGet(feature),
                (element, text) -> edits.setText((EObject) element, feature, text));
    }

    private EditingSupport choiceEditing(TableViewer viewer, EAttribute feature, List<? extends Enumerator> values) {
        return CellEditing.choice(viewer, () -> values.stream().map(Texts::choice).toList(),
                element -> values.indexOf(((EObject) element).eGet(feature)),
                (element, i) -> edits.set((EObject) element, feature, values.get(i)));
    }

    /** A contact's organisation: one of the partners (or any organisation of the project), or none. */
    private EditingSupport organisationEditing(TableViewer viewer) {
        return CellEditing.choice(viewer, () -> {
            List<String> items = new ArrayList<>();
            items.add(MESSAGES.get("editor.none"));
            organisationChoices().forEach(o -> items.add(cs.getPartners().contains(o) ? Texts.organisation(o) : MESSAGES.format("editor.contacts.notPartner", Texts.organisation(o))));
            return items;
        }, element -> organisationChoices().indexOf(((ContactRole) element).getOrganisation()) + 1,
                (element, i) -> edits.set((ContactRole) element, M.getContactRole_Organisation(), i == 0 ? null : organisationChoices().get(i - 1)));
    }

    private List<Organisation> organisationChoices() {
        List<Organisation> list = new ArrayList<>(cs.getPartners());
        if (cs.eContainer() instanceof GuidanceProject g) {
            g.getOrganisations().stream().filter(o -> !list.contains(o)).forEach(list::add);
        }
        return list;
    }
}
