package org.bridgework.contexts.check;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.context.api.LocalContext;
import org.bridgework.contexts.internal.Checks;
import org.bridgework.contexts.internal.DataContexts;
import org.bridgework.core.api.Problem;
import org.bridgework.model.GuidanceProject;

/**
 * The check {@code bridgework contexts check} runs, callable without a running product: for the tests of an
 * institution's context project (the archetype's test uses it). A context file is read, validated on its own and then
 * checked against a project: every target exists, every find text occurs, no new id clashes with one in the project.
 */
public final class ContextCheck {

    private ContextCheck() {
    }

    /**
     * The problems of a data context file ({@code where} names it in messages) against {@code project}; an empty list
     * when it would install and apply cleanly.
     */
    public static List<Problem> dataContext(InputStream contextFile, String where, GuidanceProject project) {
        DataContexts.Result read = DataContexts.read(contextFile, where, null);
        List<Problem> problems = new ArrayList<>(read.problems());
        if (read.context() != null) {
            problems.addAll(context(read.context(), project));
        }
        return problems;
    }

    /** The problems of a context (data or Java) on its own and against {@code project}. */
    public static List<Problem> context(LocalContext context, GuidanceProject project) {
        List<Problem> problems = new ArrayList<>(Checks.validate(context));
        problems.addAll(Checks.check(context, project));
        return problems;
    }
}
