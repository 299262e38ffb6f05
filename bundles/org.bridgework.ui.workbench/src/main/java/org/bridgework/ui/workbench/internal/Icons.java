package org.bridgework.ui.workbench.internal;

import java.net.URL;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.action.StatusLineManager;
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

    /**
     * Has JFace's status line use the PNG of its stop button instead of the SVG beside it. Its image is a protected
     * static of a package-private class, read when the status line is made: the SVG made every start load and run
     * the SVG rasteriser (JSVG, some 300 classes, over 100 ms before the first paint) for a button that shows only
     * while JFace's own progress runs (the workbench's progress has its own). When JFace changes, nothing breaks: the
     * SVG is used as before.
     */
    static void statusLineStopAsPng() {
        try {
            Class<?> statusLine = Class.forName("org.eclipse.jface.action.StatusLine", true, StatusLineManager.class.getClassLoader());
            java.lang.reflect.Field stop = statusLine.getDeclaredField("fgStopImage");
            URL png = StatusLineManager.class.getResource("images/stop.png");
            if (png != null && java.lang.reflect.Modifier.isStatic(stop.getModifiers()) && stop.getType() == ImageDescriptor.class) {
                stop.setAccessible(true);
                stop.set(null, ImageDescriptor.createFromURL(png));
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // another JFace: its own image, as it is
        }
    }

    /** An icon of JFace's dialogs package (its image registry fills only once Dialog is loaded, so not through it). */
    private static ImageDescriptor jface(String path) {
        return ImageDescriptor.createFromURL(Dialog.class.getResource(path));
    }
}
