package org.bridgework.ui.workbench.internal.layout;

import org.bridgework.ui.api.Part;
import org.bridgework.ui.workbench.internal.PartContextImpl;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;

/** A live view or editor: its contribution, its tab, the composite its controls live in, the part and its context. */
public final class PartSite {
    public final String id;
    /** The ViewContribution or EditorContribution. */
    final Object contribution;
    /** The element an editor edits; null for a view. */
    public final Object input;
    String label;
    ImageDescriptor icon;
    public String stack;
    public Composite host;
    CTabItem item;
    public Part part;
    public PartContextImpl context;
    /**
     * Makes the part when it is still to be made: a view in a tab behind another one, at the window's first start,
     * is made when it is first shown or once the window has painted (null once made).
     */
    Runnable pending;
    /** The message shown instead of the part when it could not be created. */
    public String failure;

    PartSite(String id, Object contribution, Object input) {
        this.id = id;
        this.contribution = contribution;
        this.input = input;
    }

    boolean isEditor() {
        return input != null;
    }

    public void setTitle(String title) {
        label = title;
        if (item != null && !item.isDisposed()) {
            item.setText(title == null ? "" : title.replace("&", "&&")); // a title is text, not a label with a mnemonic
        }
    }

    @Override
    public String toString() {
        return (isEditor() ? "editor " : "view ") + id + (stack == null ? "" : " in " + stack);
    }
}
