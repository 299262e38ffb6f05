package org.bridgework.ui.literature.internal;

import org.bridgework.literature.api.LiteratureImporter;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; Import References...: the import wizard (files, then a preview of what is added, merged and not read,
 * then one undoable command). Also run by the Welcome page's "Import literature" link (same id).
 */
@Component(service = CommandContribution.class)
public class ImportReferencesCommand implements CommandContribution {

    static final String ID = "org.bridgework.ui.literature.import";

    private final LiteratureImporter importer;

    @Activate
    public ImportReferencesCommand(@Reference LiteratureImporter importer) {
        this.importer = importer;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "&Import References...";
    }

    @Override
    public String description() {
        return "Import references from RIS, BibTeX/BibLaTeX, CSL-JSON, EndNote .enw, PubMed .nbib or refer files (Zotero, JabRef, Mendeley, EndNote, PubMed, Google Scholar), with a preview of duplicates and problems";
    }

    @Override
    public String keySequence() {
        return "M1+M3+I";
    }

    @Override
    public String menuPath() {
        return Menus.FILE_IMPORT;
    }

    @Override
    public void execute(WorkbenchContext context) {
        ImportWizard.open(context, importer);
    }
}
