package org.bridgework.assembly.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A package's parts as canonical element trees, one line per element, attribute and text: names by namespace URI and
 * local name (prefixes and namespace declarations do not count), attributes sorted, white space between elements
 * dropped (but kept in text and field instructions), comments dropped. Two writers' parts compare equal when their
 * trees are the same, whatever their serialisation.
 */
final class XmlTrees {
    private XmlTrees() {
    }

    /** Each part of the ZIP: XML parts as their canonical lines, others as their size and hash (when {@code binary}). */
    static Map<String, List<String>> parts(byte[] zip, boolean binary) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                byte[] data = z.readAllBytes();
                out.put(e.getName(), e.getName().endsWith(".xml") || e.getName().endsWith(".rels") ? lines(data)
                        : List.of(binary ? "binary " + data.length + " bytes, hash " + java.util.Arrays.hashCode(data) : "binary"));
            }
        }
        return out;
    }

    static List<String> lines(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        List<String> out = new ArrayList<>();
        try {
            element(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement(), "", out);
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("not well-formed: " + e.getMessage(), e);
        }
        return out;
    }

    private static void element(Element e, String indent, List<String> out) {
        out.add(indent + "<" + name(e));
        NamedNodeMap attrs = e.getAttributes();
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                sorted.put(name(a), a.getNodeValue());
            }
        }
        sorted.forEach((k, v) -> out.add(indent + "  @" + k + "=" + v));
        boolean keepSpace = e.getLocalName().equals("t") || e.getLocalName().equals("instrText");
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                element(child, indent + "  ", out);
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = c.getNodeValue();
                if (keepSpace || !text.isBlank()) {
                    out.add(indent + "  \"" + text.replace("\n", "\\n").replace("\t", "\\t") + "\"");
                }
            }
        }
    }

    private static String name(Node n) {
        return n.getNamespaceURI() == null ? n.getLocalName() : "{" + shortNs(n.getNamespaceURI()) + "}" + n.getLocalName();
    }

    private static String shortNs(String uri) {
        return switch (uri) {
            case WordXml.W -> "w";
            case WordXml.R -> "r";
            case WordXml.WP -> "wp";
            default -> uri;
        };
    }

    /**
     * The differences between two packages' parts, in words; empty when they are the same trees. Pictures and other
     * binary parts are compared by their bytes when {@code binary}, else only by their names.
     */
    static List<String> differences(byte[] expected, byte[] actual, boolean binary) throws Exception {
        Map<String, List<String>> a = parts(expected, binary);
        Map<String, List<String>> b = parts(actual, binary);
        List<String> out = new ArrayList<>();
        if (!a.keySet().equals(b.keySet())) {
            out.add("parts differ: " + a.keySet() + " vs " + b.keySet());
        }
        for (String part : a.keySet()) {
            List<String> x = a.get(part);
            List<String> y = b.get(part);
            if (y == null || x.equals(y)) {
                continue;
            }
            int i = 0;
            while (i < x.size() && i < y.size() && x.get(i).equals(y.get(i))) {
                i++;
            }
            int from = Math.max(0, i - 6);
            out.add(part + " differs at line " + i + " (" + x.size() + " vs " + y.size() + " lines):\n  expected: "
                    + String.join("\n            ", x.subList(from, Math.min(x.size(), i + 4))) + "\n  actual:   "
                    + String.join("\n            ", y.subList(from, Math.min(y.size(), i + 4))));
        }
        return out;
    }
}
