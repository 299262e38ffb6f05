package org.bridgework.drafting.api;

import java.time.Instant;
import java.util.List;

import org.bridgework.model.Block;
import org.bridgework.model.Identified;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Provenance: links from text to the evidence behind it (extracts, case studies and their fields, benefits, outcomes,
 * criteria, assessments, consensus rounds), and the confirmation that the text still rests on it. Each change is one
 * undoable EMF command for the project's command stack, the same from the workbench and the command line.
 */
@ProviderType
public interface EvidenceLinks {

    /**
     * A command linking {@code block} (or one of its sentences) to {@code evidence}, confirmed now by {@code who}.
     *
     * @param field    for a case study, the field the text rests on (for example {@code referralRoute}); may be null
     * @param sentence the sentence of the block the link covers (its start is enough); null for the whole block
     */
    Command link(EditingDomain domain, Block block, Identified evidence, String field, String sentence, String who, Instant when);

    /** A command recording that every link of {@code block} is still supported: the evidence as it is now, who and when. */
    Command confirm(EditingDomain domain, Block block, String who, Instant when);

    /** The chain behind {@code block}: one step per link, with what the evidence says now and whether the text is stale. */
    List<Step> trace(Block block);

    /**
     * One link of a trace.
     *
     * @param evidenceId    the evidence's id (kept when the evidence was deleted)
     * @param kind          extract, case study, criterion ...
     * @param label         the evidence's label (title, text start), or null when it is gone
     * @param field         the case-study field, or null
     * @param sentence      the sentence covered, or null for the block
     * @param source        for an extract, its source's citation key (and locator); else null
     * @param confirmedState what the evidence said when confirmed
     * @param currentState  what it says now, or null when it is gone
     * @param confirmedAt   ISO instant of the last confirmation
     * @param confirmedBy   who confirmed
     * @param staleReason   why the text is stale, or null when it is current
     */
    record Step(String evidenceId, String kind, String label, String field, String sentence, String source, String confirmedState,
            String currentState, String confirmedAt, String confirmedBy, String staleReason) {
        public boolean stale() {
            return staleReason != null;
        }
    }
}
