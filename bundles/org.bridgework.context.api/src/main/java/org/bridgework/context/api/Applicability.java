package org.bridgework.context.api;

import java.util.List;
import java.util.Set;

import org.bridgework.model.HepProfile;
import org.bridgework.model.HepSize;

/**
 * The kind of higher education provider (HEP) a context suits. Empty sets and {@code null} mean "any".
 *
 * @param sizes                   provider sizes it suits
 * @param specialist              {@code true}: specialist providers only (for example conservatoires, arts colleges)
 * @param specialisms             free-text specialisms, for example "music", "performing arts"
 * @param regions                 regions (free text, as in the model's organisations)
 * @param furtherEducationCollege {@code true}: higher education delivered in further education colleges
 * @param summary                 one sentence for people, or {@code null}
 */
public record Applicability(Set<HepSize> sizes, Boolean specialist, List<String> specialisms, List<String> regions,
        Boolean furtherEducationCollege, String summary) {

    /** Suits any provider. */
    public static final Applicability ANY = new Applicability(Set.of(), null, List.of(), List.of(), null, null);

    public Applicability {
        sizes = Set.copyOf(sizes);
        specialisms = List.copyOf(specialisms);
        regions = List.copyOf(regions);
    }

    /** Whether a provider with this profile (and region, may be {@code null}) is one this context is for. */
    public boolean suits(HepProfile profile, String region) {
        if (profile == null) {
            return sizes.isEmpty() && specialist == null && furtherEducationCollege == null;
        }
        if (!sizes.isEmpty() && !sizes.contains(profile.getSize())) {
            return false;
        }
        if (Boolean.TRUE.equals(specialist) && !profile.isSpecialist()) {
            return false;
        }
        if (Boolean.TRUE.equals(furtherEducationCollege) && !profile.isFurtherEducationCollege()) {
            return false;
        }
        return regions.isEmpty() || region == null || regions.stream().anyMatch(r -> r.equalsIgnoreCase(region));
    }
}
