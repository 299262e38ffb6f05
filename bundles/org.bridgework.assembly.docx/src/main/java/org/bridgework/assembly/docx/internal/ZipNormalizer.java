package org.bridgework.assembly.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a ZIP (POI's DOCX) with every entry stamped with one fixed time, in the order POI wrote them (content
 * types first), with no extra fields and no comment: the same parts always give the same bytes, whatever the clock
 * or the time zone.
 */
final class ZipNormalizer {
    private ZipNormalizer() {
    }

    static void normalize(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
        Set<String> seen = new HashSet<>();
        ZipOutputStream z = new ZipOutputStream(nonClosing(out));
        z.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!seen.add(e.getName())) {
                    throw new IOException("POI wrote part " + e.getName() + " twice");
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                copy.setMethod(ZipEntry.DEFLATED);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        z.finish();
        z.flush();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
