package org.bridgework.ui.workbench.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bridgework.ui.api.Stacks;
import org.bridgework.ui.workbench.internal.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The window's trim for minimised stacks: one button per minimised stack naming its views, which restores it.
 * Hidden while no stack is minimised. Split out of {@link PartStacks}; UI thread only.
 */
final class MinimizedTrim {
    private final ToolBar minimizedBar;
    private final Map<String, CTabFolder> folders;
    private final Messages messages;
    private final Consumer<String> restoreStack;

    MinimizedTrim(ToolBar minimizedBar, Map<String, CTabFolder> folders, Messages messages, Consumer<String> restoreStack) {
        this.minimizedBar = minimizedBar;
        this.folders = folders;
        this.messages = messages;
        this.restoreStack = restoreStack;
    }

    void update(LayoutState.PerspectiveState ps) {
        if (minimizedBar == null || minimizedBar.isDisposed()) {
            return;
        }
        for (ToolItem item : minimizedBar.getItems()) {
            item.dispose();
        }
        for (String stack : PartStacks.STACKS) {
            CTabFolder folder = folders.get(stack);
            boolean hasContent = folder.getItemCount() > 0 || Stacks.EDITOR_AREA.equals(stack);
            if (!ps.minimized.contains(stack) || !hasContent) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (CTabItem item : folder.getItems()) {
                names.add(PartStacks.plain(item.getText()));
            }
            ToolItem restore = new ToolItem(minimizedBar, SWT.PUSH);
            restore.setText(messages.format("stack.minimized", messages.get("stack." + stack), String.join(", ", names)));
            restore.setToolTipText(messages.format("stack.restoreTooltip", messages.get("stack." + stack)));
            restore.addListener(SWT.Selection, e -> restoreStack.accept(stack));
        }
        Composite trim = minimizedBar.getParent();
        boolean any = minimizedBar.getItemCount() > 0;
        if (trim.getLayoutData() instanceof org.eclipse.swt.layout.GridData data && data.exclude == any) {
            data.exclude = !any;
            trim.setVisible(any);
            trim.getParent().layout(true, true);
        } else {
            trim.layout(true, true);
        }
    }
}
