package org.bridgework.ui.drafting.internal;

import org.bridgework.drafting.api.ReviewPacks;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** File &gt; Export Review Pack...: the draft as a DOCX with a bookmark per section, for reviewers to comment on. */
@Component(service = CommandContribution.class)
public class ExportReviewPackCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(ExportReviewPackCommand.class);

    private final ReviewPacks packs;

    @Activate
    public ExportReviewPackCommand(@Reference ReviewPacks packs) {
        this.packs = packs;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.drafting.reviewExport";
    }

    @Override
    public String label() {
        return MESSAGES.get("command.exportReviewPack.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.exportReviewPack.description");
    }

    @Override
    public String menuPath() {
        return Menus.FILE_IMPORT;
    }

    @Override
    public boolean isEnabled(WorkbenchContext context) {
        return context.project().map(p -> p.root().getDocument() != null).orElse(false);
    }

    @Override
    public void execute(WorkbenchContext context) {
        ReviewPackActions.export(context, packs);
    }
}
