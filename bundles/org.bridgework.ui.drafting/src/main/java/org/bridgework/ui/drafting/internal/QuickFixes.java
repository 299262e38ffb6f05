package org.bridgework.ui.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.drafting.api.Finding;
import org.bridgework.ui.api.Messages;

/**
 * The mechanical fixes of a finding at a range of a block's text, where there is one: expand an acronym at its first use,
 * link a term the other sector may not know to its glossary entry, replace a word to avoid by a plainer one. Other
 * findings (long sentences, passive voice, claims without a citation) need a writer, not a fix.
 */
final class QuickFixes {

    private static final Messages MESSAGES = Messages.of(QuickFixes.class);

    /** Replace {@code [start, end)} with {@code replacement}; {@code label} is the menu text. */
    record Fix(String label, int start, int end, String replacement) {
    }

    private static final Pattern EXPAND = Pattern.compile("Expand (.+?) as (.+) at first use\\.");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\[]+\\]\\(#[^)\\s]+\\)");
    private static final Pattern WORD = Pattern.compile("uses '([^']+)': .*Plainer: (.+)\\.$", Pattern.DOTALL);

    private QuickFixes() {
    }

    static List<Fix> fixes(Finding finding, String text, FindingRanges.Range range) {
        List<Fix> out = new ArrayList<>();
        if (range == null || range.end() <= range.start() || range.end() > text.length()) {
            return out;
        }
        String found = text.substring(range.start(), range.end());
        String code = finding.problem().code();
        String fix = finding.quickFix() == null ? "" : finding.quickFix();
        switch (code) {
            case "acronym-not-expanded" -> {
                Matcher m = EXPAND.matcher(fix);
                if (m.matches() && found.equals(m.group(1))) {
                    out.add(new Fix(MESSAGES.format("fix.write", m.group(2)), range.start(), range.end(), m.group(2)));
                }
            }
            case "he-term-for-nhs-readers", "nhs-term-for-he-readers" -> {
                Matcher m = LINK.matcher(fix);
                if (m.find()) {
                    String target = m.group().substring(m.group().indexOf("](#"));
                    String link = "[" + found + target;
                    out.add(new Fix(MESSAGES.format("fix.link", found, link), range.start(), range.end(), link));
                }
            }
            case "word-to-avoid" -> {
                Matcher m = WORD.matcher(finding.problem().message());
                if (m.find()) {
                    for (String option : m.group(2).split(",|\\bor\\b")) {
                        String o = option.strip();
                        if (o.isEmpty() || o.startsWith("say ") || o.startsWith("leave ") || o.contains("(") || o.split("\\s+").length > 3) {
                            continue;
                        }
                        String replacement = Character.isUpperCase(found.charAt(0)) ? Character.toUpperCase(o.charAt(0)) + o.substring(1) : o;
                        out.add(new Fix(MESSAGES.format("fix.replace", found, replacement), range.start(), range.end(), replacement));
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }
}
