package org.bridgework.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Issuer;
import org.bridgework.model.Publication;
import org.bridgework.model.PublicationStatus;
import org.osgi.service.component.annotations.Component;

/** Release rules about the publication itself: its status, its issuers and the summary readers see. */
@Component(service = ReleaseRule.class)
public class PublicationRules implements ReleaseRule {

    public static final String NOT_FINAL = "status-not-final";
    public static final String ISSUER = "issuer-incomplete";
    public static final String SUMMARY = "reader-summary-missing";

    @Override
    public String id() {
        return "publication";
    }

    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        List<Blocker> blockers = new ArrayList<>();
        Publication publication = project.getPublication();
        PublicationStatus status = publication == null ? PublicationStatus.WORKING_DRAFT : publication.getStatus();
        if (scope.release() && status != PublicationStatus.FINAL) {
            blockers.add(new Blocker(NOT_FINAL, project.getId(), "The project's status is '" + status.getLiteral()
                    + "': only a final version is released.", "Set the publication status to 'final' (and its publication date) once everything else here is resolved."));
        }
        if (publication == null || publication.getReaderSummary() == null || publication.getReaderSummary().isBlank()) {
            blockers.add(new Blocker(SUMMARY, project.getId(), "There is no summary for readers: the document's description would be empty.",
                    "Write one or two sentences for readers in the publication's reader summary (never the internal project brief)."));
        }
        if (publication == null || publication.getIssuers().stream().noneMatch(Issuer::isConfirmed)) {
            blockers.add(new Blocker(ISSUER, project.getId(), "No confirmed issuing organisation is named.",
                    "Add the issuing organisations to the publication, in the order the cover shows them."));
        }
        if (publication != null) {
            for (Issuer issuer : publication.getIssuers()) {
                String name = issuer.getOrganisation() == null ? issuer.getId() : issuer.getOrganisation().getName();
                if (!issuer.isConfirmed()) {
                    blockers.add(new Blocker(ISSUER, issuer.getId(), "Issuer " + name + " is not confirmed.",
                            "Confirm it (it then appears on the cover) or remove it from the issuers."));
                }
                if (issuer.getOrganisation() == null) {
                    blockers.add(new Blocker(ISSUER, issuer.getId(), "Issuer " + issuer.getId() + " names no organisation.",
                            "Choose the organisation it stands for."));
                }
                if (issuer.getLogoPath() != null && !issuer.getLogoPath().isBlank()
                        && (issuer.getLogoAltText() == null || issuer.getLogoAltText().isBlank())) {
                    blockers.add(new Blocker(ISSUER, issuer.getId(), "The logo of issuer " + name + " has no alt text.",
                            "Give it alt text, for example '" + name + " logo'."));
                }
            }
        }
        return blockers;
    }
}
