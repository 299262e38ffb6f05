package org.bridgework.ui.contexts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.bridgework.context.api.Applicability;
import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.LocalAdaptation;
import org.bridgework.context.api.LocalContext;
import org.bridgework.core.api.Problem;
import org.bridgework.core.api.Problem.Severity;
import org.bridgework.ui.api.Messages;

/** The texts the Extensions view shows for a context bundle: UI-free, so the command line wording and the view's stay checkable. */
final class ExtensionLabels {

    /** The registry's summary problem for a disabled context; the reason is the next one. */
    private static final String DISABLED_SUMMARY = "context-disabled";
    private static final int SHORT_REASON = 140;

    private final Messages messages;

    ExtensionLabels(Messages messages) {
        this.messages = messages;
    }

    String name(ContextInfo info) {
        return info.name() == null ? info.bundle() : info.name();
    }

    String vendor(ContextInfo info) {
        return info.vendor() == null ? "" : info.vendor();
    }

    /** Trusted / part of the product / unsigned (allowed) / refused with the kind of refusal. */
    String signature(ContextInfo info) {
        return messages.get("trust." + info.trust().name());
    }

    /** The signature with the signer, for tooltips and details. */
    String signatureLong(ContextInfo info) {
        if (info.signer() != null && info.trust() == ContextInfo.Trust.TRUSTED) {
            return messages.format("trust.TRUSTED.signer", info.signer());
        }
        String text = signature(info);
        return info.signer() == null ? text : text + " (" + info.signer() + ")";
    }

    /** Active, or disabled / refused with a short reason. */
    String state(ContextInfo info) {
        if (info.status() == Status.ENABLED) {
            return messages.get("state.ENABLED");
        }
        String reason = reason(info);
        return messages.format("state." + info.status().name(), reason == null ? messages.get("state.noReason") : shorten(plainReason(reason)));
    }

    /** The whole sentence saying why a context is not active, or {@code null} when it is. */
    String reason(ContextInfo info) {
        if (info.status() == Status.ENABLED) {
            return null;
        }
        for (Severity severity : Severity.values()) {
            for (Problem problem : info.problems()) {
                if (problem.severity() == severity && !DISABLED_SUMMARY.equals(problem.code())) {
                    return problem.message();
                }
            }
        }
        return info.problems().isEmpty() ? null : info.problems().get(0).message();
    }

    /** "The context bundle x 1.0 was refused: it is not signed" -> "it is not signed"; other sentences stay whole. */
    static String plainReason(String sentence) {
        for (String marker : List.of(" was refused: ", " failed: ")) {
            int at = sentence.indexOf(marker);
            if (at >= 0) {
                return sentence.substring(at + marker.length());
            }
        }
        return sentence;
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= SHORT_REASON ? line : line.substring(0, SHORT_REASON - 1) + "\u2026";
    }

    boolean bad(ContextInfo info) {
        return info.status() != Status.ENABLED;
    }

    /** Everything about one row, as lines for the details area: what it is and does first, where it comes from last. */
    String details(ExtensionRow row) {
        ContextInfo info = row.info();
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("details.title", name(info), info.id(), info.version()));
        lines.add(messages.format("details.state", info.status() == Status.ENABLED ? state(info)
                : messages.format("state." + info.status().name(), reason(info) == null ? messages.get("state.noReason") : reason(info))));
        lines.add(messages.format("details.signature", signatureLong(info)));
        LocalContext context = row.context();
        if (context != null) {
            if (context.description() != null && !context.description().isBlank()) {
                lines.add(messages.format("details.description", context.description().strip()));
            }
            lines.add(messages.format("details.applicability", applicability(context.applicability())));
            List<LocalAdaptation> adaptations = context.adaptations();
            lines.add(messages.format("details.adaptations", String.valueOf(adaptations.size()), count(adaptations, LocalAdaptation.Note.class),
                    count(adaptations, LocalAdaptation.Replace.class), count(adaptations, LocalAdaptation.Insert.class),
                    count(adaptations, LocalAdaptation.Omit.class)));
            lines.add(messages.format("details.additions", String.valueOf(context.terms().size()), String.valueOf(context.caseStudies().size()),
                    String.valueOf(context.criterionNotes().size()), String.valueOf(context.services().size())));
        } else {
            lines.add(messages.get("details.notRead"));
        }
        if (info.problems().isEmpty()) {
            lines.add(messages.get("details.noProblems"));
        } else {
            lines.add(messages.format("details.problems", String.valueOf(info.problems().size())));
            for (Problem problem : info.problems()) {
                lines.add("  " + problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem.message());
            }
        }
        lines.add("");
        if (info.vendor() != null) {
            lines.add(messages.format("details.vendor", info.vendor()));
        }
        lines.add(messages.format("details.bundle", info.bundle(), String.valueOf(info.bundleId()), messages.get("style." + info.style().name())));
        if (info.location() != null) {
            lines.add(messages.format("details.location", info.location()));
        }
        if (!row.removable() && info.bundleId() >= 0) {
            lines.add(messages.get("details.removable.no"));
        }
        return String.join("\n", lines);
    }

    private static String count(List<LocalAdaptation> adaptations, Class<? extends LocalAdaptation> kind) {
        return String.valueOf(adaptations.stream().filter(kind::isInstance).count());
    }

    /** "small providers, specialist providers, specialisms: music; regions: London" or "any provider". */
    String applicability(Applicability applicability) {
        List<String> parts = new ArrayList<>();
        if (!applicability.sizes().isEmpty()) {
            parts.add(messages.format("details.applicability.sizes", applicability.sizes().stream().sorted()
                    .map(s -> s.getLiteral()).collect(Collectors.joining(", "))));
        }
        if (Boolean.TRUE.equals(applicability.specialist())) {
            parts.add(messages.get("details.applicability.specialist"));
        }
        if (!applicability.specialisms().isEmpty()) {
            parts.add(messages.format("details.applicability.specialisms", String.join(", ", applicability.specialisms())));
        }
        if (Boolean.TRUE.equals(applicability.furtherEducationCollege())) {
            parts.add(messages.get("details.applicability.fe"));
        }
        if (!applicability.regions().isEmpty()) {
            parts.add(messages.format("details.applicability.regions", String.join(", ", applicability.regions())));
        }
        String what = parts.isEmpty() ? messages.get("details.applicability.any") : String.join("; ", parts);
        String summary = applicability.summary();
        return summary == null || summary.isBlank() ? what : summary.strip() + " (" + what + ")";
    }
}
