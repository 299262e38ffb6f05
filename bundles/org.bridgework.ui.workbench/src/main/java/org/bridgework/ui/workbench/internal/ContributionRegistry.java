package org.bridgework.ui.workbench.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.EditorContribution;
import org.bridgework.ui.api.PropertySection;
import org.bridgework.ui.api.QuickSearchProvider;
import org.bridgework.ui.api.TitleDecoration;
import org.bridgework.ui.api.ViewContribution;

/**
 * The contributions installed now (the whiteboard's services), safe to change from any thread: Declarative
 * Services binds and unbinds them on its own threads, the open window follows through a {@link Listener}
 * (which moves the change to the UI thread).
 */
public final class ContributionRegistry {

    /** The kinds of contribution. */
    public enum Kind {
        VIEW(ViewContribution.class), EDITOR(EditorContribution.class), COMMAND(CommandContribution.class),
        PROPERTY_SECTION(PropertySection.class), QUICK_SEARCH(QuickSearchProvider.class), TITLE(TitleDecoration.class),
        COMPARER(org.bridgework.ui.api.compare.ProjectComparer.class);

        final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }
    }

    /** Told about each change, on the thread that made it. */
    public interface Listener {
        void added(Kind kind, Object contribution);

        void removed(Kind kind, Object contribution);
    }

    private final List<ViewContribution> views = new CopyOnWriteArrayList<>();
    private final List<EditorContribution> editors = new CopyOnWriteArrayList<>();
    private final List<CommandContribution> commands = new CopyOnWriteArrayList<>();
    private final List<PropertySection> sections = new CopyOnWriteArrayList<>();
    private final List<QuickSearchProvider> searches = new CopyOnWriteArrayList<>();
    private final List<TitleDecoration> titles = new CopyOnWriteArrayList<>();
    private final List<org.bridgework.ui.api.compare.ProjectComparer> comparers = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void add(Kind kind, Object contribution) {
        Objects.requireNonNull(contribution);
        if (list(kind).addIfAbsent(kind.type.cast(contribution))) {
            fire(l -> l.added(kind, contribution));
        }
    }

    public void remove(Kind kind, Object contribution) {
        if (list(kind).remove(contribution)) {
            fire(l -> l.removed(kind, contribution));
        }
    }

    public List<ViewContribution> views() {
        return List.copyOf(views);
    }

    public List<EditorContribution> editors() {
        return List.copyOf(editors);
    }

    public List<CommandContribution> commands() {
        return List.copyOf(commands);
    }

    public List<PropertySection> propertySections() {
        return List.copyOf(sections);
    }

    public List<QuickSearchProvider> quickSearchProviders() {
        return List.copyOf(searches);
    }

    public List<TitleDecoration> titleDecorations() {
        return List.copyOf(titles);
    }

    /** What can compare the open project with the file on disk (Compare in the changed-on-disk question). */
    public List<org.bridgework.ui.api.compare.ProjectComparer> comparers() {
        return List.copyOf(comparers);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @SuppressWarnings("unchecked")
    private <T> CopyOnWriteArrayList<T> list(Kind kind) {
        return (CopyOnWriteArrayList<T>) switch (kind) {
            case VIEW -> views;
            case EDITOR -> editors;
            case COMMAND -> commands;
            case PROPERTY_SECTION -> sections;
            case QUICK_SEARCH -> searches;
            case TITLE -> titles;
            case COMPARER -> comparers;
        };
    }

    private void fire(Consumer<Listener> event) {
        for (Listener listener : List.copyOf(listeners)) {
            event.accept(listener);
        }
    }
}
