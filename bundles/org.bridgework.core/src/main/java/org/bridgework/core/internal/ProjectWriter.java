package org.bridgework.core.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.core.api.ProjectService;
import org.bridgework.model.Identified;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Writes a resource to a file deterministically and atomically: the XMI goes to a new temporary file in the target's
 * folder, is forced to disk, the current file (if any) is kept as {@code NAME.bak}, then the temporary file is moved
 * over the target in one atomic rename and the folder is forced too. On any failure the temporary file is deleted
 * and the target is untouched.
 */
class ProjectWriter {

    /**
     * The fixed save options: UTF-8, "\n" line ends, two-space indentation, one attribute per line (line width 1, so a
     * changed value is a one-line diff), no schema location and nothing that varies between runs. Default values are not
     * written, except {@code formatVersion}, which the model's resource always writes.
     */
    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_XML_VERSION, "1.0");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
        options.put(XMLResource.OPTION_LINE_WIDTH, 1);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }

    /** Writes {@code resource} to {@code target} atomically, keeping the previous version as {@code target.bak}. */
    void write(Resource resource, Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Could not save " + file + ": the folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new IOException("Could not save " + file + ": there is a folder of that name.");
        }
        String dangling = danglingReference(resource);
        if (dangling != null) {
            throw new IOException("Could not save " + file + ": " + dangling + ". The file on disk was not changed.");
        }
        Path temp = folder.resolve("." + name + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        Path backupTemp = null;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                serialize(resource, wrap(out));
                out.flush();
                channel.force(true);
            }
            copyPermissions(file, temp);
            if (Files.exists(file)) {
                backupTemp = folder.resolve("." + name + "." + UUID.randomUUID().toString().substring(0, 8) + ".bak.tmp");
                keepBackup(file, backupTemp, folder.resolve(name + ProjectService.BACKUP_SUFFIX));
                backupTemp = null;
            }
            move(temp, file);
            forceFolder(folder);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (backupTemp != null) {
                deleteQuietly(backupTemp);
            }
            throw new IOException("Could not save " + file + ": " + reason(e, folder) + ". The file on disk was not changed.", e);
        }
    }

    /**
     * A reference the file could not represent (it would not load again): to an element outside the resource
     * (deleted, or never added), or to an element without an id. Null when there is none.
     */
    static String danglingReference(Resource resource) {
        TreeIterator<EObject> all = resource.getAllContents();
        while (all.hasNext()) {
            EObject element = all.next();
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()
                        || !element.eIsSet(reference)) {
                    continue;
                }
                Object value = element.eGet(reference, false);
                List<?> targets = reference.isMany() ? (List<?>) value : Collections.singletonList(value);
                for (Object target : targets) {
                    if (!(target instanceof EObject t)) {
                        continue;
                    }
                    boolean outside = t.eIsProxy() || t.eResource() != resource;
                    boolean noId = !outside && t instanceof Identified i && (i.getId() == null || i.getId().isBlank());
                    if (outside || noId) {
                        return "the " + GuidanceValidator.describe(element) + " refers in '" + reference.getName() + "' to the "
                                + GuidanceValidator.describe(t) + (outside ? ", which is no longer in the project (was it deleted?)" : ", which has no id")
                                + "; fix or remove the reference (validate lists every such problem)";
                    }
                }
            }
        }
        return null;
    }

    /** Hook for tests: wraps the stream the XMI is written to. */
    OutputStream wrap(OutputStream out) {
        return out;
    }

    /** Hook for tests: the last step, the atomic rename of the new version over the target. */
    void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void serialize(Resource resource, OutputStream out) throws IOException {
        try {
            resource.save(out, saveOptions());
        } catch (Resource.IOWrappedException e) {
            if (e.getCause() instanceof DanglingHREFException) {
                throw new IOException("an element refers to an element that is no longer in the project (was it deleted?); "
                        + "run validate to find it (" + e.getCause().getMessage() + ")", e);
            }
            throw e;
        }
    }

    /** The previous version becomes {@code NAME.bak}: a hard link (or a copy) under a temporary name, then renamed. */
    private void keepBackup(Path file, Path backupTemp, Path backup) throws IOException {
        try {
            Files.createLink(backupTemp, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, backupTemp, StandardCopyOption.COPY_ATTRIBUTES);
        }
        try {
            move(backupTemp, backup);
        } catch (FileSystemException e) {
            deleteQuietly(backupTemp);
            if (Files.isDirectory(backup)) {
                throw new IOException("the previous version could not be kept as " + backup.getFileName() + ": there is a folder of that name", e);
            }
            throw e;
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            if (source != null && target != null && Files.exists(from)) {
                target.setPermissions(source.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // keep the default permissions of a new file
        }
    }

    /** Makes the rename itself durable (POSIX); not possible everywhere, so best effort. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open a folder as a channel; the file itself was forced
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // nothing more to do: it is a hidden temporary file
        }
    }

    private static String reason(Throwable e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (is the folder " + folder + " writable?)";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() != null ? " (" + fs.getFile() + ")" : "");
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
