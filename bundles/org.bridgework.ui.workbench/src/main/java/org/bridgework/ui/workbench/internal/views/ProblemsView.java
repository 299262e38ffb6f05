package org.bridgework.ui.workbench.internal.views;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ValidationService;
import org.bridgework.ui.api.Part;
import org.bridgework.ui.api.PartContext;
import org.bridgework.ui.api.Perspectives;
import org.bridgework.ui.api.ProjectListener;
import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.api.ViewContribution;
import org.bridgework.ui.workbench.internal.Icons;
import org.bridgework.ui.workbench.internal.Messages;
import org.bridgework.ui.workbench.internal.session.Jobs;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Problems: the open project's validation diagnostics (the core {@link ValidationService}: the model's
 * constraints and every installed rule) with severity icons, validated again a moment after each change. The
 * checks run on a copy of the project, made on the UI thread, in a background job: on a project of 100,000 elements
 * they take half a minute, and the window stays usable meanwhile (the copy takes a fraction of a second).
 * Double-click (or Enter) selects the element concerned (the explorer reveals it, Properties shows it) and opens
 * the editor that owns it at it.
 */
public final class ProblemsView implements ViewContribution {
    public static final String ID = "org.bridgework.ui.workbench.problems";
    static final int DEBOUNCE_MILLIS = 400;

    private final Messages messages;
    private final Supplier<Optional<ValidationService>> validation;

    public ProblemsView(Messages messages, Supplier<Optional<ValidationService>> validation) {
        this.messages = messages;
        this.validation = validation;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return messages.get("view.problems");
    }

    @Override
    public ImageDescriptor icon() {
        return Icons.descriptor(Icons.PROBLEMS);
    }

    @Override
    public String stack() {
        return Stacks.BOTTOM;
    }

    @Override
    public Set<String> perspectives() {
        return Set.of(Perspectives.ALL);
    }

    @Override
    public Part createPart(Composite parent, PartContext context) {
        return new Problems(parent, context);
    }

