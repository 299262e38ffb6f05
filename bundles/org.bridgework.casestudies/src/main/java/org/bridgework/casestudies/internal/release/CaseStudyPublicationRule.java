package org.bridgework.casestudies.internal.release;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.model.CaseStudy;
import org.bridgework.model.CaseStudyEmbed;
import org.bridgework.model.CollectionStatus;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.derive.Derived;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

/**
 * Release rule: a case study the guidance shows has been verified (or approved) and its partners' consent to publish
 * it is recorded.
 */
@Component(service = ReleaseRule.class)
public class CaseStudyPublicationRule implements ReleaseRule {

    public static final String NOT_VERIFIED = "case-study-not-verified";
    public static final String NO_CONSENT = "case-study-no-consent";

    @Override
    public String id() {
        return "casestudies.publication";
    }

    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        Set<CaseStudy> shown = new LinkedHashSet<>();
        if (project.getDocument() != null) {
            for (var it = project.getDocument().eAllContents(); it.hasNext();) {
                EObject e = it.next();
                if (e instanceof CaseStudyEmbed embed && embed.getCaseStudy() != null) {
                    shown.add(embed.getCaseStudy());
                }
            }
        }
        List<Blocker> blockers = new ArrayList<>();
        for (CaseStudy cs : shown) {
            CollectionStatus status = cs.getCollectionStatus();
            // "collected" has one definition (Derived.awaitsCollection), shared with milestone readiness and the board
            if (Derived.awaitsCollection(cs) || status == CollectionStatus.WITHDRAWN) {
                blockers.add(new Blocker(NOT_VERIFIED, cs.getId(), "Case study '" + cs.getTitle() + "' is shown in the guidance but is "
                        + status.getLiteral() + ", not verified.", status == CollectionStatus.WITHDRAWN
                                ? "Remove it from the guidance: its partners withdrew it."
                                : "Verify it with its partners (Collection Board: move it on to verified) or take it out of the guidance."));
            }
            if (cs.getConsentToPublish() == null && status != CollectionStatus.WITHDRAWN) {
                blockers.add(new Blocker(NO_CONSENT, cs.getId(), "Case study '" + cs.getTitle() + "' has no recorded consent to publish.",
                        "Record the day its partners agreed to publication of the text as written (the case study's 'consent to publish')."));
            }
        }
        return blockers;
    }
}
