package org.bridgework.ui.literature.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.Project;
import org.bridgework.literature.api.LiteratureExporter;
import org.bridgework.model.Source;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; Export References...: the selected sources (or all when none is selected) as RIS, BibTeX or CSL-JSON,
 * the format chosen by the file type in the save dialog. The same exporter as {@code bridgework export literature}.
 */
@Component(service = CommandContribution.class)
public class ExportReferencesCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(ExportReferencesCommand.class);

    /** The formats offered, in the save dialog's order: id, name, extension. */
    record Format(String id, String name, String extension) {
    }

    static final List<Format> FORMATS = List.of(new Format("ris", "RIS", "ris"), new Format("bibtex", "BibTeX", "bib"),
            new Format("csljson", "CSL-JSON", "json"));

    private final LiteratureExporter exporter;

    @Activate
    public ExportReferencesCommand(@Reference LiteratureExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.literature.export";
    }

    @Override
    public String label() {
        return MESSAGES.get("command.export.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.export.description");
    }

    @Override
    public String menuPath() {
        return Menus.FILE_IMPORT;
    }

    @Override
    public boolean isEnabled(WorkbenchContext context) {
        return context.project().map(p -> !p.root().getSources().isEmpty()).orElse(false);
    }

    /** The sources selected in the workbench, or every source of the project when none is. */
    static List<Source> sources(WorkbenchContext context) {
        List<Source> selected = new ArrayList<>();
        if (context.selection().getSelection() instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof Source source) {
                    selected.add(source);
                }
            }
        }
        if (selected.isEmpty()) {
            context.project().map(Project::root).ifPresent(root -> selected.addAll(root.getSources()));
        }
        return selected;
    }

    @Override
    public void execute(WorkbenchContext context) throws IOException {
        List<Source> sources = sources(context);
        List<Format> offered = FORMATS.stream().filter(f -> exporter.formats().contains(f.id())).toList();
        FileDialog dialog = new FileDialog(context.shell(), SWT.SAVE);
        dialog.setText(MESSAGES.format("export.dialog.title", sources.size()));
        dialog.setFilterNames(offered.stream().map(f -> MESSAGES.format("export.filter", f.name(), f.extension())).toArray(String[]::new));
        dialog.setFilterExtensions(offered.stream().map(f -> "*." + f.extension()).toArray(String[]::new));
        dialog.setFileName("references." + offered.get(0).extension());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Format format = offered.get(Math.max(0, dialog.getFilterIndex()));
        for (Format f : offered) {
            if (chosen.toLowerCase(java.util.Locale.ROOT).endsWith("." + f.extension())) {
                format = f; // the typed extension wins over the filter
            }
        }
        export(context, sources, Path.of(chosen), format.id());
    }

    /** Writes the sources; the file appears whole or not at all. */
    void export(WorkbenchContext context, List<Source> sources, Path file, String format) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                exporter.export(sources, format, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        context.statusLine().setMessage(MESSAGES.format("export.status.done", sources.size(), file));
    }
}
