package org.bridgework.ui.workbench.internal;

import java.net.URL;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.ImageDescriptor;

/** The workbench's own 16×16 icons (SVG beside this class in {@code icons/}, rendered to PNG by the build) and JFace's message icons. */
public final class Icons {
    public static final String NEW = "new";
    public static final String OPEN = "open";
    public static final String SAVE = "save";
    public static final String UNDO = "undo";
    public static final String REDO = "redo";
    public static final String FOLDER = "folder";
    public static final String EXPLORER = "explorer";
    public static final String PROPERTIES = "properties";
    public static final String PROBLEMS = "problems";
    public static final String OUTLINE = "outline";
    public static final String WELCOME = "welcome";
    public static final String SEARCH = "search";
    public static final String VALIDATE = "validate";
    public static final String PERSPECTIVE = "perspective";
    public static final String EDITOR = "editor";

    private Icons() {
    }

    /** One of the icons above. */
    public static ImageDescriptor descriptor(String name) {
        URL url = Icons.class.getResource("icons/" + name + ".png");
        if (url == null) {
            throw new IllegalArgumentException("no icon " + name);
        }
        return ImageDescriptor.createFromURL(url);
    }

    /** JFace's error icon (16×16), as used in dialogs' message areas. */
    public static ImageDescriptor error() {
        return jface("images/message_error.png");
    }

    public static ImageDescriptor warning() {
        return jface("images/message_warning.png");
    }

    public static ImageDescriptor info() {
        return jface("images/message_info.png");
    }

    /** An icon of JFace's dialogs package (its image registry fills only once Dialog is loaded, so not through it). */
    private static ImageDescriptor jface(String path) {
        return ImageDescriptor.createFromURL(Dialog.class.getResource(path));
    }
}