    /** The live view. */
    public final class Problems implements Part {
        public final Label summary;
        public final TableViewer viewer;
        private final PartContext context;
        private final Runnable validate = this::validateNow;
        private final Image error;
        private final Image warning;
        private final Image info;
        private List<Problem> problems = List.of();
        private int validations;
        /** Bumped by every validation started and every project closed: a job's result is shown only if still current. */
        private int generation;
        private boolean running;
        /** A validation was asked for while one ran: it runs again when that one ends, on the project as it is then. */
        private boolean again;
        /** Who waits for the result of the validation that runs now, and of the next one. */
        private List<java.util.function.Consumer<List<Problem>>> waitingNow = new java.util.ArrayList<>();
        private List<java.util.function.Consumer<List<Problem>>> waitingNext = new java.util.ArrayList<>();
        /**
         * One thread for the checks, this view's own: a job of the workbench would say "done" in the status line after
         * every edit, over what the user did last; the view says it is checking in its own summary instead.
         */
        private final java.util.concurrent.ExecutorService checker = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bridgework-problems");
            thread.setDaemon(true);
            return thread;
        });

        Problems(Composite parent, PartContext context) {
            this.context = context;
            error = context.resources().create(Icons.error());
            warning = context.resources().create(Icons.warning());
            info = context.resources().create(Icons.info());
            Composite area = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().spacing(0, 2).margins(0, 2).applyTo(area);
            summary = new Label(area, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).applyTo(summary);
            Composite holder = new Composite(area, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
            TableColumnLayout layout = new TableColumnLayout();
            holder.setLayout(layout);
            // virtual: rows are made as they scroll into sight (a 100,000-element project has as many problems, and making
            // every row took the UI thread 3 s after each validation)
            viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
            viewer.getTable().setHeaderVisible(true);
            viewer.getTable().setLinesVisible(true);
            viewer.getTable().getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
                @Override
                public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
                    if (e.childID == org.eclipse.swt.accessibility.ACC.CHILDID_SELF) {
                        e.result = messages.get("view.problems") + ": " + summary.getText();
                    }
                }
            });
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            column(layout, "problems.column.description", 60, p -> p.message(), this::icon);
            column(layout, "problems.column.element", 18, p -> p.elementId() == null ? "" : p.elementId(), p -> null);
            column(layout, "problems.column.code", 14, Problem::code, p -> null);
            column(layout, "problems.column.severity", 8, p -> messages.get("problems.severity." + p.severity().name().toLowerCase()), p -> null);
            viewer.addDoubleClickListener(e -> select((IStructuredSelection) e.getSelection()));
            context.addElementMenu(viewer.getTable(), () -> viewer.getStructuredSelection().toList().stream()
                    .map(p -> p instanceof Problem problem && problem.elementId() != null
                            ? context.project().map(project -> project.resource().getEObject(problem.elementId())).orElse(null) : null)
                    .filter(java.util.Objects::nonNull).toList());
            viewer.getTable().addListener(SWT.DefaultSelection, e -> select(viewer.getStructuredSelection()));

            context.addProjectListener(new ProjectListener() {
                @Override
                public void projectOpened(Project project) {
                    // after the window has painted: validation is not needed for the first picture
                    later();
                }

                @Override
                public void projectChanged(Project project) {
                    schedule();
                }

                @Override
                public void projectClosed(Project project) {
                    generation++;
                    show(List.of(), null);
                }
            });
            later();
        }

        private void later() {
            context.afterFirstPaint(this::validateNow);
        }

        private void column(TableColumnLayout layout, String key, int weight, java.util.function.Function<Problem, String> text,
                java.util.function.Function<Problem, Image> image) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(messages.get(key));
            layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text.apply((Problem) element);
                }

                @Override
                public Image getImage(Object element) {
                    return image.apply((Problem) element);
                }
            });
        }

        private Image icon(Problem problem) {
            return switch (problem.severity()) {
                case ERROR -> error;
                case WARNING -> warning;
                case INFO -> info;
            };
        }

        /** Validates again a moment after the last of a burst of changes. */
        void schedule() {
            summary.getDisplay().timerExec(-1, validate);
            summary.getDisplay().timerExec(DEBOUNCE_MILLIS, validate);
        }

        public void validateNow() {
            validateNow(null);
        }

        /**
         * Validates the open project in the background and shows the problems; {@code whenDone} (may be null) gets
         * them on the UI thread, from a validation that started after this call.
         */
        public void validateNow(java.util.function.Consumer<List<Problem>> whenDone) {
            if (summary.isDisposed()) {
                return;
            }
            if (running) {
                again = true;
                if (whenDone != null) {
                    waitingNext.add(whenDone);
                }
                return;
            }
            if (whenDone != null) {
                waitingNow.add(whenDone);
            }
            Optional<Project> project = context.project();
            if (project.isEmpty()) {
                finish(List.of(), messages.get("problems.noProject"));
                return;
            }
            Optional<ValidationService> service = validation.get();
            if (service.isEmpty()) {
                finish(List.of(), messages.get("problems.noValidation"));
                return;
            }
            org.bridgework.model.GuidanceProject copy;
            try {
                copy = project.get().snapshot();
            } catch (RuntimeException | LinkageError e) {
                finish(List.of(), messages.format("problems.failed", Jobs.message(e)));
                return;
            }
            int started = ++generation;
            running = true;
            if (validations > 0) {
                summary.setText(messages.format("problems.checking", summary.getText()));
            } else {
                summary.setText(messages.get("problems.job"));
            }
            org.eclipse.swt.widgets.Display display = summary.getDisplay();
            try {
                java.util.concurrent.CompletableFuture.supplyAsync(() -> service.get().validate(copy), checker).whenComplete((found, failure) -> {
                    if (!display.isDisposed()) {
                        display.asyncExec(() -> ended(started, found, failure));
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                running = false; // the view is closing
            }
        }

        private void ended(int started, List<Problem> found, Throwable failure) {
            running = false;
            if (summary.isDisposed()) {
                return;
            }
            if (started == generation) {
                if (failure != null) {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    finish(List.of(), messages.format("problems.failed", Jobs.message(cause)));
                } else {
                    validations++;
                    finish(found, null);
                }
            }
            if (again) {
                again = false;
                waitingNow.addAll(waitingNext);
                waitingNext = new java.util.ArrayList<>();
                validateNow(null);
            }
        }

        /** Shows the problems (or the message) and hands them to whoever waited for this validation. */
        private void finish(List<Problem> found, String message) {
            show(found, message);
            List<java.util.function.Consumer<List<Problem>>> waiting = waitingNow;
            waitingNow = new java.util.ArrayList<>();
            waiting.forEach(callback -> callback.accept(problems));
        }

        private void show(List<Problem> found, String message) {
            problems = List.copyOf(found);
            viewer.setInput(problems);
            if (message != null) {
                summary.setText(message);
            } else {
                long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
                long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
                long infos = problems.size() - errors - warnings;
                summary.setText(messages.format("problems.summary", errors, warnings, infos));
            }
            summary.getParent().layout();
        }

        private void select(IStructuredSelection selection) {
            if (!(selection.getFirstElement() instanceof Problem problem) || problem.elementId() == null) {
                return;
            }
            context.project().map(p -> p.resource().getEObject(problem.elementId())).ifPresentOrElse(element -> {
                context.selection().setSelection(new StructuredSelection(element));
                // the editor that owns the element, at the element (a block opens its section's editor there)
                context.openEditor(element);
                context.statusLine().setMessage(problem.message());
            }, () -> context.statusLine().setErrorMessage(messages.format("problems.elementGone", problem.elementId())));
        }

        public List<Problem> problems() {
            return problems;
        }

        public int validations() {
            return validations;
        }

        @Override
        public void setFocus() {
            viewer.getTable().setFocus();
        }

        @Override
        public void dispose() {
            checker.shutdownNow();
        }
    }

    static Optional<EObject> element(Project project, String id) {
        return Optional.ofNullable(project.resource().getEObject(id));
    }
}
