package org.bridgework.assembly.docx.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code docx} format: a Word document with real styles, a contents field, bookmarks and alt text, written by
 * Apache POI (embedded in this bundle) and made byte-for-byte reproducible.
 */
@Component(service = Renderer.class)
public final class DocxRenderer implements Renderer {

    /** ZIP entry time when the project has no date: the earliest a ZIP can hold. */
    static final LocalDate NO_DATE = LocalDate.of(1980, 1, 1);

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public String description() {
        return "Word document (DOCX) with headings, contents, bookmarks and alt text";
    }

    @Override
    public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
        progress.subTask("Writing the Word document");
        byte[] raw;
        // POI's XmlBeans finds its schema types through the context class loader: the POI bundle's (org.bridgework.lib.poi)
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(org.apache.poi.xwpf.usermodel.XWPFDocument.class.getClassLoader());
        try {
            raw = new DocxWriter(document, progress::isCancelled).write();
        } finally {
            thread.setContextClassLoader(previous);
        }
        LocalDate date = document.metadata().date() != null ? document.metadata().date()
                : document.metadata().assembled() != null ? document.metadata().assembled() : NO_DATE;
        ZipNormalizer.normalize(raw, LocalDateTime.of(date, LocalTime.MIDNIGHT), out.main());
    }
}
