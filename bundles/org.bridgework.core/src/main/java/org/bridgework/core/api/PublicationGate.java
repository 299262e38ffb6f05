package org.bridgework.core.api;

import java.util.List;

import org.bridgework.model.GuidanceProject;
import org.osgi.annotation.versioning.ProviderType;

/** Runs every {@link ReleaseRule} installed: the project may be released when the list is empty. */
@ProviderType
public interface PublicationGate {

    /** Every blocker, rule by rule in rule-id order, each rule's in model order. */
    List<Blocker> blockers(GuidanceProject project, ReleaseScope scope);

    /** The ids of the rules installed now, sorted. */
    List<String> rules();
}
