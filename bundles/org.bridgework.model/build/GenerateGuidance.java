/*
 * Standalone EMF code generation for the guidance model (no Eclipse IDE, no OSGi).
 *
 * Run by Maven (exec-maven-plugin, JDK single-file source launcher) with the EMF
 * codegen jars as *plugin* dependencies, so they never reach a bundle's classpath:
 *
 *   mvn -Pregenerate install -pl bundles/org.bridgework.model     rewrite genmodel + generated files
 *   mvn install -pl bundles/org.bridgework.model                  (test phase) check they are current
 *
 * Inputs: model/guidance.ecore (the model) and the settings below (the genmodel
 * settings live here, in code, so they are reviewable; model/guidance.genmodel is
 * written from them and committed for reference and for Eclipse users).
 * Outputs (committed): org.bridgework.model/src-gen, org.bridgework.model.edit/src-gen,
 * org.bridgework.model.edit/icons, org.bridgework.model.edit/plugin.properties.
 *
 * Generation always starts from an empty folder (no JMerge), so no hand edits
 * survive in src-gen: hand-written code goes to src/ (see org.bridgework.model.derive).
 *
 * Usage: java -cp CODEGEN_CLASSPATH GenerateGuidance.java write|check MODEL_PROJECT_DIR EDIT_PROJECT_DIR WORK_DIR
 */

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPropertyKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

public class GenerateGuidance {

