package org.bridgework.casestudies.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Test helpers: edit a template's document XML as a partner's word processor would. */
final class Templates {

    static final String W = TemplateWriter.W;

    private Templates() {
    }

    static Map<String, byte[]> parts(Path docx) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(docx.toFile())) {
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                try (InputStream in = z.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    static void writeParts(Path docx, Map<String, byte[]> parts) throws Exception {
        try (OutputStream o = Files.newOutputStream(docx); ZipOutputStream z = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
    }

    /** Rewrites word/document.xml's text. */
    static void editXml(Path docx, UnaryOperator<String> edit) throws Exception {
        Map<String, byte[]> parts = parts(docx);
        parts.put("word/document.xml", edit.apply(new String(parts.get("word/document.xml"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        writeParts(docx, parts);
    }

    /** Edits word/document.xml as a DOM. */
    static void editDom(Path docx, java.util.function.Consumer<Document> edit) throws Exception {
        Map<String, byte[]> parts = parts(docx);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(parts.get("word/document.xml")));
        edit.accept(d);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.transform(new DOMSource(d), new StreamResult(b));
        parts.put("word/document.xml", b.toByteArray());
        writeParts(docx, parts);
    }

    /** The row whose first cell's text is the key. */
    static Element row(Document d, String key) {
        NodeList rows = d.getElementsByTagNameNS(W, "tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element tr = (Element) rows.item(i);
            List<Element> cells = cells(tr);
            if (!cells.isEmpty() && TemplateDocument.text(cells.get(0)).strip().equals(key)) {
                return tr;
            }
        }
        throw new AssertionError("no row " + key);
    }

    static List<Element> cells(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "tc".equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Replaces the answer cell's paragraphs with one per line of {@code text}. */
    static void answer(Document d, String key, String text) {
        List<Element> cells = cells(row(d, key));
        Element cell = cells.get(cells.size() - 1);
        for (Node n = cell.getFirstChild(); n != null;) {
            Node next = n.getNextSibling();
            if ("p".equals(n.getLocalName())) {
                cell.removeChild(n);
            }
            n = next;
        }
        for (String line : text.split("\n", -1)) {
            Element p = d.createElementNS(W, "w:p");
            Element r = d.createElementNS(W, "w:r");
            Element t = d.createElementNS(W, "w:t");
            t.setTextContent(line);
            r.appendChild(t);
            p.appendChild(r);
            cell.appendChild(p);
        }
    }

    static void fill(Path docx, Map<String, String> answers) throws Exception {
        editDom(docx, d -> answers.forEach((k, v) -> answer(d, k, v)));
    }

    static String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append("word");
        }
        return b.toString();
    }
}
