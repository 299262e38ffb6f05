package org.bridgework.ui.contexts.internal;

import java.util.Set;

import org.bridgework.context.api.ContextRegistry;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Extensions view: installed local-context bundles, install from a file, uninstall. In the bottom stack of every perspective. */
@Component(service = ViewContribution.class)
public class ExtensionsView implements ViewContribution {

    static final String ID = "org.bridgework.ui.contexts.extensions";

    private final ContextRegistry registry;
    private final Messages messages;
    private final ExtensionPrompts prompts;

    @Activate
    public ExtensionsView(@Reference ContextRegistry registry) {
        this(registry, Messages.of(ExtensionsPart.class), null);
    }

    /** For tests: prompts answered by the test instead of dialogs. */
    ExtensionsView(ContextRegistry registry, Messages messages, ExtensionPrompts prompts) {
        this.registry = registry;
        this.messages = messages;
        this.prompts = prompts;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/extensions.png"));
    }

    @Override
    public String label() {
        return messages.get("view.label");
    }

    @Override
    public String stack() {
        return Stacks.BOTTOM;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.ALL);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        ExtensionActions actions = new ExtensionActions(registry, prompts != null ? prompts : new DialogPrompts(messages), messages);
        return new ExtensionsPart(parent, context, registry, actions, messages);
    }
}
