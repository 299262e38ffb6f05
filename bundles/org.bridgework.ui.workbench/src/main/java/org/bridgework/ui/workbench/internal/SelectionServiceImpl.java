package org.bridgework.ui.workbench.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.ui.api.SelectionService;
import org.bridgework.ui.api.WorkbenchSelectionListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;

/** The workbench's one selection. UI thread only. */
public final class SelectionServiceImpl implements SelectionService {
    private final List<WorkbenchSelectionListener> listeners = new CopyOnWriteArrayList<>();
    private final ErrorLog log;
    private ISelection selection = StructuredSelection.EMPTY;
    private String source;
    private int dispatching;

    SelectionServiceImpl(ErrorLog log) {
        this.log = log;
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** The id of the part the current selection came from, or null. */
    String source() {
        return source;
    }

    @Override
    public void setSelection(ISelection selection) {
        set(null, selection);
    }

    /** Makes {@code selection} the workbench selection and tells every listener. */
    public void set(String sourcePartId, ISelection selection) {
        this.selection = selection == null ? StructuredSelection.EMPTY : selection;
        this.source = sourcePartId;
        dispatching++;
        try {
            for (WorkbenchSelectionListener listener : listeners) {
                try {
                    listener.selectionChanged(sourcePartId, this.selection);
                } catch (RuntimeException | LinkageError e) {
                    log.contributionFailed("a selection listener failed", e);
                }
            }
        } finally {
            dispatching--;
        }
    }

    /** True while listeners are being told: selections their parts publish meanwhile are echoes, not new ones. */
    boolean isDispatching() {
        return dispatching > 0;
    }

    @Override
    public void addSelectionListener(WorkbenchSelectionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void removeSelectionListener(WorkbenchSelectionListener listener) {
        listeners.remove(listener);
    }

    /**
     * The service as one part sees it: its selections are sourced with the part's id and its listeners are
     * removed by {@link Scoped#dispose()}.
     */
    Scoped scoped(String partId) {
        return new Scoped(partId);
    }

    final class Scoped implements SelectionService {
        private final String partId;
        private final List<WorkbenchSelectionListener> own = new CopyOnWriteArrayList<>();

        private Scoped(String partId) {
            this.partId = partId;
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void setSelection(ISelection selection) {
            set(partId, selection);
        }

        @Override
        public void addSelectionListener(WorkbenchSelectionListener listener) {
            own.add(listener);
            SelectionServiceImpl.this.addSelectionListener(listener);
        }

        @Override
        public void removeSelectionListener(WorkbenchSelectionListener listener) {
            own.remove(listener);
            SelectionServiceImpl.this.removeSelectionListener(listener);
        }

        void dispose() {
            listeners.removeAll(own);
            own.clear();
        }
    }
}
