package org.bridgework.ui.search.internal;

import java.util.Set;

import org.bridgework.search.api.SearchService;
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

/** The Search view, in the bottom stack of every perspective. */
@Component(service = ViewContribution.class)
public class SearchView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(SearchView.class);

    static final String ID = "org.bridgework.ui.search.view";

    private final SearchService search;

    @Activate
    public SearchView(@Reference SearchService search) {
        this.search = search;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/search.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.search.label");
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
        return new SearchPart(parent, context, search);
    }
}
