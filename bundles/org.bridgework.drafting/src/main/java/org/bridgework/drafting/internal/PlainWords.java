package org.bridgework.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words and phrases to avoid, each with a plainer alternative. Our own short list, written after the GOV.UK style
 * guide's advice ("Plain English" and "Words to avoid"): abstract verbs, jargon and formal words that have a
 * common everyday alternative.
 */
final class PlainWords {

    record Entry(String word, String instead, Pattern pattern) {
    }

    static final List<Entry> LIST = new ArrayList<>();

    static {
        add("facilitate", "help, or say what you will do");
        add("utilise", "use");
        add("utilize", "use");
        add("leverage", "use");
        add("going forward", "from now on (or leave it out)");
        add("moving forward", "from now on (or leave it out)");
        add("robust", "strong, well tested, or say what makes it so");
        add("empower", "let, or say what people can now do");
        add("foster", "encourage, build");
        add("deploy", "use, put in place");
        add("collaborate", "work with");
        add("liaise", "work with, talk to");
        add("streamline", "simplify");
        add("overarching", "overall, or leave it out");
        add("holistic", "whole, complete");
        add("synergy", "working together");
        add("stakeholder engagement", "talking to the people involved");
        add("commence", "start");
        add("endeavour", "try");
        add("in order to", "to");
        add("prior to", "before");
        add("in relation to", "about");
        add("with regard to", "about");
        add("in respect of", "about, for");
        add("whilst", "while");
        add("in the event of", "if");
        add("at this point in time", "now");
        add("a number of", "some, several, or the number");
        add("approximately", "about");
        add("sufficient", "enough");
        add("numerous", "many");
        add("obtain", "get");
        add("purchase", "buy");
        add("additional", "extra, more");
        add("assist", "help");
        add("ameliorate", "improve");
        add("incentivise", "encourage");
        add("operationalise", "put into practice");
        add("upskill", "train");
        add("tackle", "deal with, solve");
        add("combat", "stop, reduce");
        add("transform", "change, improve (say how)");
        add("touch base", "talk, meet");
    }

    private static void add(String word, String instead) {
        String stem = Pattern.quote(word);
        String body;
        if (word.contains(" ")) {
            body = stem;
        } else if (word.endsWith("e")) {
            // facilitate, facilitates, facilitated, facilitating
            body = Pattern.quote(word.substring(0, word.length() - 1)) + "(?:e|es|ed|ing)";
        } else {
            body = stem + "(?:s|es|d|ed|ing)?";
        }
        LIST.add(new Entry(word, instead, Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE)));
    }

    private PlainWords() {
    }

    /** The entries found in a plain text, each once, in list order. */
    static List<Entry> find(String plain) {
        List<Entry> found = new ArrayList<>();
        String lower = plain.toLowerCase(Locale.ROOT);
        for (Entry e : LIST) {
            if (lower.contains(e.word().substring(0, Math.min(4, e.word().length()))) && e.pattern().matcher(plain).find()) {
                found.add(e);
            }
        }
        return found;
    }
}
