package org.bridgework.ui.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AboutInfoTest {

    @TempDir
    Path home;

    @Test
    void theCommitComesFromTheProductProperties() throws Exception {
        Files.writeString(home.resolve("product.properties"), "version=0.1.0\ncommit=3ae5ebf01234\n");
        assertEquals("3ae5ebf01234", AboutInfo.commitOf(home));
    }

    @Test
    void noFileOrNoCommitIsUnknown() throws Exception {
        assertEquals("unknown", AboutInfo.commitOf(home));
        Files.writeString(home.resolve("product.properties"), "version=0.1.0\n");
        assertEquals("unknown", AboutInfo.commitOf(home));
    }
}
