package org.bridgework.ui.contexts.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.bridgework.context.api.Applicability;
import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.ContextInfo.Style;
import org.bridgework.context.api.ContextInfo.Trust;
import org.bridgework.context.api.ContextRegistry;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.LocalContext;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.HepSize;

/**
 * An in-memory {@link ContextRegistry}: the test decides what is installed and what an install of a given jar file
 * name does. Like the real one it announces changes from its own threads (never the UI thread), and install and
 * uninstall block for a while.
 */
final class FakeRegistry implements ContextRegistry {

    record Entry(ContextInfo info, LocalContext context, boolean removable) {
    }

    final List<Entry> entries = new CopyOnWriteArrayList<>();
    final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** What install does for a jar, by its file name. */
    final Map<String, Function<Path, ContextInfo>> installs = new ConcurrentHashMap<>();
    final List<String> uninstalled = new CopyOnWriteArrayList<>();
    final List<String> installedFrom = new CopyOnWriteArrayList<>();
    volatile String uninstallFailure;
    private long nextBundleId = 40;

    static ContextInfo info(String id, String name, String vendor, String version, Status status, Trust trust, String signer, Problem... problems) {
        return new ContextInfo(id, name, vendor, id.contains(".") ? id : "org.example." + id.replace('-', '.'), -1, version, "file:/home/user/.local/share/bridgework/extensions/"
                + id + ".jar", Style.DATA, status, trust, signer, List.of(problems));
    }

    static LocalContext context(String id, String name, String description, Applicability applicability, LocalAdaptation... adaptations) {
        return new LocalContext() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String vendor() {
                return "Example";
            }

            @Override
            public Applicability applicability() {
                return applicability;
            }

            @Override
            public List<LocalAdaptation> adaptations() {
                return List.of(adaptations);
            }
        };
    }

    static LocalContext smallSpecialist() {
        return context("small-specialist", "Small and specialist providers",
                "For conservatoires and arts colleges with few in-house clinicians.",
                new Applicability(java.util.Set.of(HepSize.SMALL), true, List.of("performing arts"), List.of(), null, null),
                new LocalAdaptation.Note("n1", "p-roles", "Shared with a partner."),
                new LocalAdaptation.Note("n2", "ch-care", "One NHS trust."),
                new LocalAdaptation.Replace("r1", "p-how", "may need changes", "is adapted"),
                new LocalAdaptation.Omit("o1", "p-london", "Not relevant."));
    }

    /** Adds an entry (with a fresh bundle id) and announces it from another thread, as bundle events do. */
    synchronized Entry add(ContextInfo info, LocalContext context, boolean removable) {
        ContextInfo withId = new ContextInfo(info.id(), info.name(), info.vendor(), info.bundle(), nextBundleId++, info.version(), info.location(),
                info.style(), info.status(), info.trust(), info.signer(), info.problems());
        Entry entry = new Entry(withId, context, removable);
        entries.add(entry);
        return entry;
    }

    void fireFromAnotherThread() {
        Thread thread = new Thread(() -> listeners.forEach(Runnable::run), "fake-bundle-events");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<ContextInfo> contexts() {
        List<ContextInfo> all = new ArrayList<>(entries.stream().map(Entry::info).toList());
        all.sort(Comparator.comparing(ContextInfo::id));
        return all;
    }

    @Override
    public Optional<ContextInfo> info(String id) {
        return contexts().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    @Override
    public Optional<LocalContext> get(String id) {
        return entries.stream().filter(e -> e.context() != null && e.info().id().equals(id)).map(Entry::context).findFirst();
    }

    @Override
    public List<LocalContext> enabled() {
        return entries.stream().filter(e -> e.context() != null && e.info().status() == Status.ENABLED).map(Entry::context).toList();
    }

    @Override
    public List<Problem> problems() {
        return entries.stream().flatMap(e -> e.info().problems().stream()).toList();
    }

    @Override
    public List<Problem> check(LocalContext context, GuidanceProject project) {
        return List.of();
    }

    @Override
    public Adapted apply(GuidanceProject project, LocalContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ContextInfo install(Path jar) throws IOException {
        pause();
        Function<Path, ContextInfo> what = installs.get(jar.getFileName().toString());
        if (what == null) {
            throw new IOException("no such file: " + jar);
        }
        installedFrom.add(jar.toString());
        return what.apply(jar);
    }

    @Override
    public void uninstall(String id) throws IOException {
        pause();
        if (uninstallFailure != null) {
            throw new IOException(uninstallFailure);
        }
        Entry entry = entries.stream().filter(e -> e.info().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No context or context bundle '" + id + "' is installed"));
        entries.remove(entry);
        uninstalled.add(id);
        fireFromAnotherThread();
    }

    @Override
    public boolean removable(ContextInfo info) {
        return entries.stream().anyMatch(e -> e.info().equals(info) && e.removable());
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Problem error(String code, String message) {
        return new Problem(Severity.ERROR, code, null, message);
    }
}
