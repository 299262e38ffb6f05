package org.bridgework.ui.casestudies.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.bridgework.model.CaseStudy;
import org.bridgework.model.GuidanceProject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Test helpers: find sample elements; answer a template's questions as a partner would in Word. */
final class TemplateFixtures {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private TemplateFixtures() {
    }

    static CaseStudy caseStudy(GuidanceProject p, String id) {
        return p.getCaseStudies().stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no case study " + id));
    }

    /** Answers to the sample's mandatory criteria (the template cannot be imported without them). */
    static Map<String, String> mandatory() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("criterion.c1-benefits.evidence", "Routine data on follow-ups.");
        a.put("criterion.c2-no-duplication.evidence", "It adds a route from A&E; crisis care stays with the NHS.");
        a.put("criterion.c5-addresses-challenges.evidence", "Information sharing.");
        return a;
    }

    /** Puts each answer in the last cell of the row whose first cell is its key, one paragraph per line. */
    static void fill(Path docx, Map<String, String> answers) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(docx.toFile())) {
            for (var en = z.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                try (InputStream in = z.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("word/document.xml")));
        answers.forEach((key, text) -> answer(d, key, text));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(out));
        parts.put("word/document.xml", out.toByteArray());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(docx))) {
            for (var p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
    }

    private static void answer(Document d, String key, String text) {
        NodeList rows = d.getElementsByTagNameNS(W, "tr");
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((Element) rows.item(i)).getElementsByTagNameNS(W, "tc");
            if (cells.getLength() > 1 && cells.item(0).getTextContent().strip().equals(key)) {
                Element cell = (Element) cells.item(cells.getLength() - 1);
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
                return;
            }
        }
        throw new AssertionError("the template has no row " + key);
    }
}
