package org.bridgework.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.Lock;
import org.bridgework.core.api.Project;

/**
 * The on-disk cache of a project's index: where it lives and whether it can be reused as it is, must be rebuilt
 * (another schema, another file, unsaved changes) or is corrupt (checksums), checked before a writer opens it.
 */
final class IndexCache {

    private IndexCache() {
    }

    /** The cache folder's name: a hash of the project file's absolute path. */
    static String folderName(Path file) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    enum Verdict {
        REUSE, MISSING, STALE, CORRUPT
    }

    record Inspection(Verdict verdict, String reason, boolean refreshFingerprint) {
    }

    static Inspection inspect(Directory directory, Project project, Path file) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return new Inspection(Verdict.MISSING, "no index in the cache yet", false);
            }
        } catch (IOException e) {
            return new Inspection(Verdict.CORRUPT, "the cache folder cannot be listed (" + e + ")", false);
        }
        SegmentInfos infos;
        try {
            infos = SegmentInfos.readLatestCommit(directory);
        } catch (IOException | RuntimeException e) {
            return new Inspection(Verdict.CORRUPT, "the last commit cannot be read (" + e + ")", false);
        }
        Map<String, String> data = infos.getUserData();
        if (!ProjectIndex.SCHEMA.equals(data.get(ProjectIndex.SCHEMA_KEY))) {
            return new Inspection(Verdict.STALE, "the cache was written by another version (schema " + data.get(ProjectIndex.SCHEMA_KEY) + ")", false);
        }
        if (project.isDirty()) {
            return new Inspection(Verdict.STALE, "the project has changes that are not saved", false);
        }
        Fingerprint recorded = Fingerprint.from(data);
        if (recorded == null) {
            return new Inspection(Verdict.STALE, "the cache does not say which file it indexes", false);
        }
        try {
            String differences = recorded.differences(file);
            if (differences != null) {
                return new Inspection(Verdict.STALE, differences, false);
            }
        } catch (IOException e) {
            return new Inspection(Verdict.STALE, "the project file cannot be read (" + e + ")", false);
        }
        String failed = null;
        try {
            for (String name : infos.files(true)) {
                failed = name;
                try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Inspection(Verdict.CORRUPT, "checksum of " + failed + " failed (" + e + ")", false);
        }
        boolean touched;
        try {
            touched = Files.getLastModifiedTime(file).toMillis() != recorded.modified();
        } catch (IOException e) {
            touched = false;
        }
        return new Inspection(Verdict.REUSE, touched ? "the file was touched, its content is the same" : "the cache is current", touched);
    }

    /** Deletes every file of a corrupt index, holding the write lock (so never under another process's feet). */
    static void wipe(Directory directory) throws IOException {
        try (Lock held = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String name : directory.listAll()) {
                if (!IndexWriter.WRITE_LOCK_NAME.equals(name)) {
                    directory.deleteFile(name);
                }
            }
        }
    }
}
