package org.bridgework.drafting.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.bridgework.drafting.api.EvidenceLinks;
import org.bridgework.model.Block;
import org.bridgework.model.EvidenceLink;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage.Literals;
import org.bridgework.model.Identified;
import org.bridgework.model.derive.Derived;
import org.bridgework.model.derive.Provenance;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;

/** Links and confirmations as EMF commands; staleness from {@link Provenance} (evidence state compared, not clocks). */
@Component(service = EvidenceLinks.class)
public class EvidenceLinksImpl implements EvidenceLinks {

    @Override
    public Command link(EditingDomain domain, Block block, Identified evidence, String field, String sentence, String who, Instant when) {
        if (block == null || evidence == null) {
            return UnexecutableCommand.INSTANCE;
        }
        EvidenceLink link = GuidanceFactory.eINSTANCE.createEvidenceLink();
        link.setEvidence(evidence);
        link.setEvidenceId(evidence.getId());
        link.setField(blankToNull(field));
        link.setSentence(blankToNull(sentence));
        link.setConfirmedState(Provenance.state(evidence, link.getField()));
        link.setConfirmedAt(instant(when));
        link.setConfirmedBy(blankToNull(who));
        Command add = AddCommand.create(domain, block, Literals.BLOCK__EVIDENCE_LINKS, link);
        CompoundCommand command = new CompoundCommand("Link " + block.getId() + " to " + evidence.getId());
        command.append(add);
        return command;
    }

    @Override
    public Command confirm(EditingDomain domain, Block block, String who, Instant when) {
        CompoundCommand command = new CompoundCommand("Confirm " + (block == null ? "" : block.getId()) + " still supported");
        if (block == null) {
            return UnexecutableCommand.INSTANCE;
        }
        for (EvidenceLink link : block.getEvidenceLinks()) {
            String now = Provenance.currentState(link);
            if (now == null) {
                // evidence gone: nothing to confirm against; the link stays stale until removed or relinked
                continue;
            }
            command.append(SetCommand.create(domain, link, Literals.EVIDENCE_LINK__CONFIRMED_STATE, now));
            command.append(SetCommand.create(domain, link, Literals.EVIDENCE_LINK__CONFIRMED_AT, instant(when)));
            command.append(SetCommand.create(domain, link, Literals.EVIDENCE_LINK__CONFIRMED_BY, blankToNull(who)));
            command.append(SetCommand.create(domain, link, Literals.EVIDENCE_LINK__EVIDENCE_ID, link.getEvidence().getId()));
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    @Override
    public List<Step> trace(Block block) {
        List<Step> steps = new ArrayList<>();
        for (EvidenceLink link : block.getEvidenceLinks()) {
            Identified e = link.getEvidence();
            String now = Provenance.currentState(link);
            String source = null;
            if (e instanceof Extract x && x.getSource() != null) {
                source = (x.getSource().getCitationKey() == null ? x.getSource().getId() : "@" + x.getSource().getCitationKey())
                        + (x.getLocator() == null || x.getLocator().isBlank() ? "" : ", " + x.getLocator());
            }
            steps.add(new Step(e != null ? e.getId() : link.getEvidenceId(), Provenance.kind(e), now == null ? null : Derived.label(e),
                    link.getField(), link.getSentence(), source, link.getConfirmedState(), now, link.getConfirmedAt(), link.getConfirmedBy(),
                    Provenance.staleReason(link)));
        }
        return steps;
    }

    private static String instant(Instant when) {
        return (when == null ? Instant.now() : when).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
