package org.bridgework.ui.workbench.internal.views;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.Icons;
import org.bridgework.ui.workbench.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * Welcome: for a new user, how to start (open the sample, create or open a project, import literature) and what
 * each perspective is for, every item a link the keyboard reaches (Tab, Enter).
 */
public final class WelcomeView implements ViewContribution {
    public static final String ID = "org.bridgework.ui.workbench.welcome";
    /** The literature bundle's import command, run by the Import literature link when installed. */
    public static final String IMPORT_LITERATURE = "org.bridgework.ui.literature.import";

    /** What the links do. */
    public interface Actions {
        void openSample();

        void newProject();

        void openProject();

        void open(Path file);

        List<Path> recent();

        /** Runs the literature import command; false when it is not installed. */
        boolean importLiterature();

        boolean canImportLiterature();

        void showPerspective(String id);
    }

    private final Messages messages;
    private final Actions actions;

    public WelcomeView(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return messages.get("view.welcome");
    }

    @Override
    public ImageDescriptor icon() {
        return Icons.descriptor(Icons.WELCOME);
    }

    @Override
    public String stack() {
        return Stacks.EDITOR_AREA;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.SCOPE);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new Welcome(parent, context);
    }

    final class Welcome implements Part {
        final ScrolledComposite scroll;
        final Composite page;
        Link first;

        Welcome(Composite parent, PartContext context) {
            // the theme's page colours and an accent readable on them (light blue on a dark theme); with "follow
            // the desktop theme" off, a light page whatever the desktop
            boolean follow = context.preferences().followSystemTheme();
            Color white = follow ? parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND)
                    : context.resources().create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(255, 255, 255)));
            Color accent = context.resources().create(org.eclipse.jface.resource.ColorDescriptor.createFrom(
                    follow ? org.bridgework.ui.api.CellColors.accent(parent.getDisplay()) : new RGB(0x1f, 0x4e, 0x8c)));
            Font title = context.resources().create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()).increaseHeight(6));
            Font heading = context.resources().create(FontDescriptor.createFrom(JFaceResources.getBannerFont()).increaseHeight(1));
            scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
            scroll.setExpandHorizontal(true);
            scroll.setExpandVertical(true);
            scroll.setBackground(white);
            page = new Composite(scroll, SWT.NONE);
            page.setBackground(white);
            page.setBackgroundMode(SWT.INHERIT_FORCE);

            GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(28, 22).spacing(36, 10).applyTo(page);

            Label welcome = label(page, messages.get("welcome.title"), title, 2);
            welcome.setForeground(accent);
            label(page, messages.get("welcome.intro"), null, 2);

            Composite start = column(page);
            label(start, messages.get("welcome.start"), heading, 1).setForeground(accent);
            first = link(start, messages.get("welcome.sample"), actions::openSample);
            link(start, messages.get("welcome.new"), actions::newProject);
            link(start, messages.get("welcome.open"), actions::openProject);
            Link importLink = link(start, messages.get("welcome.import"), () -> {
                if (!actions.importLiterature()) {
                    context.statusLine().setMessage(messages.get("welcome.import.missing"));
                }
            });
            if (!actions.canImportLiterature()) {
                importLink.setToolTipText(messages.get("welcome.import.missing"));
            }
            List<Path> recent = actions.recent();
            if (!recent.isEmpty()) {
                label(start, messages.get("welcome.recent"), heading, 1).setForeground(accent);
                for (Path file : recent.subList(0, Math.min(5, recent.size()))) {
                    Link link = link(start, "<a>" + escape(String.valueOf(file.getFileName())) + "</a>", () -> actions.open(file));
                    link.setToolTipText(file.toString());
                }
            }

            Composite stages = column(page);
            label(stages, messages.get("welcome.stages"), heading, 1).setForeground(accent);
            for (String perspective : Perspectives.IDS) {
                link(stages, messages.format("welcome.stage", messages.get("perspective." + perspective),
                        messages.get("perspective." + perspective + ".purpose")), () -> actions.showPerspective(perspective));
            }
            label(stages, messages.get("welcome.keys"), null, 1);

            if (!follow) {
                darkText(page, accent);
            }
            scroll.setContent(page);
            scroll.addListener(SWT.Resize, e -> {
                int width = scroll.getClientArea().width;
                scroll.setMinSize(page.computeSize(Math.max(width, 520), SWT.DEFAULT));
            });
        }

        private Composite column(Composite parent) {
            Composite column = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().spacing(0, 8).extendedMargins(0, 0, 12, 0).applyTo(column);
            GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(column);
            return column;
        }

        private Label label(Composite parent, String text, Font font, int span) {
            Label label = new Label(parent, SWT.WRAP);
            label.setText(text);
            if (font != null) {
                label.setFont(font);
            }
            GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
            return label;
        }

        /** Black text on the light page (the theme's text colour may be light), headings keeping the accent. */
        private void darkText(Composite parent, Color accent) {
            for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
                if (c instanceof Composite composite) {
                    darkText(composite, accent);
                } else if (!accent.equals(c.getForeground())) {
                    c.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                }
            }
        }

        private Link link(Composite parent, String text, Runnable action) {
            Link link = new Link(parent, SWT.WRAP);
            link.setText(text);
            link.addListener(SWT.Selection, e -> action.run());
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(link);
            return link;
        }

        @Override
        public void setFocus() {
            Control target = first != null && !first.isDisposed() ? first : page;
            target.setFocus();
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&&").replace("<", "&lt;");
    }
}
