package org.bridgework.ui.contexts.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.ContextRegistry;
import org.bridgework.core.api.Problem;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Install from a file and uninstall, as the view's buttons and the File menu's command do them: a few lines over
 * {@link ContextRegistry#install(Path)} and {@link ContextRegistry#uninstall(String)} (the service behind
 * {@code bridgework contexts install|uninstall}), run as background jobs with progress, with a dialog that names the
 * bundle and the reason when it goes wrong.
 */
final class ExtensionActions {

    /** What an install job ends with: the registry's verdict, or why it could not even be judged. */
    record Outcome(Path jar, ContextInfo info, String failure) {
    }

    private final ContextRegistry registry;
    private final ExtensionPrompts prompts;
    private final Messages messages;
    private final ExtensionLabels labels;

    ExtensionActions(ContextRegistry registry, ExtensionPrompts prompts, Messages messages) {
        this.registry = registry;
        this.prompts = prompts;
        this.messages = messages;
        this.labels = new ExtensionLabels(messages);
    }

    /** Asks for a jar, then installs it; {@code installed} is told on the UI thread when a context was installed. */
    void chooseAndInstall(WorkbenchContext context, Consumer<ContextInfo> installed) {
        Path jar = prompts.chooseJar(context.shell(), messages.get("install.dialog.title"));
        if (jar != null) {
            install(context, jar, installed);
        }
    }

    void install(WorkbenchContext context, Path jar, Consumer<ContextInfo> installed) {
        String file = String.valueOf(jar.getFileName());
        context.jobs().schedule(messages.format("install.job", file), monitor -> run(jar, monitor)).whenDone((outcome, failure) -> {
            if (failure instanceof CancellationException) {
                return;
            }
            if (failure != null) {
                outcome = new Outcome(jar, null, message(failure));
            }
            report(context, outcome, installed);
        });
    }

    private Outcome run(Path jar, IProgressMonitor monitor) {
        monitor.beginTask(messages.format("install.job", jar.getFileName()), IProgressMonitor.UNKNOWN);
        try {
            return new Outcome(jar, registry.install(jar.toAbsolutePath()), null);
        } catch (IllegalArgumentException | IOException e) {
            // not a bundle, not a context bundle, already installed from elsewhere, unreadable: the message says which
            return new Outcome(jar, null, message(e));
        } finally {
            monitor.done();
        }
    }

    private void report(WorkbenchContext context, Outcome outcome, Consumer<ContextInfo> installed) {
        ContextInfo info = outcome.info();
        if (info == null) {
            prompts.error(context.shell(), messages.get("install.error.title"),
                    messages.format("install.error.failed", outcome.jar().toString(), outcome.failure()));
            return;
        }
        if (info.status() == Status.REFUSED) {
            String reason = info.problems().stream().map(Problem::message).findFirst().orElse(labels.signature(info));
            String hint = messages.has("install.hint." + info.trust().name()) ? messages.get("install.hint." + info.trust().name())
                    : messages.get("install.hint.other");
            prompts.error(context.shell(), messages.get("install.error.title"), messages.format("install.error.refused", reason, hint));
            return;
        }
        if (info.status() == Status.DISABLED) {
            String problems = String.join("\n", info.problems().stream().map(p -> "- " + p.message()).toList());
            prompts.warning(context.shell(), messages.get("install.disabled.title"),
                    messages.format("install.disabled", labels.name(info), info.version(), problems));
        }
        // success needs no message of its own: the job's end is reported in the status line, the new row is selected
        installed.accept(info);
    }

    /** Asks, then uninstalls in the background; {@code done} is told on the UI thread when it is gone. */
    void uninstall(WorkbenchContext context, ContextInfo info, Runnable done) {
        String name = labels.name(info);
        if (!prompts.confirm(context.shell(), messages.get("uninstall.confirm.title"),
                messages.format("uninstall.confirm", name, info.bundle(), info.version()), messages.get("uninstall.confirm.button"),
                messages.get("cancel"))) {
            return;
        }
        context.jobs().<Void>schedule(messages.format("uninstall.job", name), monitor -> {
            monitor.beginTask(messages.format("uninstall.job", name), IProgressMonitor.UNKNOWN);
            try {
                registry.uninstall(info.id());
                return null;
            } finally {
                monitor.done();
            }
        }).whenDone((nothing, failure) -> {
            if (failure instanceof CancellationException) {
                return;
            }
            if (failure != null) {
                prompts.error(context.shell(), messages.get("uninstall.error.title"),
                        messages.format("uninstall.error", name + " (" + info.bundle() + " " + info.version() + ")", message(failure)));
                return;
            }
            done.run();
        });
    }

    private static String message(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
