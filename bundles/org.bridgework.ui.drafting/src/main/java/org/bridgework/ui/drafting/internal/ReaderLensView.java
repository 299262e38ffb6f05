package org.bridgework.ui.drafting.internal;

import java.util.Set;

import org.bridgework.drafting.api.TermLists;
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

/** The terms the reader lens checks (shipped HE and NHS lists and the glossary), adapted or turned off for the project. */
@Component(service = ViewContribution.class)
public class ReaderLensView implements ViewContribution {

    private static final Messages MESSAGES = Messages.of(ReaderLensView.class);

    static final String ID = "org.bridgework.ui.drafting.readerLens";

    private final TermLists lists;

    @Activate
    public ReaderLensView(@Reference TermLists lists) {
        this.lists = lists;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public org.eclipse.jface.resource.ImageDescriptor icon() {
        return org.eclipse.jface.resource.ImageDescriptor.createFromURL(getClass().getResource("icons/lens.png"));
    }

    @Override
    public String label() {
        return MESSAGES.get("view.lens.label");
    }

    @Override
    public String stack() {
        return Stacks.BOTTOM;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.DRAFTING);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new ReaderLensPart(parent, context, lists);
    }
}
