package org.bridgework.literature.internal.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.literature.internal.Sources;
import org.bridgework.model.Person;
import org.bridgework.model.Source;

/** Helpers shared by the line-tagged formats (EndNote tagged, refer, MEDLINE). */
final class TaggedLines {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?i)(?:(\\d{4})\\s+([a-z]{3,9})(?:\\s+(\\d{1,2}))?)|(?:([a-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}))|(?:(\\d{1,2})\\s+([a-z]{3,9})\\.?\\s+(\\d{4}))");

    private TaggedLines() {
    }

    /** One record: tag to values in file order, and the line it starts on. */
    record Record(Map<String, List<String>> fields, int line) {
        Record(int line) {
            this(new LinkedHashMap<>(), line);
        }

        List<String> values(String tag) {
            return fields.getOrDefault(tag, List.of());
        }

        String first(String... tags) {
            for (String t : tags) {
                for (String v : values(t)) {
                    if (!v.isBlank()) {
                        return v.strip();
                    }
                }
            }
            return null;
        }

        void add(String tag, String value) {
            fields.computeIfAbsent(tag, k -> new ArrayList<>()).add(value);
        }

        void append(String tag, String more, String separator) {
            List<String> v = fields.get(tag);
            v.set(v.size() - 1, v.get(v.size() - 1) + separator + more);
        }
    }

    /**
     * Year, month and day from the ways these formats write dates: {@code 2021 Mar 4}, {@code 2021 Mar},
     * {@code March 4, 2021}, {@code 4 March 2021}, {@code 2021/03/04}, {@code 2021}; a season or range keeps the year.
     */
    static int[] date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = WORD_DATE.matcher(s);
        if (m.find()) {
            String y = m.group(1) != null ? m.group(1) : m.group(6) != null ? m.group(6) : m.group(9);
            String mon = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(8);
            String d = m.group(3) != null ? m.group(3) : m.group(5) != null ? m.group(5) : m.group(7);
            Integer month = month(mon);
            if (month != null) {
                int day = d == null ? 0 : Integer.parseInt(d);
                return day >= 1 && day <= 31 ? new int[] {Integer.parseInt(y), month, day} : new int[] {Integer.parseInt(y), month};
            }
        }
        return Sources.dateParts(s);
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (w.startsWith(MONTHS[i]) && (w.length() == 3 || "january february march april may june july august september october november december sept"
                    .contains(w))) {
                return i + 1;
            }
        }
        return null;
    }

    /** {@code 185-93} (MEDLINE's short form) as {@code 185-193}. */
    static String pages(String raw) {
        String p = Sources.pages(raw);
        if (p == null) {
            return null;
        }
        Matcher m = Pattern.compile("^(\\d+)-(\\d+)$").matcher(p);
        if (m.matches() && m.group(2).length() < m.group(1).length()) {
            String start = m.group(1);
            return start + "-" + start.substring(0, start.length() - m.group(2).length()) + m.group(2);
        }
        return p;
    }

    static void addNames(List<Person> into, List<String> values) {
        for (String v : values) {
            Person p = Sources.parseFamilyFirst(v);
            if (p != null) {
                into.add(p);
            }
        }
    }

    static void addKeywords(Source s, List<String> values) {
        for (String v : values) {
            for (String k : v.split("\\R|;")) {
                String t = Sources.clean(k.replace("*", ""));
                if (t != null && !s.getKeywords().contains(t)) {
                    s.getKeywords().add(t);
                }
            }
        }
    }
}
