package org.bridgework.ui.literature.internal;

import org.bridgework.literature.api.LiteratureImporter;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
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

    private static final Messages MESSAGES = Messages.of(ImportReferencesCommand.class);

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
        return MESSAGES.get("command.import.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.import.description");
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
