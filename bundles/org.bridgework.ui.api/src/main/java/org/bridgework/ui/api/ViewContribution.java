package org.bridgework.ui.api;

import java.util.Set;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view the workbench can show: register an instance as an OSGi service (whiteboard). While the service is
 * registered the view is listed in <i>Window &gt; Show View</i> and shown in the perspectives it names; when the
 * service goes away (its bundle stops) the view's part is disposed and its tab removed at once.
 * <p>
 * A view is created once per perspective showing it, with {@link #createPart(Composite, PartContext)}. If that
 * throws, the workbench shows an error part with the message in its place and carries on.
 *
 * @see Perspectives
 * @see Stacks
 */
@ConsumerType
public interface ViewContribution {

    /** A unique, stable id such as {@code org.bridgework.ui.literature.sources} (layouts are remembered by it). */
    String id();

    /** The tab text, for example {@code Sources}. May contain an {@code &} mnemonic. */
    String label();

    /** A 16×16 icon for the tab and the Show View menu, or {@code null} for none. */
    default ImageDescriptor icon() {
        return null;
    }

    /** The stack the view opens in unless the user moved it: one of {@link Stacks}. */
    default String stack() {
        return Stacks.LEFT;
    }

    /**
     * The ids of the perspectives ({@link Perspectives}) that show this view by default; {@link Perspectives#ALL}
     * for every perspective. Empty: the view opens only from <i>Window &gt; Show View</i>.
     */
    default Set<String> perspectives() {
        return Set.of();
    }

    /**
     * Creates the view's controls in {@code parent} (a composite with a {@code FillLayout}, owned by the
     * workbench). Called on the UI thread.
     *
     * @param parent  where to create the controls
     * @param context the workbench services for this part: selection, project, commands, jobs, status line
     * @return the part, told when to take the focus and when it is disposed
     * @throws Exception anything: the workbench then shows an error part with the message
     */
    Part createPart(Composite parent, PartContext context) throws Exception;
}
