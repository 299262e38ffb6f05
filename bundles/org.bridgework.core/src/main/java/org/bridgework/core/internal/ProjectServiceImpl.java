package org.bridgework.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.bridgework.core.api.FormatMigration;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectChangedOnDiskException;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.core.api.ProjectLockedException;
import org.bridgework.core.api.ProjectService;
import org.bridgework.core.api.SampleProject;
import org.bridgework.model.GuidanceFactory;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.provider.GuidanceItemProviderAdapterFactory;
import org.bridgework.model.util.GuidanceResourceFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The project service: opens {@code .guidance} files through the model bundle's resource factory service, saves them
 * with {@link ProjectWriter}, and copies the default {@link SampleProject} (whiteboard) into working folders.
 */
@Component(service = ProjectService.class, configurationPid = ProjectServiceImpl.PID)
public class ProjectServiceImpl implements ProjectService {

    /**
     * Configuration PID; properties {@code maxFileMegabytes} (default 200), {@code maxDepth} (64),
     * {@code maxValueCharacters} (1048576) and {@code lockWaitSeconds} (30).
     */
    public static final String PID = "org.bridgework.core.projects";

    /** Component configuration. */
    public @interface Config {
        /** Largest project file opened, in megabytes. */
        long maxFileMegabytes() default DEFAULT_MAX_FILE_BYTES / (1024 * 1024);

        /** Deepest nesting of elements in a project file. */
        int maxDepth() default DEFAULT_MAX_DEPTH;

        /** Longest attribute value or text run in a project file, in characters. */
        int maxValueCharacters() default DEFAULT_MAX_VALUE_CHARS;

        /** How long a save of a project not open for editing waits for someone else's lock, in seconds. */
        long lockWaitSeconds() default 30;
    }

    /** Name of a hidden temporary file {@link ProjectWriter} makes beside {@code NAME}: {@code .NAME.xxxxxxxx[.bak].tmp}. */
    static final String TEMPORARY_NAME = "\\.%s\\.[0-9a-f]{8}(\\.bak)?\\.tmp";

    private final Resource.Factory resourceFactory;
    private final long maxBytes;
    private final int formatVersion;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final List<FormatMigration> migrations = new CopyOnWriteArrayList<>();
    private final ProjectWriter writer;
    private final int maxDepth;
    private final int maxValueChars;
    private final Duration lockWait;

    /** A sample service with the properties that choose the default. */
    private record Sample(SampleProject service, boolean isDefault, int ranking, long id) {
    }

    @Activate
    public ProjectServiceImpl(
            @Reference(target = "(emf.fileExtension=" + GuidanceResourceFactory.FILE_EXTENSION + ")") Resource.Factory resourceFactory,
            Config config) {
        this(resourceFactory, config.maxFileMegabytes() * 1024 * 1024, FORMAT_VERSION, new ProjectWriter(), config.maxDepth(),
                config.maxValueCharacters(), Duration.ofSeconds(config.lockWaitSeconds()));
    }

    /** Plain Java (tests, tools): explicit limit, current format version and writer; the other limits' defaults. */
    public ProjectServiceImpl(Resource.Factory resourceFactory, long maxBytes, int formatVersion, ProjectWriter writer) {
        this(resourceFactory, maxBytes, formatVersion, writer, DEFAULT_MAX_DEPTH, DEFAULT_MAX_VALUE_CHARS, DEFAULT_LOCK_WAIT);
    }

    /** Plain Java with every limit explicit. */
    public ProjectServiceImpl(Resource.Factory resourceFactory, long maxBytes, int formatVersion, ProjectWriter writer, int maxDepth,
            int maxValueChars, Duration lockWait) {
        this.resourceFactory = Objects.requireNonNull(resourceFactory);
        this.maxBytes = maxBytes;
        this.formatVersion = formatVersion;
        this.writer = writer;
        this.maxDepth = maxDepth;
        this.maxValueChars = maxValueChars;
        this.lockWait = lockWait;
    }

