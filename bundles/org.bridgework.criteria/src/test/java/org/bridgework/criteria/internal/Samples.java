package org.bridgework.criteria.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bridgework.core.api.Project;
import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.model.ConsensusRound;
import org.bridgework.model.Criterion;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Member;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;

/** The shipped sample, through the real project service. */
final class Samples {

    final ProjectServiceImpl projects = new ProjectServiceImpl();

    Samples() {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
    }

    /** A copy of the sample in {@code dir}. */
    Path copy(Path dir) throws Exception {
        Path file = dir.resolve("sample.guidance");
        try (InputStream in = new HeNhsPartnershipsSample().open()) {
            Files.copy(in, file);
        }
        return file;
    }

    Project open(Path file) throws Exception {
        return projects.open(file);
    }

    static Criterion criterion(GuidanceProject p, String id) {
        return p.getCriteria().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    static Member member(GuidanceProject p, String id) {
        return p.getMembers().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    static ConsensusRound round(GuidanceProject p, int n) {
        return p.getRounds().stream().filter(r -> r.getNumber() == n).findFirst().orElseThrow();
    }
}
