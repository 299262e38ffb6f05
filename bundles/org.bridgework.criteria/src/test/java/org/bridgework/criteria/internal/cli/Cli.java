package org.bridgework.criteria.internal.cli;

import java.util.Map;

import org.bridgework.core.api.SampleProject;
import org.bridgework.core.internal.ProjectServiceImpl;
import org.bridgework.criteria.internal.ConsensusServiceImpl;
import org.bridgework.criteria.internal.XlsxRatingForms;
import org.bridgework.samples.internal.HeNhsPartnershipsSample;
import org.bridgework.testsupport.Commands;

/** Runs criteria's commands (consensus, assessments) as the bridgework root does, over the real services and the sample. */
final class Cli extends Commands {

    final ProjectServiceImpl projects = new ProjectServiceImpl();
    final ConsensusServiceImpl consensus = new ConsensusServiceImpl();
    final XlsxRatingForms forms = new XlsxRatingForms();

    Cli() {
        projects.addSample(new HeNhsPartnershipsSample(), Map.of(SampleProject.DEFAULT_PROPERTY, Boolean.TRUE));
        add("consensus", () -> new ConsensusCommand(projects, consensus, forms).create());
        add("assessments", () -> new AssessmentsCommand(projects, consensus).create());
    }
}
