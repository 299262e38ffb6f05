package org.bridgework.ui.drafting.internal;

import org.bridgework.drafting.api.ReviewPacks;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** File &gt; Import Review Comments...: the comments made on a review pack, previewed, then added as one undoable command. */
@Component(service = CommandContribution.class)
public class ImportReviewCommentsCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(ImportReviewCommentsCommand.class);

    private final ReviewPacks packs;

    @Activate
    public ImportReviewCommentsCommand(@Reference ReviewPacks packs) {
        this.packs = packs;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.drafting.reviewImport";
    }

    @Override
    public String label() {
        return MESSAGES.get("command.importComments.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.importComments.description");
    }

    @Override
    public String menuPath() {
        return Menus.FILE_IMPORT;
    }

    @Override
    public void execute(WorkbenchContext context) {
        ReviewPackActions.importComments(context, packs);
    }
}
