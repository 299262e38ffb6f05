package org.bridgework.ui.workbench.internal;

import org.bridgework.ui.api.Part;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;

/** A live view or editor: its contribution, its tab, the composite its controls live in, the part and its context. */
final class PartSite {
    final String id;
    /** The ViewContribution or EditorContribution. */
    final Object contribution;
    /** The element an editor edits; null for a view. */
    final Object input;
    String label;
    ImageDescriptor icon;
    String stack;
    Composite host;
    CTabItem item;
    Part part;
    PartContextImpl context;
    /** The message shown instead of the part when it could not be created. */
    String failure;

    PartSite(String id, Object contribution, Object input) {
        this.id = id;
        this.contribution = contribution;
        this.input = input;
    }

    boolean isEditor() {
        return input != null;
    }

    void setTitle(String title) {
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
