package org.bridgework.assembly.docx.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bridgework.assembly.api.AssembledDocument;
import org.bridgework.assembly.api.AssemblyProgress;
import org.bridgework.assembly.api.OutputSink;
import org.bridgework.assembly.api.Renderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code docx} format: a Word document with real styles, a contents field, bookmarks and alt text, its
 * WordprocessingML written directly ({@link DocxWriter}), byte-for-byte reproducible.
 */
@Component(service = Renderer.class, configurationPid = "org.bridgework.assembly.docx")
public final class DocxRenderer implements Renderer {

    /** ZIP entry time when the project has no date: the earliest a ZIP can hold. */
    static final LocalDate NO_DATE = LocalDate.of(1980, 1, 1);

    /** Configuration (PID {@code org.bridgework.assembly.docx}). */
    public @interface Config {
        /**
         * When to number the contents with the pages LibreOffice lays the document out on (when it is installed; about
         * 4 s more per document): {@code circulated} (every status but a working draft: what goes to stakeholders, the
         * Taskforce and readers), {@code always} or {@code never}. A working draft, assembled over and over while
         * writing, stays fast; Word numbers its contents when the reader updates fields.
         */
        String pageNumbers() default "circulated";
    }

    private final String pageNumbers;

    @Activate
    public DocxRenderer(Config config) {
        this.pageNumbers = config.pageNumbers() == null ? "circulated" : config.pageNumbers().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Without LibreOffice page numbers (tests, plain Java). */
    DocxRenderer() {
        this.pageNumbers = "never";
    }

    /** Whether this document's contents get LibreOffice's page numbers. */
    boolean numbersPages(AssembledDocument document) {
        return switch (pageNumbers) {
            case "always", "true" -> true;
            case "never", "false" -> false;
            default -> !AssembledDocument.Status.WORKING_DRAFT.kind().equals(document.metadata().status().kind());
        };
    }

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

    /**
     * Loads the writer's classes, the ZIP deflater and the figure rasteriser (the SVG renderer and the PNG writer) by
     * writing a throw-away document with a paragraph, a table and a figure.
     */
    @Override
    public void prepare() {
        try {
            new DocxWriter(warmUp(), () -> false).write(LocalDateTime.of(NO_DATE, LocalTime.MIDNIGHT));
        } catch (IOException | RuntimeException e) {
            // the render will meet it again and say so
        }
    }

    /** What {@link #prepare} writes: a heading, a bold run, a table and an SVG figure (drawn as PNG). */
    static AssembledDocument warmUp() {
        byte[] figure = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\">"
                + "<rect width=\"8\" height=\"4\" fill=\"#005eb8\"/><text x=\"0\" y=\"8\" font-size=\"4\">B</text></svg>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AssembledDocument.Metadata metadata = new AssembledDocument.Metadata("Bridgework", null, "en-GB", null, List.of(), NO_DATE,
                null, null, null, null);
        return new AssembledDocument(metadata, List.of(), List.of(), List.of(new AssembledDocument.Section("prepared", 1, "Prepared",
                List.of(new AssembledDocument.Paragraph("p", List.of(new AssembledDocument.Text("Bridgework",
                        java.util.Set.of(AssembledDocument.Style.STRONG)))),
                        new AssembledDocument.Table("t", "Prepared", List.of("A", "B"), List.of(List.of("1", "2")), false),
                        new AssembledDocument.Image("f", "A figure", figure, "image/svg+xml", List.of())),
                List.of(), 0, null)), List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public void render(AssembledDocument document, OutputSink out, AssemblyProgress progress) throws IOException {
        write(document, numbersPages(document), out, progress);
    }

    /** Writes {@code document} as Word, its contents numbered by LibreOffice when {@code numberPages} and it is installed. */
    static void write(AssembledDocument document, boolean numberPages, OutputSink out, AssemblyProgress progress) throws IOException {
        progress.subTask("Writing the Word document");
        LocalDate date = document.metadata().date() != null ? document.metadata().date()
                : document.metadata().assembled() != null ? document.metadata().assembled() : NO_DATE;
        LocalDateTime time = LocalDateTime.of(date, LocalTime.MIDNIGHT);
        byte[] docx = new DocxWriter(document, progress::isCancelled).write(time);
        Optional<Path> soffice = numberPages ? LibreOfficePages.soffice() : Optional.empty();
        if (soffice.isPresent() && !document.contents().isEmpty()) {
            // the contents' page numbers: LibreOffice lays this document out once, the pages it finds are written in
            progress.subTask("Numbering the contents with LibreOffice");
            Map<String, Integer> pages = LibreOfficePages.pages(soffice.get(), docx, document.contents());
            if (!pages.isEmpty()) {
                docx = new DocxWriter(document, progress::isCancelled, pages).write(time);
            }
        }
        out.main().write(docx);
    }
}