    static final String MODEL_PROJECT = "org.bridgework.model";
    static final String EDIT_PROJECT = "org.bridgework.model.edit";

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !(args[0].equals("write") || args[0].equals("check"))) {
            System.err.println("usage: GenerateGuidance write|check MODEL_PROJECT_DIR EDIT_PROJECT_DIR WORK_DIR");
            System.exit(2);
        }
        boolean write = args[0].equals("write");
        Path modelDir = Path.of(args[1]).toAbsolutePath().normalize();
        Path editDir = Path.of(args[2]).toAbsolutePath().normalize();
        Path work = Path.of(args[3]).toAbsolutePath().normalize();

        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        Path ecoreFile = modelDir.resolve("model/guidance.ecore");
        Path genmodelFile = modelDir.resolve("model/guidance.genmodel");
        Resource ecore = rs.getResource(URI.createFileURI(ecoreFile.toString()), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);

        GenModel genModel = buildGenModel(rs, genmodelFile, ePackage);
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            fail("genmodel is not valid: " + diagnostic);
        }
        byte[] genmodelBytes = save(genModel.eResource());

        // Generate into fresh folders standing in for the two Eclipse projects.
        Path outModel = work.resolve(MODEL_PROJECT);
        Path outEdit = work.resolve(EDIT_PROJECT);
        deleteTree(work);
        Files.createDirectories(outModel);
        Files.createDirectories(outEdit);
        EcorePlugin.getPlatformResourceMap().put(MODEL_PROJECT, URI.createFileURI(outModel + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_PROJECT, URI.createFileURI(outEdit + "/"));
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + MODEL_PROJECT + "/", false), URI.createFileURI(outModel + "/"));
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + EDIT_PROJECT + "/", false), URI.createFileURI(outEdit + "/"));

        genModel.setCanGenerate(true);
        // Without Eclipse no plugin.xml registers the generator adapters: do it here.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
        check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));

        // The generated GuidanceEditPlugin has a nested Implementation extending Eclipse's
        // org.eclipse.core.runtime.Plugin: reflecting on it (or calling getPlugin()) on Felix throws
        // NoClassDefFoundError. A minimal hand-written class with the same name lives in the edit
        // bundle's src/ instead (item providers only use its INSTANCE as their ResourceLocator).
        Files.delete(outEdit.resolve("src-gen/org/bridgework/model/provider/GuidanceEditPlugin.java"));

        // The generated files we keep (plugin.xml, build.properties etc. are not used: bnd makes the manifest).
        List<String[]> kept = List.of(
                new String[] {"src-gen", outModel.toString(), modelDir.toString()},
                new String[] {"src-gen", outEdit.toString(), editDir.toString()},
                new String[] {"icons", outEdit.toString(), editDir.toString()},
                new String[] {"plugin.properties", outEdit.toString(), editDir.toString()});

        if (write) {
            Files.write(genmodelFile, genmodelBytes);
            for (String[] k : kept) {
                Path from = Path.of(k[1], k[0]);
                Path to = Path.of(k[2], k[0]);
                deleteTree(to);
                copyTree(from, to);
            }
            System.out.println("[generate] genmodel and generated code written");
            return;
        }

        List<String> problems = new ArrayList<>();
        if (!Files.exists(genmodelFile) || !Arrays.equals(Files.readAllBytes(genmodelFile), genmodelBytes)) {
            problems.add("model/guidance.genmodel");
        }
        for (String[] k : kept) {
            compare(Path.of(k[1], k[0]), Path.of(k[2], k[0]), Path.of(k[2]).getFileName() + "/" + k[0], problems);
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("[generate] out of date: " + p));
            fail(problems.size() + " generated file(s) differ from a fresh generation of model/guidance.ecore;"
                    + " run: mvn -Pregenerate install -pl bundles/org.bridgework.model (and commit src-gen)");
        }
        System.out.println("[generate] committed generated code matches the model");
    }

    /** All genmodel settings, in one place. */
    static GenModel buildGenModel(ResourceSet rs, Path genmodelFile, EPackage ePackage) {
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource resource = rs.createResource(URI.createFileURI(genmodelFile.toString()));
        resource.getContents().add(genModel);
        genModel.initialize(List.of(ePackage));

        genModel.setModelName("Guidance");
        genModel.setModelPluginID(MODEL_PROJECT);
        genModel.setEditPluginID(EDIT_PROJECT);
        genModel.setModelDirectory("/" + MODEL_PROJECT + "/src-gen");
        genModel.setEditDirectory("/" + EDIT_PROJECT + "/src-gen");
        genModel.setEditPluginClass("org.bridgework.model.provider.GuidanceEditPlugin");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().add("guidance.ecore");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setCopyrightText("");
        genModel.setCopyrightFields(false);
        genModel.setContainmentProxies(false);
        genModel.setOperationReflection(true);
        genModel.setCreationIcons(false);
        genModel.setCreationCommands(true);
        genModel.setCodeFormatting(false);
        genModel.setNonNLSMarkers(false);
        genModel.setSuppressEMFTypes(false);
        genModel.setOSGiCompatible(false);
        genModel.setRichClientPlatform(false);

        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setBasePackage("org.bridgework");
        genPackage.setPrefix("Guidance");
        genPackage.setFileExtensions("guidance");
        genPackage.setResource(GenResourceKind.NONE_LITERAL); // hand-written GuidanceResource in src/
        genPackage.setDisposableProviderFactory(true);
        // GenModel.initialize switches a package past a size threshold to load initialisation without the Literals
        // interface; the hand code (GuidanceResource, Derived ...) uses GuidancePackage.Literals and the package is
        // built in code on Felix, so keep the generated shape the same however the model grows
        genPackage.setLoadInitialization(false);
        genPackage.setLiteralsInterface(true);

        // Labels come from the derived Identified.label (title, name, heading ... or id).
        GenFeature label = null;
        for (GenClass genClass : genPackage.getGenClasses()) {
            if (genClass.getName().equals("Identified")) {
                for (GenFeature f : genClass.getGenFeatures()) {
                    if (f.getName().equals("label")) {
                        label = f;
                    }
                }
            }
        }
        if (label == null) {
            fail("Identified.label not found");
        }
        for (GenClass genClass : genPackage.getGenClasses()) {
            if (genClass.getAllGenFeatures().contains(label)) {
                genClass.setLabelFeature(label);
            }
            for (GenFeature f : genClass.getGenFeatures()) {
                boolean derived = f.getEcoreFeature().isDerived();
                boolean container = f.isContainer();
                if (f == label || container) {
                    f.setProperty(GenPropertyKind.NONE_LITERAL);
                } else if (derived) {
                    f.setProperty(GenPropertyKind.READONLY_LITERAL);
                }
                if (f.getName().equals("id")) {
                    f.setPropertyCategory("Identity");
                }
                if (derived) {
                    f.setPropertyCategory("Derived");
                }
            }
        }
        return genModel;
    }

    static byte[] save(Resource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
        return out.toByteArray();
    }

    static void check(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            fail("generation failed: " + diagnostic);
        }
    }

    static void compare(Path generated, Path committed, String label, List<String> problems) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        names.addAll(relativeFiles(generated));
        names.addAll(relativeFiles(committed));
        for (String name : names) {
            Path g = name.isEmpty() ? generated : generated.resolve(name);
            Path c = name.isEmpty() ? committed : committed.resolve(name);
            String shown = name.isEmpty() ? label : label + "/" + name;
            if (!Files.isRegularFile(g)) {
                problems.add(shown + " (not generated any more)");
            } else if (!Files.isRegularFile(c)) {
                problems.add(shown + " (missing)");
            } else if (!Arrays.equals(Files.readAllBytes(g), Files.readAllBytes(c))) {
                problems.add(shown);
            }
        }
    }

    static List<String> relativeFiles(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        if (Files.isRegularFile(root)) {
            return List.of("");
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void fail(String message) {
        System.err.println("[generate] " + message);
        System.exit(1);
    }
}
