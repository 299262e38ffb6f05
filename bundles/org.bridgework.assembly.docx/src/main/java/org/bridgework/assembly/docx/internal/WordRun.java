package org.bridgework.assembly.docx.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run ({@code w:r}): its properties in the order they were set (setting one again replaces its value in place,
 * as Word's run properties are a choice group) and its content (text, tabs, breaks, field characters, a drawing).
 */
final class WordRun {
    private final Map<String, String> properties = new LinkedHashMap<>(4);
    private final StringBuilder content = new StringBuilder(64);

    WordRun style(String styleId) {
        properties.put("rStyle", WordXml.val("rStyle", styleId));
        return this;
    }

    WordRun bold() {
        properties.put("b", "<w:b w:val=\"on\"/>");
        return this;
    }

    WordRun italic() {
        properties.put("i", "<w:i w:val=\"on\"/>");
        return this;
    }

    WordRun smallCaps() {
        properties.put("smallCaps", "<w:smallCaps w:val=\"on\"/>");
        return this;
    }

    /** {@code superscript} or {@code subscript}. */
    WordRun verticalAlign(String value) {
        properties.put("vertAlign", WordXml.val("vertAlign", value));
        return this;
    }

    /** A colour as RRGGBB. */
    WordRun color(String rgb) {
        properties.put("color", WordXml.val("color", rgb));
        return this;
    }

    /** The font size in points (written in half-points). */
    WordRun fontSize(int points) {
        properties.put("sz", "<w:sz w:val=\"" + points * 2 + "\"/>");
        return this;
    }

    WordRun tab() {
        content.append("<w:tab/>");
        return this;
    }

    WordRun lineBreak() {
        content.append("<w:br/>");
        return this;
    }

    /** A {@code w:t}, keeping its spaces when it starts or ends with white space (as Word needs to see them). */
    WordRun text(String text) {
        content.append(text.isEmpty() || !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(text.length() - 1))
                ? "<w:t>" : "<w:t xml:space=\"preserve\">");
        WordXml.text(content, text).append("</w:t>");
        return this;
    }

    /** Sets the run's text: line feeds become line breaks (w:br), characters XML cannot hold are dropped. */
    WordRun lines(String text) {
        if (text == null) {
            return this;
        }
        String[] lines = WordXml.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                lineBreak();
            }
            if (!lines[i].isEmpty()) {
                text(lines[i]);
            }
        }
        return this;
    }

    /** A field character: {@code begin}, {@code separate} or {@code end}. */
    WordRun fieldChar(String type) {
        content.append("<w:fldChar w:fldCharType=\"").append(type).append("\"/>");
        return this;
    }

    WordRun instruction(String instruction) {
        content.append("<w:instrText xml:space=\"preserve\">");
        WordXml.text(content, instruction).append("</w:instrText>");
        return this;
    }

    /** Markup written as it is (a drawing). */
    WordRun raw(String xml) {
        content.append(xml);
        return this;
    }

    void write(StringBuilder out) {
        if (properties.isEmpty() && content.isEmpty()) {
            out.append("<w:r/>");
            return;
        }
        out.append("<w:r>");
        if (!properties.isEmpty()) {
            out.append("<w:rPr>");
            properties.values().forEach(out::append);
            out.append("</w:rPr>");
        }
        out.append(content).append("</w:r>");
    }
}
