package org.bridgework.context.api;

import java.util.List;

import org.bridgework.core.api.Problem;

/**
 * What the registry knows about one context bundle or service, whether it works or not: for {@code bridgework
 * contexts list}, the workbench's Extensions view and problem reports.
 *
 * @param id           the context id, or the bundle's symbolic name when the context could not be read
 * @param name         the context's name, or the bundle's name
 * @param vendor       the context's vendor, or the bundle's {@code Bundle-Vendor}, or {@code null}
 * @param bundle       the providing bundle's symbolic name
 * @param bundleId     the providing bundle's framework id
 * @param version      the providing bundle's version
 * @param location     where the bundle was installed from (a file URI for extensions)
 * @param style        data file or Java service
 * @param status       whether it can be used
 * @param trust        the signature check's verdict
 * @param signer       the signing certificate's subject when signed, else {@code null}
 * @param problems     why it is disabled or refused, and warnings; never {@code null}
 */
public record ContextInfo(String id, String name, String vendor, String bundle, long bundleId, String version, String location,
        Style style, Status status, Trust trust, String signer, List<Problem> problems) {

    public ContextInfo {
        problems = List.copyOf(problems);
    }

    public enum Style {
        DATA, JAVA
    }

    public enum Status {
        /** Checked and usable: {@link ContextRegistry#get(String)} returns it. */
        ENABLED,
        /** Trusted, but it threw, hung or gave bad data: see the problems. */
        DISABLED,
        /** Its bundle is not trusted (unsigned, signed by an unknown key, tampered): it was not allowed to resolve. */
        REFUSED
    }

    public enum Trust {
        /** Part of the product itself (its {@code bundles/} folder). */
        PRODUCT,
        /** Every entry signed by a certificate in a trust store, signature intact. */
        TRUSTED,
        /** Not signed, allowed because the user set {@code contexts.allowUnsigned}. */
        UNSIGNED_ALLOWED,
        /** Signed by a key no trust store holds, allowed because the user set {@code contexts.allowUnsigned}. */
        UNTRUSTED_ALLOWED,
        /** Not signed (or some entries not signed). */
        UNSIGNED,
        /** Signed, but by a certificate that no trust store holds. */
        UNTRUSTED_SIGNER,
        /** The signature does not match the content: the jar was changed after signing. */
        TAMPERED,
        /** The jar could not be read to check it. */
        UNVERIFIABLE;

        /** Whether a bundle with this verdict may run. */
        public boolean allowed() {
            return this == PRODUCT || this == TRUSTED || this == UNSIGNED_ALLOWED || this == UNTRUSTED_ALLOWED;
        }
    }
}
