package org.bridgework.literature.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.Person;
import org.bridgework.model.Source;

/** Small helpers the format readers and writers share. */
public final class Sources {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(1[5-9]\\d\\d|20\\d\\d|2100)(?![0-9])");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
    private static final Pattern DMY_DATE = Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\s*$");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("\\s*(--|–|—|‒|-)\\s*");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private Sources() {
    }

    public static Source newSource() {
        return GuidanceFactory.eINSTANCE.createSource();
    }

    public static Person person(String family, String given) {
        Person p = GuidanceFactory.eINSTANCE.createPerson();
        p.setFamily(blankToNull(family));
        p.setGiven(blankToNull(given));
        return p;
    }

    /**
     * The name that stands for more authors not named (BibTeX {@code and others}, CSL-JSON {@code {"literal": "others"}}):
     * kept as a literal name "others" so that citations and the bibliography say "et al." and the exports write it back.
     */
    public static final String OTHERS = "others";

    /** True for the {@link #OTHERS} name. */
    public static boolean isOthers(Person p) {
        return p != null && p.getFamily() == null && p.getGiven() == null && p.getLiteral() != null && p.getLiteral().strip().equalsIgnoreCase(OTHERS);
    }

    public static Person literal(String name) {
        Person p = GuidanceFactory.eINSTANCE.createPerson();
        p.setLiteral(blankToNull(name));
        return p;
    }

    /** White space runs (line breaks of wrapped values included) to one space, trimmed; {@code null} when blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Notes as some tools export them (Zotero: HTML paragraphs) as plain text. */
    public static String plainNote(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("(?i)<br\\s*/?>|</p>\\s*<p>", "\n");
        t = HTML_TAG.matcher(t).replaceAll("");
        t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", " ");
        return blankToNull(t);
    }

    /** Page ranges as written ({@code 185--193}, {@code 185–193}) to {@code 185-193}. */
    public static String pages(String s) {
        String t = clean(s);
        if (t == null) {
            return null;
        }
        return DASHES.matcher(t).replaceAll("-");
    }

    /** The first plausible year in a text, or null. */
    public static Integer year(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A month number from {@code 3}, {@code 03}, {@code mar}, {@code March}, or null. */
    public static Integer month(String s) {
        String t = clean(s);
        if (t == null) {
            return null;
        }
        if (t.matches("\\d{1,2}")) {
            int m = Integer.parseInt(t);
            return m >= 1 && m <= 12 ? m : null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (lower.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return null;
    }

    /** Year, month and day from ISO-like dates ({@code 2021}, {@code 2021-03}, {@code 2021/03/15/}) or day/month/year. */
    public static int[] dateParts(String s) {
        if (s == null) {
            return null;
        }
        Matcher iso = ISO_DATE.matcher(s);
        if (iso.find()) {
            int y = Integer.parseInt(iso.group(1));
            Integer m = iso.group(2) == null ? null : Integer.valueOf(iso.group(2));
            Integer d = iso.group(3) == null ? null : Integer.valueOf(iso.group(3));
            if (m == null || m < 1 || m > 12) {
                return new int[] {y};
            }
            if (d == null || d < 1 || d > 31) {
                return new int[] {y, m};
            }
            return new int[] {y, m, d};
        }
        Matcher dmy = DMY_DATE.matcher(s);
        if (dmy.find()) {
            int d = Integer.parseInt(dmy.group(1));
            int m = Integer.parseInt(dmy.group(2));
            int y = Integer.parseInt(dmy.group(3));
            if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                return new int[] {y, m, d};
            }
        }
        Integer y = year(s);
        return y == null ? null : new int[] {y};
    }

    /** Sets issued year (and month, day when given). */
    public static void issued(Source source, int[] parts) {
        if (parts == null || parts.length == 0) {
            return;
        }
        source.setIssuedYear(parts[0]);
        source.setIssuedMonth(parts.length > 1 ? parts[1] : null);
        source.setIssuedDay(parts.length > 2 ? parts[2] : null);
    }

    /** A full date, or null when the text holds no complete valid date. */
    public static LocalDate localDate(String s) {
        int[] p = dateParts(s);
        if (p == null || p.length < 3) {
            return null;
        }
        try {
            return LocalDate.of(p[0], p[1], p[2]);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An ISBN-10 or ISBN-13 (digits, X, hyphens, spaces), or null; an ISSN is not an ISBN. */
    public static String isbn(String s) {
        if (s == null) {
            return null;
        }
        for (String part : s.split("[;,]|\\s{2,}|\\s(?=97[89])")) {
            String digits = part.replaceAll("[^0-9Xx]", "");
            if (digits.length() == 10 || digits.length() == 13) {
                return part.replaceAll("(?i)^\\s*isbn[:\\s]*", "").replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
            }
        }
        return null;
    }

    /** Keywords as a list: tools separate them with commas, semicolons or new lines. */
    public static List<String> keywords(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String k : s.split("[;,\\n]")) {
            String t = clean(k);
            if (t != null && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Text for comparison: no accents, lower case, letters and digits only, single spaces. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFKD) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        n = n.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe").replace("ø", "o")
                .replace("Ø", "o").replace("ł", "l").replace("Ł", "l").replace("đ", "d").replace("Đ", "d").replace("ð", "d")
                .replace("Ð", "d").replace("þ", "th").replace("Þ", "th").replace("ı", "i").replace("ȷ", "j").replace("ŋ", "n")
                .replace("Ŋ", "n").replace("ĳ", "ij");
        return NOT_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The first author's family name (or corporate name), or the first editor's, or null. */
    public static String firstAuthor(Source s) {
        List<Person> people = s.getAuthors().isEmpty() ? s.getEditors() : s.getAuthors();
        if (people.isEmpty()) {
            return null;
        }
        Person p = people.get(0);
        return p.getLiteral() != null ? p.getLiteral() : p.getFamily();
    }

    /**
     * A RIS-style name ({@code Family, Given}, {@code Family, Given, Suffix}); with no comma, or with only a
     * trailing comma (EndNote's way of marking an organisation), a corporate name.
     */
    public static Person parseFamilyFirst(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        if (s.endsWith(",")) {
            return literal(s.replaceAll(",+$", "").strip()); // EndNote's mark of an organisation
        }
        if (s.indexOf(',') < 0) {
            return givenFamily(s);
        }
        String[] parts = s.split("\\s*,\\s*", -1);
        Person p = person(parts[0], parts[1]);
        splitParticle(p);
        if (parts.length > 2) {
            // Family, Suffix, Given (RIS) when the middle part looks like a suffix
            if (parts[1].matches("(?i)jr\\.?|sr\\.?|[IVX]+|\\d+(st|nd|rd|th)")) {
                p.setSuffix(parts[1]);
                p.setGiven(blankToNull(parts[2]));
            } else {
                p.setGiven(blankToNull(parts[1]));
                p.setSuffix(blankToNull(parts[2]));
            }
        }
        return p;
    }

    private static final java.util.regex.Pattern ORGANISATION_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(universit(y|ies|aire|ät|at|é)|college|school|department|dept|ministry|office|agency|council|committee|commission"
            + "|association|society|trust|foundation|institute|institution|centre|center|service|services|board|group|network"
            + "|organi[sz]ation|government|parliament|authority|alliance|federation|union|partnership|forum|taskforce|panel"
            + "|consortium|collaboration|collaborative|unit|team|inc|ltd|plc|llc|gmbh|press|publishing|health|education|care"
            + "|excellence|students|student|england|scotland|wales|ireland|kingdom|nations|world|national|international"
            + "|royal|charity|project|programme|program|initiative|coalition|league|bureau|library|hospital|clinic|nhs|mind)\\b");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "von", "der", "den", "de", "del", "della",
            "di", "da", "dos", "das", "du", "le", "la", "ten", "ter", "bin", "ibn", "al", "el", "vander", "zu");

    /**
     * A name written without a comma ("Emma Broglia", "J. R. R. Tolkien", "Smith", "Universities UK"): a person
     * unless it reads as an organisation (an organisation word, an acronym, "&", "of", digits, or more than five
     * words). A single word is a person's family name.
     */
    public static Person givenFamily(String raw) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        String[] words = s.split(" ");
        if (looksLikeOrganisation(s, words)) {
            return literal(s);
        }
        if (words.length == 1) {
            return person(s, null);
        }
        if (words[words.length - 1].matches("\\p{Lu}{1,3}") && !words[0].matches("\\p{Lu}{1,3}\\.?")) {
            // Vancouver style as PubMed writes it: "Broglia E", "Smith JR" (family, then initials)
            String initials = String.join(" ", words[words.length - 1].chars().mapToObj(c -> Character.toString(c) + ".").toList());
            Person p = person(String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - 1)), initials);
            splitParticle(p);
            return p;
        }
        int familyStart = words.length - 1;
        String suffix = null;
        if (words.length > 2 && words[familyStart].matches("(?i)jr\\.?|sr\\.?|[IVX]+")) {
            suffix = words[familyStart];
            familyStart--;
        }
        int familyEnd = familyStart;
        while (familyStart > 1 && PARTICLES.contains(words[familyStart - 1])) {
            familyStart--;
        }
        if (familyStart == 1 && PARTICLES.contains(words[0]) ) {
            familyStart = 0;
        }
        Person p = person(String.join(" ", java.util.Arrays.copyOfRange(words, familyStart, familyEnd + 1)),
                familyStart == 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(words, 0, familyStart)));
        splitParticle(p);
        p.setSuffix(suffix);
        return p;
    }

    static boolean looksLikeOrganisation(String s, String[] words) {
        if (words.length > 5 || s.contains("&") || s.matches(".*\\d.*") || ORGANISATION_WORD.matcher(s).find()) {
            return true;
        }
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            // an acronym (NHS, UUK, WHO), not initials (J., JR, A.B.)
            if (letters.length() >= 2 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT)) && !w.contains(".")
                    && letters.length() > 2) {
                return true;
            }
            if (java.util.Set.of("of", "for", "and", "the", "on", "in", "und", "et").contains(w.toLowerCase(java.util.Locale.ROOT))
                    && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "van der Berg" as a family name: the lower-case words before the capitalised last part are the
     * non-dropping particle (CSL's and BibTeX's reading), so every format stores the name the same way.
     */
    static void splitParticle(Person p) {
        String family = p.getFamily();
        if (family == null || p.getNonDroppingParticle() != null) {
            return;
        }
        String[] words = family.split(" ");
        int i = 0;
        while (i < words.length - 1 && !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0))) {
            i++;
        }
        if (i > 0 && i < words.length) {
            p.setNonDroppingParticle(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)));
            p.setFamily(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        }
    }

    /** A name as people write it: {@code Family, Given} when the name has a given part, else the literal. */
    public static String familyFirst(Person p) {
        if (p.getLiteral() != null && !p.getLiteral().isBlank()) {
            return p.getLiteral();
        }
        String family = (p.getNonDroppingParticle() != null ? p.getNonDroppingParticle() + " " : "") + (p.getFamily() == null ? "" : p.getFamily());
        StringBuilder sb = new StringBuilder(family.strip());
        if (p.getGiven() != null && !p.getGiven().isBlank()) {
            sb.append(", ").append(p.getGiven().strip());
        }
        if (p.getSuffix() != null && !p.getSuffix().isBlank()) {
            sb.append(", ").append(p.getSuffix().strip());
        }
        return sb.toString();
    }
}
