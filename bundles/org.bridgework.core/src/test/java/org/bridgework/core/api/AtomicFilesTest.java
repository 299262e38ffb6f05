package org.bridgework.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheFoldersUsualPermissionsAndAReplacedOneKeepsItsOwn() throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        Path usual = Files.createFile(dir.resolve("made-plainly.txt"));
        Path written = dir.resolve("guidance.docx");
        AtomicFiles.write(written, new byte[] {1, 2, 3});
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(written),
                "as any new file in the folder (not owner-only, as a temporary file would be)");

        Path privateFile = Files.writeString(dir.resolve("settings.properties"), "a=1");
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(privateFile, "a=2".getBytes());
        assertEquals("a=2", Files.readString(privateFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)));
    }

    @Test
    void aFailingWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("pack.docx"), "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("pack.docx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
