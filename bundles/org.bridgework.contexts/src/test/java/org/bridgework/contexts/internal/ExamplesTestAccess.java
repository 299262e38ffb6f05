package org.bridgework.contexts.internal;

import org.bridgework.model.GuidanceProject;

/** The examples' sample project for tests in other packages. */
public final class ExamplesTestAccess {

    private ExamplesTestAccess() {
    }

    public static GuidanceProject sample() throws java.io.IOException {
        return ExamplesTest.sample();
    }
}
