package org.bridgework.ui.contexts.internal;

import org.bridgework.context.api.ContextRegistry;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * File &gt; Install Extension from File...: shows the Extensions view, asks for a jar and installs it through the
 * registry (as {@code bridgework contexts install JAR} does). Needs no open project.
 */
@Component(service = CommandContribution.class)
public class InstallExtensionCommand implements CommandContribution {

    private final Messages messages;
    private final ExtensionActions actions;

    @Activate
    public InstallExtensionCommand(@Reference ContextRegistry registry) {
        this(registry, Messages.of(ExtensionsPart.class), null);
    }

    /** For tests: prompts answered by the test instead of dialogs. */
    InstallExtensionCommand(ContextRegistry registry, Messages messages, ExtensionPrompts prompts) {
        this.messages = messages;
        this.actions = new ExtensionActions(registry, prompts != null ? prompts : new DialogPrompts(messages), messages);
    }

    @Override
    public String id() {
        return "org.bridgework.ui.contexts.install";
    }

    @Override
    public String label() {
        return messages.get("command.install");
    }

    @Override
    public String description() {
        return messages.get("command.install.description");
    }

    @Override
    public String menuPath() {
        return Menus.FILE;
    }

    @Override
    public boolean isEnabled(WorkbenchContext context) {
        return true;
    }

    @Override
    public void execute(WorkbenchContext context) {
        context.showView(ExtensionsView.ID);
        actions.chooseAndInstall(context, info -> {
            // the view follows the registry by itself
        });
    }
}
