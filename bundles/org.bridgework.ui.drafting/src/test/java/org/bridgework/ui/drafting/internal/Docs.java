package org.bridgework.ui.drafting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Test helpers: comments added to a review pack the way Word stores them, and screenshots of dialogs. */
final class Docs {

    private Docs() {
    }

    /** One comment: after the paragraph holding the bookmark {@code bw_<sectionId>}, by {@code author}. */
    record Comment(String sectionId, String author, String text) {
    }

    /**
     * Copies a review pack adding comments: each gets a commented paragraph after its section's heading (comment range
     * and reference as Word writes them) and an entry in {@code word/comments.xml}.
     */
    static Path commented(Path pack, Path out, Comment... comments) throws IOException {
        try (ZipFile zip = new ZipFile(pack.toFile()); OutputStream o = Files.newOutputStream(out); ZipOutputStream z = new ZipOutputStream(o)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                byte[] data;
                try (InputStream in = zip.getInputStream(entry)) {
                    data = in.readAllBytes();
                }
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int id = 1;
                    for (Comment c : comments) {
                        int bookmark = xml.indexOf("w:name=\"" + org.bridgework.drafting.internal.ReviewPack.bookmark(c.sectionId()) + "\"");
                        if (bookmark < 0) {
                            throw new IllegalArgumentException("no bookmark for " + c.sectionId());
                        }
                        int end = xml.indexOf("</w:p>", bookmark) + "</w:p>".length();
                        String para = "<w:p><w:commentRangeStart w:id=\"" + id + "\"/><w:r><w:t>Reviewed text.</w:t></w:r><w:commentRangeEnd w:id=\"" + id
                                + "\"/><w:r><w:commentReference w:id=\"" + id + "\"/></w:r></w:p>";
                        xml = xml.substring(0, end) + para + xml.substring(end);
                        id++;
                    }
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(entry.getName()));
                z.write(data);
                z.closeEntry();
            }
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
            int id = 1;
            for (Comment c : comments) {
                xml.append("<w:comment w:id=\"").append(id++).append("\" w:author=\"").append(c.author()).append("\" w:date=\"2027-03-01T10:00:00Z\" w:initials=\"R\">")
                        .append("<w:p><w:r><w:t>").append(c.text()).append("</w:t></w:r></w:p></w:comment>");
            }
            xml.append("</w:comments>");
            z.putNextEntry(new ZipEntry("word/comments.xml"));
            z.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out;
    }

    /** Writes a PNG of a shell (a dialog) to target/screenshots/NAME.png. */
    static Path screenshot(Shell shell, String name) throws IOException {
        shell.update();
        Rectangle b = shell.getBounds();
        Image image = new Image(shell.getDisplay(), b.width, b.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            loader.save(bytes, SWT.IMAGE_PNG);
            Files.write(file, bytes.toByteArray());
            return file;
        } finally {
            image.dispose();
        }
    }
}
