package org.bridgework.core.internal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/** The project's command stack; knows while it is executing, undoing or redoing, so other changes can be told apart. */
final class ProjectCommandStack extends BasicCommandStack {

    private int depth;

    boolean isRunning() {
        return depth > 0;
    }

    @Override
    public void execute(Command command) {
        depth++;
        try {
            super.execute(command);
        } finally {
            depth--;
        }
    }

    @Override
    public void undo() {
        depth++;
        try {
            super.undo();
        } finally {
            depth--;
        }
    }

    @Override
    public void redo() {
        depth++;
        try {
            super.redo();
        } finally {
            depth--;
        }
    }
}
