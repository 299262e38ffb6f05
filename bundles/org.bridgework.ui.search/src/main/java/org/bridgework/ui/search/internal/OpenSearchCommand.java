package org.bridgework.ui.search.internal;

import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.osgi.service.component.annotations.Component;

/** Edit &gt; Search... (Ctrl+H): shows the Search view and puts the cursor in its query box. */
@Component(service = CommandContribution.class)
public class OpenSearchCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(OpenSearchCommand.class);

    @Override
    public String id() {
        return "org.bridgework.ui.search.open";
    }

    @Override
    public String label() {
        return MESSAGES.get("command.openSearch.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.openSearch.description");
    }

    @Override
    public String keySequence() {
        return "M1+H";
    }

    @Override
    public String menuPath() {
        return Menus.EDIT;
    }

    @Override
    public void execute(WorkbenchContext context) {
        context.showView(SearchView.ID);
    }
}
