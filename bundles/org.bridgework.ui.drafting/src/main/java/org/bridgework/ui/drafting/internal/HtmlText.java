package org.bridgework.ui.drafting.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The assembly's HTML (well-formed XML, see {@code HtmlExport}) as plain text with the ranges of headings, for the
 * preview when no browser engine is available: headings on their own lines, paragraphs apart, list items with
 * bullets, callouts indented. No DTDs or external entities are read.
 */
final class HtmlText {

    /** A heading's character range and level (1 is the document title). */
    record Heading(int start, int length, int level) {
    }

    /** The text and where its headings are. */
    record Result(String text, List<Heading> headings) {
    }

    private static final Set<String> SKIP = Set.of("head", "style", "script", "nav");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "aside", "figure", "figcaption", "table", "tr", "blockquote", "header", "footer", "main", "ul", "ol", "dl");

    private HtmlText() {
    }

    static Result of(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            String xml = html.replaceFirst("(?is)^\\s*<!DOCTYPE[^>]*>", "");
            Element root = b.parse(new InputSource(new StringReader(xml))).getDocumentElement();
            StringBuilder out = new StringBuilder();
            List<Heading> headings = new ArrayList<>();
            walk(root, out, headings);
            String text = out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
            // headings were recorded before the clean-up: find them again in the final text, in order
            List<Heading> located = new ArrayList<>();
            int from = 0;
            for (Heading h : headings) {
                String ht = out.substring(h.start(), h.start() + h.length()).strip();
                int at = text.indexOf(ht, from);
                if (at >= 0 && !ht.isEmpty()) {
                    located.add(new Heading(at, ht.length(), h.level()));
                    from = at + ht.length();
                }
            }
            return new Result(text, located);
        } catch (Exception e) {
            String text = html.replaceAll("(?is)<(style|script)[^>]*>.*?</\\1>", "").replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
            return new Result(text, List.of());
        }
    }

    private static void walk(Node node, StringBuilder out, List<Heading> headings) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.append(node.getNodeValue().replaceAll("\\s+", " "));
            return;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        String name = node.getNodeName().toLowerCase(Locale.ROOT);
        if (SKIP.contains(name)) {
            return;
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            out.append("\n\n");
            int start = out.length();
            children(node, out, headings);
            headings.add(new Heading(start, out.length() - start, name.charAt(1) - '0'));
            out.append("\n");
            return;
        }
        if (name.equals("br")) {
            out.append('\n');
            return;
        }
        if (name.equals("li")) {
            out.append("\n  • ");
            children(node, out, headings);
            return;
        }
        if (name.equals("td") || name.equals("th")) {
            out.append(" | ");
            children(node, out, headings);
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            out.append("\n\n");
        }
        children(node, out, headings);
        if (block) {
            out.append("\n");
        }
    }

    private static void children(Node node, StringBuilder out, List<Heading> headings) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            walk(c, out, headings);
        }
    }
}
