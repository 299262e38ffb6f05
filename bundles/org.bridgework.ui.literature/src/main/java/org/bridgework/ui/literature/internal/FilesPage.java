package org.bridgework.ui.literature.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.literature.api.LiteratureImporter;
import org.bridgework.ui.api.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/** The import wizard's first page: which files to read. */
final class FilesPage extends WizardPage {

    private static final Messages MESSAGES = Messages.of(FilesPage.class);

    private final LiteratureImporter importer;
    private final List<Path> files = new ArrayList<>();
    org.eclipse.swt.widgets.List list;
    Button add;
    Button remove;

    FilesPage(LiteratureImporter importer) {
        super("files", MESSAGES.get("import.files.title"), null);
        this.importer = importer;
        setDescription(MESSAGES.get("import.files.description"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
        Label label = new Label(root, SWT.NONE);
        label.setText(MESSAGES.get("import.files.label"));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        list = new org.eclipse.swt.widgets.List(root, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 200).applyTo(list);
        Composite buttons = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        add = new Button(buttons, SWT.PUSH);
        add.setText(MESSAGES.get("import.files.add"));
        add.setToolTipText(MESSAGES.get("import.files.add.tip"));
        GridDataFactory.fillDefaults().applyTo(add);
        add.addListener(SWT.Selection, e -> chooseFiles());
        remove = new Button(buttons, SWT.PUSH);
        remove.setText(MESSAGES.get("import.files.remove"));
        remove.setToolTipText(MESSAGES.get("import.files.remove.tip"));
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.addListener(SWT.Selection, e -> removeSelected());
        list.addListener(SWT.Selection, e -> remove.setEnabled(list.getSelectionCount() > 0));
        list.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeSelected();
            }
        });
        Label formats = new Label(root, SWT.WRAP);
        formats.setText(MESSAGES.format("import.files.formats", String.join(", ", importer.formats().stream().map(FilesPage::formatName).toList())));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(500, SWT.DEFAULT).applyTo(formats);
        remove.setEnabled(false);
        setControl(root);
    }

    private static String formatName(String id) {
        return switch (id) {
            case "ris" -> "RIS";
            case "bibtex" -> "BibTeX/BibLaTeX";
            case "csljson" -> "CSL-JSON";
            default -> id;
        };
    }

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(MESSAGES.get("import.files.dialog.title"));
        dialog.setFilterNames(new String[] {MESSAGES.get("import.files.filter"), MESSAGES.get("import.files.filter.all")});
        dialog.setFilterExtensions(new String[] {"*.ris;*.RIS;*.bib;*.bibtex;*.json;*.txt;*.nbib;*.enw;*.refer", "*"});
        if (dialog.open() == null) {
            return;
        }
        List<Path> chosen = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            chosen.add(Path.of(dialog.getFilterPath(), name));
        }
        addFiles(chosen);
    }

    /** Adds files to the list (each once), as the Add Files dialog does. */
    void addFiles(List<Path> paths) {
        for (Path p : paths) {
            Path file = p.toAbsolutePath().normalize();
            if (!files.contains(file)) {
                files.add(file);
                list.add(file.toString());
            }
        }
        validate();
    }

    private void removeSelected() {
        int[] selected = list.getSelectionIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            files.remove(selected[i]);
            list.remove(selected[i]);
        }
        remove.setEnabled(false);
        validate();
    }

    private void validate() {
        String problem = null;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                problem = MESSAGES.format("import.files.unreadable", f.getFileName());
                break;
            }
        }
        setErrorMessage(problem);
        setPageComplete(problem == null && !files.isEmpty());
    }

    List<Path> files() {
        return List.copyOf(files);
    }
}
