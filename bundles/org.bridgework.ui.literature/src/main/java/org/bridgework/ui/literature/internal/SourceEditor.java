package org.bridgework.ui.literature.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.bridgework.core.api.Project;
import org.bridgework.model.Extract;
import org.bridgework.model.ExtractKind;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.Identified;
import org.bridgework.model.Source;
import org.bridgework.model.SourceType;
import org.bridgework.ui.api.CellEditing;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.ProjectListener;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Edits one source: its bibliographic fields (each change is a {@link SetCommand}, made when the field loses the
 * focus or on Enter) and its extracts (kind, text and locator edited in the table; added and removed with
 * commands), its appraisal and screening ({@link AppraisalPanel}). Everything is undoable; the fields follow undo and redo.
 */
final class SourceEditor implements Part {

    private static final Messages MESSAGES = Messages.of(SourceEditor.class);

    private static final GuidancePackage P = GuidancePackage.eINSTANCE;

    private final PartContext context;
    private final Source source;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Composite form;
    private final Composite root;
    final Text title;
    final Text authors;
    final Text year;
    final Combo type;
    final Text container;
    final Text publisher;
    final Text doi;
    final Text url;
    final Text keywords;
    final Text abstractText;
    final Label problem;
    final TableViewer extracts;
    final Button addExtract;
    final Button removeExtract;
    final Button mapExtract;
    MappingDialog mapping;
    /** Appraisal (of the source or one extract) and screening. */
    final AppraisalPanel appraisal;

    SourceEditor(Composite parent, PartContext context, Source source) {
        this.context = context;
        this.source = source;
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        root = sash;
        ScrolledComposite scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        form = new Composite(scroll, SWT.NONE);
        scroll.setContent(form);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 8).spacing(8, 6).applyTo(form);