    /** Plain Java with the defaults. */
    public ProjectServiceImpl() {
        this(new GuidanceResourceFactory(), DEFAULT_MAX_FILE_BYTES, FORMAT_VERSION, new ProjectWriter());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSample(SampleProject sample, Map<String, Object> properties) {
        Object isDefault = properties.get(SampleProject.DEFAULT_PROPERTY);
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object id = properties.get(Constants.SERVICE_ID);
        samples.add(new Sample(sample, isDefault != null && Boolean.parseBoolean(isDefault.toString()),
                ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : 0L));
    }

    public void removeSample(SampleProject sample) {
        samples.removeIf(s -> s.service() == sample);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addMigration(FormatMigration migration) {
        migrations.add(migration);
    }

    public void removeMigration(FormatMigration migration) {
        migrations.remove(migration);
    }

    // ------------------------------------------------------------------ open, create

    @Override
    public Project open(Path file) throws ProjectLoadException {
        return open(file, null, null);
    }

    @Override
    public Project openForEditing(Path file, String tool, Duration wait) throws ProjectLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            return open(absolute, null, null); // reports what is wrong with it, no lock file made
        }
        ProjectLock lock;
        try {
            lock = ProjectLock.acquire(absolute, tool, wait);
        } catch (ProjectLockedException e) {
            throw new ProjectLoadException(absolute, 0, 0, e.getMessage(), e);
        } catch (IOException e) {
            // no lock file can be made (a read-only folder): nothing can be saved there either, and a save says so
            return open(absolute, null, null);
        }
        try {
            return open(absolute, null, lock);
        } catch (ProjectLoadException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Override
    public Optional<String> lockHolder(Path file) {
        return Optional.ofNullable(ProjectLock.currentHolder(file));
    }

    private Project open(Path file, Path temporaryFolder, ProjectLock lock) throws ProjectLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        Path real = ProjectLock.realFile(absolute);
        DiskState state = null;
        try {
            if (Files.isRegularFile(real) && Files.size(real) <= maxBytes) {
                cleanTemporaryFiles(real, lock);
                state = DiskState.of(real); // before loading: a change after it is seen at the next save
            }
        } catch (IOException e) {
            state = null; // unreadable: the loader says why
        }
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
        ProjectLoader loader = new ProjectLoader(maxBytes, formatVersion, () -> List.copyOf(migrations), maxDepth, maxValueChars);
        ProjectLoader.Loaded loaded = loader.load(absolute, resource);
        ProjectImpl project = newProject(absolute, resource, temporaryFolder);
        project.diskState(state);
        project.lock(lock);
        if (loaded.fileVersion() < formatVersion) {
            project.markDirty(); // migrated in memory: saving writes the current format
        }
        return project;
    }

    /**
     * Deletes the hidden temporary files a save killed half-way left beside {@code real} ({@code .NAME.xxxxxxxx.tmp},
     * {@code .NAME.xxxxxxxx.bak.tmp}): only ours, and only when nobody is saving now (we hold the lock, or can take it).
     */
    static void cleanTemporaryFiles(Path real, ProjectLock held) {
        Path folder = real.getParent();
        if (folder == null || real.getFileName() == null) {
            return;
        }
        Pattern ours = Pattern.compile(String.format(Locale.ROOT, TEMPORARY_NAME, Pattern.quote(real.getFileName().toString())));
        List<Path> stray = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> ours.matcher(entry.getFileName().toString()).matches())) {
            for (Path entry : entries) {
                if (ours.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    stray.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // an unreadable folder: the loader reports it
        }
        if (stray.isEmpty()) {
            return;
        }
        ProjectLock lock = held;
        try {
            if (lock == null) {
                lock = ProjectLock.acquire(real, "Bridgework (cleaning up)", Duration.ZERO);
            }
            for (Path file : stray) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // someone is saving now (their file, not stray) or the folder is read-only: left for another time
        } finally {
            if (lock != null && lock != held) {
                lock.close();
            }
        }
    }

    @Override
    public Project create(Path file, String id, String title) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null,
                    "a new project never replaces a file: choose another name or open it");
        }
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            throw new IOException("Cannot create " + absolute + ": the folder " + absolute.getParent() + " does not exist.");
        }
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
        GuidanceProject root = GuidanceFactory.eINSTANCE.createGuidanceProject();
        root.setId(id);
        root.setTitle(title);
        root.setFormatVersion(formatVersion);
        resource.getContents().add(root);
        ProjectImpl project = newProject(absolute, resource, null);
        project.markDirty();
        return project;
    }

    private ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(GuidancePackage.eNS_URI, GuidancePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION, resourceFactory);
        return resourceSet;
    }

    private static ProjectImpl newProject(Path file, Resource resource, Path temporaryFolder) {
        ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] {
                new GuidanceItemProviderAdapterFactory(),
                new ResourceItemProviderAdapterFactory(),
                new ReflectiveItemProviderAdapterFactory() });
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new ProjectCommandStack(),
                resource.getResourceSet());
        return new ProjectImpl(file, resource, domain, adapterFactory, temporaryFolder);
    }

    // ------------------------------------------------------------------ save

    @Override
    public void save(Project project) throws IOException {
        save(project, false);
    }

    @Override
    public void save(Project project, boolean overwrite) throws IOException {
        write(impl(project), project.file(), overwrite, false);
    }

    @Override
    public void saveAs(Project project, Path file) throws IOException {
        ProjectImpl impl = impl(project);
        boolean sameFile = ProjectLock.realFile(file).equals(ProjectLock.realFile(impl.file()));
        // another file the user chose is replaced as asked; the project's own file only if it is still as opened. The
        // project then belongs to the other file, and keeps its lock for as long as it is open
        write(impl, file, !sameFile, !sameFile);
    }

    private static ProjectImpl impl(Project project) {
        if (!(project instanceof ProjectImpl impl)) {
            throw new IllegalArgumentException("not a project of this service: " + project);
        }
        return impl;
    }

    /** Writes under the file's lock (the project's own, or one taken for the save), through links to the real file. */
    private void write(ProjectImpl impl, Path file, boolean overwrite, boolean keepLock) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path real = ProjectLock.realFile(absolute);
        refuseReadOnly(absolute, real);
        ProjectLock held = impl.lock();
        boolean ownLock = held != null && held.lockFile().equals(ProjectLock.lockFileOf(real));
        ProjectLock taken = null;
        if (!ownLock) {
            Path folder = real.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new IOException("Could not save " + absolute + ": the folder " + folder + " does not exist.");
            }
            try {
                taken = ProjectLock.acquire(real, "Bridgework (saving)", lockWait);
            } catch (ProjectLockedException e) {
                throw new ProjectLockedException(absolute, e.holder(), "Could not save " + absolute + ": " + e.getMessage());
            } catch (IOException e) {
                throw new IOException("Could not save " + absolute + ": " + e.getMessage() + ". The file on disk was not changed.", e);
            }
        }
        try {
            if (!overwrite) {
                refuseChangedOnDisk(impl, absolute, real);
            }
            boolean modified = impl.resource().isModified();
            try {
                writer.write(impl.resource(), real);
            } catch (IOException | RuntimeException e) {
                impl.resource().setModified(modified); // EMF clears it while writing; the project still needs saving
                throw e;
            }
            DiskState written;
            try {
                written = DiskState.of(real);
            } catch (IOException e) {
                written = null; // the save itself succeeded; the next save will find it changed and ask
            }
            impl.saved(absolute, written);
            if (keepLock && !ownLock) {
                // saved as another file: the project now belongs to it, and keeps that file's lock instead
                impl.lock(taken);
                taken = null;
                if (held != null) {
                    held.close();
                }
            }
        } finally {
            if (taken != null) {
                taken.close();
            }
        }
    }

    /** A read-only project file is never replaced (the rename would, as the folder allows it). */
    private static void refuseReadOnly(Path file, Path real) throws IOException {
        if (!Files.exists(real)) {
            return;
        }
        boolean writable = Files.isWritable(real);
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(real);
            // the administrator may write anything; a file nobody may write is still read-only for us
            writable &= permissions.contains(PosixFilePermission.OWNER_WRITE) || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            // not POSIX: isWritable says it
        }
        if (!writable) {
            throw new AccessDeniedException(file.toString(), null, "Could not save " + file + ": the file is read-only. The file on disk was not "
                    + "changed. Save it under another name, or make it writable and save again");
        }
    }

    private static void refuseChangedOnDisk(ProjectImpl impl, Path file, Path real) throws IOException {
        DiskState then = impl.diskState();
        DiskState now = DiskState.of(real);
        String what;
        if (then == null && now == null) {
            return;
        } else if (then == null) {
            what = "a file of that name was made by someone else since this project was created (" + now.size() + " bytes, modified "
                    + time(now) + ")";
        } else if (now == null) {
            what = "it was deleted or moved on disk since it was opened or last saved";
        } else if (!then.sameContent(now)) {
            what = "it was changed on disk since it was opened or last saved (by another program or another Bridgework: " + then.size()
                    + " bytes modified " + time(then) + " then, " + now.size() + " bytes modified " + time(now) + " now)";
        } else {
            return;
        }
        throw new ProjectChangedOnDiskException(file, "Could not save " + file + ": " + what + ". Nothing was written, so the other "
                + "version is kept. Reload the project to see it, or save again choosing to overwrite it.");
    }

    private static String time(DiskState state) {
        return LocalDateTime.ofInstant(state.modified().toInstant(), ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS).toString()
                .replace('T', ' ');
    }

    // ------------------------------------------------------------------ samples

    @Override
    public List<SampleProject> samples() {
        List<Sample> copy = sortedSamples();
        List<SampleProject> result = new ArrayList<>();
        copy.forEach(s -> result.add(s.service()));
        return result;
    }

    private List<Sample> sortedSamples() {
        List<Sample> copy = new ArrayList<>(samples);
        copy.sort(Comparator.comparing((Sample s) -> !s.isDefault()).thenComparing(s -> -s.ranking()).thenComparing(Sample::id));
        return copy;
    }

    @Override
    public Optional<SampleProject> defaultSample() {
        List<Sample> copy = sortedSamples();
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        if (copy.get(0).isDefault() || copy.size() == 1) {
            return Optional.of(copy.get(0).service());
        }
        return Optional.empty();
    }

    private SampleProject defaultSampleOrFail() throws ProjectLoadException {
        int installed = samples.size();
        return defaultSample().orElseThrow(() -> new ProjectLoadException(null, 0, 0, installed == 0
                ? "There is no sample project: no installed bundle provides one (org.bridgework.samples is missing)."
                : "There is no default sample project: " + installed + " are installed and none has "
                        + SampleProject.DEFAULT_PROPERTY + "=true.", null));
    }

    @Override
    public Project openSample(Path workFolder) throws ProjectLoadException {
        return openSample(workFolder, false);
    }

    @Override
    public Project sampleCopy() throws ProjectLoadException {
        defaultSampleOrFail(); // before making a folder that would be left behind
        Path folder;
        try {
            folder = Files.createTempDirectory("bridgework-sample-");
        } catch (IOException e) {
            throw new ProjectLoadException(null, 0, 0, "Could not make a working folder for the sample project in the temporary folder: "
                    + ProjectLoader.reason(e) + ".", e);
        }
        return openSample(folder, true);
    }

    private Project openSample(Path workFolder, boolean temporary) throws ProjectLoadException {
        SampleProject sample;
        try {
            sample = defaultSampleOrFail();
        } catch (ProjectLoadException e) {
            if (temporary) {
                ProjectImpl.deleteTree(workFolder);
            }
            throw e;
        }
        String fileName = sample.fileName();
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            fileName = sample.id() + "." + FILE_EXTENSION;
        }
        Path copy = workFolder.toAbsolutePath().normalize().resolve(fileName);
        try {
            Files.createDirectories(copy.getParent());
            try (InputStream in = sample.open()) {
                Files.copy(in, copy);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ProjectLoadException(copy, 0, 0, "Could not copy the sample project '" + sample.title() + "' to " + copy
                    + ": a file of that name is already there (open it, or choose another folder).", e);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // nothing was copied
            }
            if (temporary) {
                ProjectImpl.deleteTree(workFolder);
            }
            throw new ProjectLoadException(copy, 0, 0, "Could not copy the sample project '" + sample.title() + "' to " + copy + ": "
                    + ProjectLoader.reason(e) + ".", e);
        }
        try {
            return open(copy, temporary ? workFolder : null, null);
        } catch (ProjectLoadException e) {
            if (temporary) {
                ProjectImpl.deleteTree(workFolder);
            }
            throw e;
        }
    }
}
