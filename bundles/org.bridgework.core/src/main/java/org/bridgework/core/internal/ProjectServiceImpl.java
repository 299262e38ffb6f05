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
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.core.api.FormatMigration;
import org.bridgework.core.api.Project;
import org.bridgework.core.api.ProjectLoadException;
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

    /** Configuration PID; property {@code maxFileMegabytes} (default 200). */
    public static final String PID = "org.bridgework.core.projects";

    /** Component configuration. */
    public @interface Config {
        /** Largest project file opened, in megabytes. */
        long maxFileMegabytes() default DEFAULT_MAX_FILE_BYTES / (1024 * 1024);
    }

    private final Resource.Factory resourceFactory;
    private final long maxBytes;
    private final int formatVersion;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final List<FormatMigration> migrations = new CopyOnWriteArrayList<>();
    private final ProjectWriter writer;

    /** A sample service with the properties that choose the default. */
    private record Sample(SampleProject service, boolean isDefault, int ranking, long id) {
    }

    @Activate
    public ProjectServiceImpl(
            @Reference(target = "(emf.fileExtension=" + GuidanceResourceFactory.FILE_EXTENSION + ")") Resource.Factory resourceFactory,
            Config config) {
        this(resourceFactory, config.maxFileMegabytes() * 1024 * 1024, FORMAT_VERSION, new ProjectWriter());
    }

    /** Plain Java (tests, tools): explicit limit, current format version and writer. */
    public ProjectServiceImpl(Resource.Factory resourceFactory, long maxBytes, int formatVersion, ProjectWriter writer) {
        this.resourceFactory = Objects.requireNonNull(resourceFactory);
        this.maxBytes = maxBytes;
        this.formatVersion = formatVersion;
        this.writer = writer;
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
        return open(file, null);
    }

    private Project open(Path file, Path temporaryFolder) throws ProjectLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        ResourceSet resourceSet = newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
        ProjectLoader loader = new ProjectLoader(maxBytes, formatVersion, () -> List.copyOf(migrations));
        ProjectLoader.Loaded loaded = loader.load(absolute, resource);
        ProjectImpl project = newProject(absolute, resource, temporaryFolder);
        if (loaded.fileVersion() < formatVersion) {
            project.markDirty(); // migrated in memory: saving writes the current format
        }
        return project;
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
        saveAs(project, project.file());
    }

    @Override
    public void saveAs(Project project, Path file) throws IOException {
        if (!(project instanceof ProjectImpl impl)) {
            throw new IllegalArgumentException("not a project of this service: " + project);
        }
        Path absolute = file.toAbsolutePath().normalize();
        boolean modified = impl.resource().isModified();
        try {
            writer.write(impl.resource(), absolute);
        } catch (IOException | RuntimeException e) {
            impl.resource().setModified(modified); // EMF clears it while writing; the project still needs saving
            throw e;
        }
        impl.saved(absolute);
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
            return open(copy, temporary ? workFolder : null);
        } catch (ProjectLoadException e) {
            if (temporary) {
                ProjectImpl.deleteTree(workFolder);
            }
            throw e;
        }
    }
}
