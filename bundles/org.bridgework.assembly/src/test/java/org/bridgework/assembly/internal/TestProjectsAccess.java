package org.bridgework.assembly.internal;

import org.bridgework.model.GuidanceProject;

/** The internal test projects for tests of the API package. */
public final class TestProjectsAccess {

    private TestProjectsAccess() {
    }

    public static GuidanceProject rich() throws Exception {
        return TestProjects.rich();
    }
}
