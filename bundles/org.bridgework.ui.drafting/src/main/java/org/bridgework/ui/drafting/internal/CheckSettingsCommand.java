package org.bridgework.ui.drafting.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.bridgework.drafting.api.CheckSettings;
import org.bridgework.drafting.api.DraftingChecks;
import org.bridgework.ui.api.CommandContribution;
import org.bridgework.ui.api.Menus;
import org.bridgework.ui.api.Messages;
import org.bridgework.ui.api.WorkbenchContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Project &gt; Drafting Check Settings...: which checks run on the project, their severity and thresholds. */
@Component(service = CommandContribution.class)
public class CheckSettingsCommand implements CommandContribution {

    private static final Messages MESSAGES = Messages.of(CheckSettingsCommand.class);

    private final DraftingChecks checks;

    @Activate
    public CheckSettingsCommand(@Reference DraftingChecks checks) {
        this.checks = checks;
    }

    @Override
    public String id() {
        return "org.bridgework.ui.drafting.checkSettings";
    }

    @Override
    public String label() {
        return MESSAGES.get("command.checkSettings.label");
    }

    @Override
    public String description() {
        return MESSAGES.get("command.checkSettings.description");
    }

    @Override
    public String menuPath() {
        return Menus.PROJECT;
    }

    @Override
    public boolean isEnabled(WorkbenchContext context) {
        return context.project().map(p -> p.file() != null).orElse(false);
    }

    @Override
    public void execute(WorkbenchContext context) {
        Path file = context.project().map(p -> p.file()).orElse(null);
        if (file == null) {
            return;
        }
        edit(context, file, new CheckSettingsDialog(context.shell(), checks.checks(), load(file), CheckSettings.sidecar(file).getFileName().toString()));
    }

    static CheckSettings load(Path file) {
        try {
            return CheckSettings.load(file);
        } catch (IOException e) {
            return CheckSettings.defaults();
        }
    }

    /** Opens the dialog and writes what it returns; true when written. */
    static boolean edit(WorkbenchContext context, Path file, CheckSettingsDialog dialog) {
        if (dialog.open() != Window.OK || dialog.result() == null) {
            return false;
        }
        try {
            dialog.result().store(file);
            context.statusLine().setMessage(MESSAGES.format("checks.status.saved", CheckSettings.sidecar(file).getFileName()));
            return true;
        } catch (IOException e) {
            MessageDialog.openError(context.shell(), CheckSettingsDialog.TITLE, MESSAGES.format("checks.error.save", CheckSettings.sidecar(file), e.getMessage()));
            return false;
        }
    }
}
