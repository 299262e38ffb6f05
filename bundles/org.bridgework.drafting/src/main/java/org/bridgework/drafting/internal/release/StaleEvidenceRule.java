package org.bridgework.drafting.internal.release;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.core.api.Blocker;
import org.bridgework.core.api.ReleaseRule;
import org.bridgework.core.api.ReleaseScope;
import org.bridgework.model.Block;
import org.bridgework.model.EvidenceLink;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.derive.Provenance;
import org.osgi.service.component.annotations.Component;

/**
 * Release rule (and, through the gate, a warning in {@code check} and the Problems view): text whose linked evidence
 * changed since someone last confirmed it still rests on it, or whose evidence is gone.
 */
@Component(service = ReleaseRule.class)
public class StaleEvidenceRule implements ReleaseRule {

    public static final String CODE = "evidence-stale";

    @Override
    public String id() {
        return "drafting.provenance";
    }

    @Override
    public List<Blocker> blockers(GuidanceProject project, ReleaseScope scope) {
        List<Blocker> blockers = new ArrayList<>();
        if (project.getDocument() == null) {
            return blockers;
        }
        for (var it = project.getDocument().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Block block) {
                for (EvidenceLink link : block.getEvidenceLinks()) {
                    String reason = Provenance.staleReason(link);
                    if (reason != null) {
                        String evidence = link.getEvidence() != null ? link.getEvidence().getId() : link.getEvidenceId();
                        String what = link.getSentence() == null || link.getSentence().isBlank() ? "Block " + block.getId()
                                : "The sentence \"" + shorten(link.getSentence()) + "\" in block " + block.getId();
                        blockers.add(new Blocker(CODE, block.getId(), what + " rests on " + Provenance.kind(link.getEvidence()) + " " + evidence
                                + ", but " + reason + ".", "Read the evidence again ('bridgework trace " + block.getId()
                                        + "'), correct the text if needed, then confirm it is still supported ('bridgework trace " + block.getId() + " --confirm')."));
                    }
                }
            }
        }
        return blockers;
    }

    private static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 59) + "…" : t;
    }
}
