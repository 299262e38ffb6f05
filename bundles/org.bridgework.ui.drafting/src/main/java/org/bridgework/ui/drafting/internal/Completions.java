package org.bridgework.ui.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.model.CaseStudy;
import org.bridgework.model.Challenge;
import org.bridgework.model.Extract;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Person;
import org.bridgework.model.Solution;
import org.bridgework.model.Source;
import org.bridgework.ui.api.Messages;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

/**
 * Completion in block text: after {@code [@} (or {@code @} inside a citation, {@code ; @}) the citation keys of the
 * project's sources; after {@code (#} (an element reference {@code [text](#id)}) the ids of challenges, solutions,
 * case studies and extracts. Proposals insert the rest of the key or id (and the closing bracket).
 */
final class Completions implements IContentProposalProvider {

    private static final Messages MESSAGES = Messages.of(Completions.class);

    private static final Pattern CITATION = Pattern.compile("(?:\\[|;\\s*|\\[[^\\]\\[]*\\s)-?@([\\p{L}\\p{N}_:.-]*)$");
    private static final Pattern REFERENCE = Pattern.compile("\\]\\(#([\\p{L}\\p{N}_.:-]*)$");

    private final Supplier<GuidanceProject> project;

    Completions(Supplier<GuidanceProject> project) {
        this.project = project;
    }

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        GuidanceProject root = project.get();
        if (root == null) {
            return new IContentProposal[0];
        }
        String before = contents.substring(Math.max(0, position - 200), position);
        List<IContentProposal> out = new ArrayList<>();
        Matcher c = CITATION.matcher(before);
        if (c.find()) {
            String prefix = c.group(1);
            boolean closed = position < contents.length() && contents.charAt(position) == ']';
            for (Source s : root.getSources()) {
                String key = s.getCitationKey();
                if (key != null && key.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                    out.add(new ContentProposal(key.substring(prefix.length()) + (closed ? "" : "]"), key + " — " + describe(s), s.getTitle()));
                }
            }
            return out.toArray(IContentProposal[]::new);
        }
        Matcher r = REFERENCE.matcher(before);
        if (r.find()) {
            String prefix = r.group(1).toLowerCase(Locale.ROOT);
            boolean closed = position < contents.length() && contents.charAt(position) == ')';
            String close = closed ? "" : ")";
            for (Challenge ch : root.getChallenges()) {
                add(out, prefix, ch.getId(), MESSAGES.format("completion.challenge", ch.getTitle()), close);
            }
            for (Solution so : root.getSolutions()) {
                add(out, prefix, so.getId(), MESSAGES.format("completion.solution", so.getTitle()), close);
            }
            for (CaseStudy cs : root.getCaseStudies()) {
                add(out, prefix, cs.getId(), MESSAGES.format("completion.caseStudy", cs.getTitle()), close);
            }
            for (Source s : root.getSources()) {
                for (Extract e : s.getExtracts()) {
                    add(out, prefix, e.getId(), MESSAGES.format("completion.extract", s.getCitationKey(), shorten(e.getText())), close);
                }
            }
        }
        return out.toArray(IContentProposal[]::new);
    }

    private static void add(List<IContentProposal> out, String prefix, String id, String label, String close) {
        if (id != null && id.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            out.add(new ContentProposal(id.substring(prefix.length()) + close, id + " — " + label, label));
        }
    }

    private static String describe(Source s) {
        String author = s.getAuthors().isEmpty() ? "" : name(s.getAuthors().get(0)) + (s.getAuthors().size() > 1 ? " et al." : "");
        String year = s.getIssuedYear() == null ? "n.d." : s.getIssuedYear().toString();
        return (author.isEmpty() ? "" : author + " ") + "(" + year + ") " + shorten(s.getTitle());
    }

    private static String name(Person p) {
        return p.getFamily() != null ? p.getFamily() : p.getLiteral() != null ? p.getLiteral() : "";
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