        title = text(MESSAGES.get("source.title.label"), 3, SWT.NONE, MESSAGES.get("source.title.tip"), P.getSource_Title(),
                s -> SourceTexts.nonNull(s.getTitle()), SourceEditor::blankToNull);
        authors = listField(MESSAGES.get("source.authors.label"), 3, MESSAGES.get("source.authors.tip"),
                P.getSource_Authors(), s -> SourceTexts.authors(s.getAuthors()), SourceTexts::parseAuthors);
        year = text(MESSAGES.get("source.year.label"), 1, SWT.NONE, MESSAGES.get("source.year.tip"), P.getSource_IssuedYear(), SourceTexts::year, SourceEditor::parseYear);
        type = typeCombo();
        container = text(MESSAGES.get("source.container.label"), 3, SWT.NONE, MESSAGES.get("source.container.tip"), P.getSource_ContainerTitle(),
                s -> SourceTexts.nonNull(s.getContainerTitle()), SourceEditor::blankToNull);
        publisher = text(MESSAGES.get("source.publisher.label"), 3, SWT.NONE, MESSAGES.get("source.publisher.tip"), P.getSource_Publisher(),
                s -> SourceTexts.nonNull(s.getPublisher()), SourceEditor::blankToNull);
        doi = text(MESSAGES.get("source.doi.label"), 1, SWT.NONE, MESSAGES.get("source.doi.tip"), P.getSource_Doi(),
                s -> SourceTexts.nonNull(s.getDoi()), SourceEditor::parseDoi);
        url = text(MESSAGES.get("source.url.label"), 1, SWT.NONE, MESSAGES.get("source.url.tip"), P.getSource_Url(), s -> SourceTexts.nonNull(s.getUrl()), SourceEditor::parseUrl);
        keywords = listField(MESSAGES.get("source.keywords.label"), 3, MESSAGES.get("source.keywords.tip"), P.getSource_Keywords(),
                s -> String.join("; ", s.getKeywords()), SourceEditor::parseKeywords);
        abstractText = text(MESSAGES.get("source.abstract.label"), 3, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL,
                MESSAGES.get("source.abstract.tip"), P.getSource_AbstractText(),
                s -> SourceTexts.nonNull(s.getAbstractText()), SourceEditor::blankToNull);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, 60).applyTo(abstractText);
        appraisal = new AppraisalPanel(form, source, () -> context.editingDomain().orElse(null), context::execute, this::showProblem);
        refreshers.add(appraisal::refresh);
        problem = new Label(form, SWT.WRAP);
        problem.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(problem);

        Group group = new Group(sash, SWT.NONE);
        group.setText(MESSAGES.get("source.extracts.group"));
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(group);
        extracts = extractsTable(group);
        Composite buttons = new Composite(group, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        addExtract = new Button(buttons, SWT.PUSH);
        addExtract.setText(MESSAGES.get("source.extracts.new"));
        addExtract.setToolTipText(MESSAGES.get("source.extracts.new.tip"));
        GridDataFactory.fillDefaults().applyTo(addExtract);
        addExtract.addListener(SWT.Selection, e -> addExtract());
        removeExtract = new Button(buttons, SWT.PUSH);
        removeExtract.setText(MESSAGES.get("source.extracts.remove"));
        removeExtract.setToolTipText(MESSAGES.get("source.extracts.remove.tip"));
        GridDataFactory.fillDefaults().applyTo(removeExtract);
        removeExtract.addListener(SWT.Selection, e -> removeSelectedExtracts());
        mapExtract = new Button(buttons, SWT.PUSH);
        mapExtract.setText(MESSAGES.get("source.extracts.map"));
        mapExtract.setToolTipText(MESSAGES.get("source.extracts.map.tip"));
        GridDataFactory.fillDefaults().applyTo(mapExtract);
        mapExtract.addListener(SWT.Selection, e -> openMapping());
        extracts.addSelectionChangedListener(e -> updateButtons());
        updateButtons();

        scroll.setMinSize(form.computeSize(640, SWT.DEFAULT));
        sash.setWeights(62, 38);
        context.setSelectionProvider(new ElementSelection(extracts, source));
        context.addProjectListener(new ProjectListener() {
            @Override
            public void projectChanged(Project project) {
                refresh();
            }
        });
        refresh();
    }

    // --- fields

    private Text text(String label, int span, int style, String tooltip, EAttribute attribute, Function<Source, String> read,
            Function<String, Object> parse) {
        Label l = new Label(form, SWT.NONE);
        l.setText(label);
        GridDataFactory.fillDefaults().align(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.BEGINNING : SWT.CENTER).applyTo(l);
        Text field = new Text(form, SWT.BORDER | style);
        field.setToolTipText(tooltip);
        GridDataFactory.fillDefaults().grab(span > 1, false).span(span, 1).hint(span > 1 ? 400 : 160, SWT.DEFAULT).applyTo(field);
        bind(field, attribute, read, parse);
        return field;
    }

    private Text listField(String label, int span, String tooltip, EStructuralFeature feature, Function<Source, String> read,
            Function<String, List<?>> parse) {
        Label l = new Label(form, SWT.NONE);
        l.setText(label);
        Text field = new Text(form, SWT.BORDER);
        field.setToolTipText(tooltip);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(400, SWT.DEFAULT).applyTo(field);
        bind(field, feature, read, parse::apply);
        return field;
    }

    private void bind(Text field, EStructuralFeature feature, Function<Source, String> read, Function<String, Object> parse) {
        Runnable commit = () -> {
            if (field.isDisposed() || field.getText().equals(read.apply(source))) {
                return;
            }
            Object value;
            try {
                value = parse.apply(field.getText());
            } catch (IllegalArgumentException e) {
                showProblem(e.getMessage());
                return;
            }
            showProblem(null);
            set(feature, value);
        };
        field.addListener(SWT.FocusOut, e -> commit.run());
        field.addListener(SWT.DefaultSelection, e -> commit.run());
        if ((field.getStyle() & SWT.MULTI) != 0) {
            field.addListener(SWT.KeyDown, e -> {
                if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MOD1) != 0) {
                    e.doit = false;
                    commit.run();
                }
            });
        }
        field.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                field.setText(read.apply(source)); // Escape drops what was typed
                showProblem(null);
            }
        });
        refreshers.add(() -> {
            String value = read.apply(source);
            if (!field.getText().equals(value)) {
                field.setText(value);
            }
        });
    }

    private Combo typeCombo() {
        Label l = new Label(form, SWT.NONE);
        l.setText(MESSAGES.get("source.type.label"));
        Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setToolTipText(MESSAGES.get("source.type.tip"));
        List<String> items = new ArrayList<>();
        items.add(MESSAGES.get("source.none"));
        for (SourceType t : SourceType.VALUES) {
            items.add(SourceTexts.type(t));
        }
        combo.setItems(items.toArray(String[]::new));
        combo.setVisibleItemCount(items.size());
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> {
            int i = combo.getSelectionIndex();
            SourceType chosen = i <= 0 ? null : SourceType.VALUES.get(i - 1);
            if (chosen != source.getType()) {
                set(P.getSource_Type(), chosen);
            }
        });
        refreshers.add(() -> combo.select(source.getType() == null ? 0 : SourceType.VALUES.indexOf(source.getType()) + 1));
        return combo;
    }

    private void set(EStructuralFeature feature, Object value) {
        EditingDomain domain = context.editingDomain().orElse(null);
        if (domain == null) {
            return;
        }
        Object current = source.eGet(feature);
        if (Objects.equals(current, value)) {
            return;
        }
        if (!context.execute(SetCommand.create(domain, source, feature, value))) {
            showProblem(MESSAGES.format("source.problem.change", feature.getName()));
        }
    }

    private void showProblem(String message) {
        if (problem.isDisposed()) {
            return;
        }
        problem.setText(message == null ? "" : message);
        form.layout(new Control[] {problem});
        context.statusLine().setErrorMessage(message);
    }

    static Object blankToNull(String text) {
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    static Object parseYear(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            int y = Integer.parseInt(s);
            if (y < 1000 || y > 2999) {
                throw new IllegalArgumentException(MESSAGES.format("source.problem.yearDigits", s));
            }
            return y;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MESSAGES.format("source.problem.yearNumber", s));
        }
    }

    static Object parseDoi(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        String bare = s.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
        if (!bare.startsWith("10.") || !bare.contains("/")) {
            throw new IllegalArgumentException(MESSAGES.format("source.problem.doi", s));
        }
        return s;
    }

    static Object parseUrl(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new IllegalArgumentException(MESSAGES.format("source.problem.url", s));
        }
        return s;
    }

    static List<?> parseKeywords(String text) {
        List<String> words = new ArrayList<>();
        for (String k : text.split(";")) {
            if (!k.isBlank()) {
                words.add(k.strip());
            }
        }
        return words;
    }

    // --- extracts

    private TableViewer extractsTable(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 80).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        String[] kinds = ExtractKind.VALUES.stream().map(k -> SourceTexts.kind(extractOf(k))).toArray(String[]::new);
        column(viewer, MESSAGES.get("source.extracts.column.kind"), 120, e -> SourceTexts.kind(e), CellEditing.choice(viewer, () -> List.of(kinds),
                element -> {
                    ExtractKind k = ((Extract) element).getKind();
                    return k == null ? -1 : ExtractKind.VALUES.indexOf(k);
                }, (element, i) -> setExtract((Extract) element, P.getExtract_Kind(), ExtractKind.VALUES.get(i))));
        column(viewer, MESSAGES.get("source.extracts.column.text"), 380, e -> SourceTexts.nonNull(e.getText()), textEditing(viewer, P.getExtract_Text()));
        column(viewer, MESSAGES.get("source.extracts.column.locator"), 80, e -> SourceTexts.nonNull(e.getLocator()), textEditing(viewer, P.getExtract_Locator()));
        column(viewer, MESSAGES.get("source.extracts.column.mapped"), 260, SourceTexts::mappings, null);
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent event) {
                return event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.TRAVERSAL
                        || (event.eventType == org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeSelectedExtracts();
            }
        });
        return viewer;
    }

    private static Extract extractOf(ExtractKind kind) {
        Extract e = GuidanceFactory.eINSTANCE.createExtract();
        e.setKind(kind);
        return e;
    }

    private EditingSupport textEditing(TableViewer viewer, EAttribute attribute) {
        return CellEditing.text(viewer, element -> (String) ((Extract) element).eGet(attribute),
                (element, text) -> setExtract((Extract) element, attribute, blankToNull(text)));
    }

    private static void column(TableViewer viewer, String title, int width, Function<Extract, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Extract) element);
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    void setExtract(Extract extract, EAttribute attribute, Object value) {
        EditingDomain domain = context.editingDomain().orElse(null);
        if (domain != null && !Objects.equals(extract.eGet(attribute), value)) {
            context.execute(SetCommand.create(domain, extract, attribute, value));
        }
    }

    /** Adds an extract (a finding, with placeholder text) and starts editing its text. */
    Extract addExtract() {
        EditingDomain domain = context.editingDomain().orElse(null);
        if (domain == null) {
            return null;
        }
        Extract extract = GuidanceFactory.eINSTANCE.createExtract();
        extract.setId(newExtractId());
        extract.setKind(ExtractKind.FINDING);
        extract.setText(MESSAGES.get("source.extracts.newText"));
        Command add = AddCommand.create(domain, source, P.getSource_Extracts(), extract);
        if (!context.execute(add)) {
            showProblem(MESSAGES.get("source.problem.addExtract"));
            return null;
        }
        extracts.setSelection(new StructuredSelection(extract), true);
        extracts.editElement(extract, 1);
        return extract;
    }

    /** A fresh id in the sample's convention: ex-&lt;key&gt;-N. */
    private String newExtractId() {
        Set<String> ids = new HashSet<>();
        EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(source);
        TreeIterator<EObject> it = root.eAllContents();
        while (it.hasNext()) {
            if (it.next() instanceof Identified i && i.getId() != null) {
                ids.add(i.getId().toLowerCase(Locale.ROOT));
            }
        }
        String key = source.getCitationKey() != null ? source.getCitationKey() : source.getId() != null ? source.getId() : "source";
        String slug = "ex-" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        for (int n = source.getExtracts().size() + 1;; n++) {
            if (!ids.contains(slug + "-" + n)) {
                return slug + "-" + n;
            }
        }
    }

    void removeSelectedExtracts() {
        EditingDomain domain = context.editingDomain().orElse(null);
        List<?> selected = extracts.getStructuredSelection().toList();
        if (domain == null || selected.isEmpty()) {
            return;
        }
        if (context.execute(DeleteCommand.create(domain, new ArrayList<>(selected)))) {
            context.statusLine().setMessage(selected.size() == 1 ? MESSAGES.get("source.status.removedExtract")
                    : MESSAGES.format("source.status.removedExtracts", selected.size()));
        }
    }

    private void updateButtons() {
        boolean present = source.eResource() != null;
        int selected = extracts.getStructuredSelection().size();
        removeExtract.setEnabled(present && selected > 0);
        mapExtract.setEnabled(present && selected == 1);
    }

    /** Opens the mapping dialog for the selected extract (modal, not blocking: OK applies the mapping). */
    void openMapping() {
        Project project = context.project().orElse(null);
        if (!(extracts.getStructuredSelection().getFirstElement() instanceof Extract extract) || project == null) {
            return;
        }
        mapping = new MappingDialog(form.getShell(), extract, project.root(), chosen -> applyMapping(extract, chosen));
        mapping.setBlockOnOpen(false);
        mapping.open();
    }

    /** Sets what the extract is mapped to, as one command (only the lists that change). */
    void applyMapping(Extract extract, java.util.Map<org.eclipse.emf.ecore.EReference, List<EObject>> chosen) {
        EditingDomain domain = context.editingDomain().orElse(null);
        if (domain == null) {
            return;
        }
        org.eclipse.emf.common.command.CompoundCommand command = new org.eclipse.emf.common.command.CompoundCommand(MESSAGES.get("mapping.title"));
        for (java.util.Map.Entry<org.eclipse.emf.ecore.EReference, List<EObject>> e : chosen.entrySet()) {
            if (!e.getValue().equals(extract.eGet(e.getKey()))) {
                command.append(SetCommand.create(domain, extract, e.getKey(), e.getValue()));
            }
        }
        if (!command.isEmpty() && context.execute(command)) {
            context.statusLine().setMessage(MESSAGES.format("source.status.mapped", SourceTexts.mappings(extract)));
        }
    }

    // --- following the model

    private void refresh() {
        if (form.isDisposed()) {
            return;
        }
        boolean present = source.eResource() != null;
        for (Runnable r : refreshers) {
            r.run();
        }
        Object[] current = source.getExtracts().toArray();
        if (!Arrays.equals(current, (Object[]) extracts.getInput())) {
            extracts.setInput(current);
        } else {
            extracts.refresh();
        }
        setEnabled(root, present);
        updateButtons();
        context.setTitle(SourceTexts.nonNull(source.getCitationKey()).isEmpty() ? MESSAGES.get("source.title.default") : source.getCitationKey());
    }

    private static void setEnabled(Composite composite, boolean enabled) {
        for (Control c : composite.getChildren()) {
            c.setEnabled(enabled);
            if (c instanceof Composite child) {
                setEnabled(child, enabled);
            }
        }
    }

    @Override
    public void setFocus() {
        title.setFocus();
    }
}
