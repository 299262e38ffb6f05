package org.bridgework.ui.drafting.internal;

import org.bridgework.drafting.api.ReviewPacks;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** File &gt; Import Review Comments...: the comments made on a review pack, previewed, then added as one undoable command. */
@Component(service = CommandContribution.class)
public class ImportReviewCommentsCommand implements CommandContribution {

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
        return "Import Review &Comments...";
    }

    @Override
    public String description() {
        return "Read the comments reviewers made on a review pack in Word or LibreOffice; shows them before adding them to their sections";
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
