package org.bridgework.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.bridgework.launcher.Product;

/** Local-context bundles made by the tests: data-only or Java (compiled here), signed with keys made here. */
final class ContextJars {

    static final String PASSWORD = "changeit";

    private ContextJars() {
    }

    /** A data-only context whose one note targets a paragraph of the shipped sample. */
    static Path dataContext(Path jar, String symbolicName, String contextId) throws IOException {
        return dataContext(jar, symbolicName, contextId, "p-how-adapt");
    }

    /** A data-only context whose one note targets the paragraph {@code targetId} (which may not exist). */
    static Path dataContext(Path jar, String symbolicName, String contextId, String targetId) throws IOException {
        String guidance = """
                <?xml version="1.0" encoding="UTF-8"?>
                <guidance:GuidanceProject xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:guidance="https://bridgework.org/model/guidance/1.0" id="%s" title="Test context %s" purpose="Made by an integration test.">
                  <adaptations id="it-note" contextId="%s" kind="note" text="A note from a test context.">
                    <target xsi:type="guidance:Paragraph" href="guidance.guidance#%s"/>
                  </adaptations>
                </guidance:GuidanceProject>
                """.formatted(contextId, contextId, contextId, targetId);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-SymbolicName", symbolicName);
        headers.put("Bundle-Version", "1.0.0");
        headers.put("Bundle-Vendor", "Integration tests");
        headers.put("Bridgework-Context", "context/test.guidance");
        return write(jar, headers, Map.of("context/test.guidance", guidance.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A Java context (a DS component) whose class body is given: compiled against the product's API and model jars.
     * The component provides LocalContext; {@code body} completes a class implementing it.
     */
    static Path javaContext(Path jar, Path work, String symbolicName, String className, String body, Path productBundles) throws IOException {
        Path src = Files.createDirectories(work.resolve("src-" + className + "/ctx"));
        Path classes = Files.createDirectories(work.resolve("classes-" + className));
        Path source = src.resolve(className + ".java");
        Files.writeString(source, "package ctx;\npublic class " + className + " implements org.bridgework.context.api.LocalContext {\n" + body + "\n}\n");
        List<String> classpath = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(productBundles, "*.jar")) {
            jars.forEach(j -> {
                String name = j.getFileName().toString();
                if (name.startsWith("org.bridgework.context.api") || name.startsWith("org.bridgework.model-") || name.startsWith("org.eclipse.emf.common")
                        || name.startsWith("org.eclipse.emf.ecore-")) {
                    classpath.add(j.toString());
                }
            });
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = compiler.run(null, errors, errors, "--release", "21", "-cp", String.join(java.io.File.pathSeparator, classpath), "-d", classes.toString(),
                source.toString());
        if (rc != 0) {
            throw new IOException("could not compile the test context: " + errors.toString(StandardCharsets.UTF_8));
        }
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="ctx.%s">
                  <implementation class="ctx.%s"/>
                  <service><provide interface="org.bridgework.context.api.LocalContext"/></service>
                </scr:component>
                """.formatted(className, className);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-SymbolicName", symbolicName);
        headers.put("Bundle-Version", "1.0.0");
        headers.put("Import-Package", "org.bridgework.context.api;version=\"[1.0,2)\",org.bridgework.model;version=\"[1.0,2)\"");
        headers.put("Service-Component", "OSGI-INF/component.xml");
        headers.put("Provide-Capability", "osgi.service;objectClass:List<String>=\"org.bridgework.context.api.LocalContext\"");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("OSGI-INF/component.xml", component.getBytes(StandardCharsets.UTF_8));
        try (var walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                entries.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return write(jar, headers, entries);
    }

    private static Path write(Path jar, Map<String, String> headers, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        headers.forEach(main::putValue);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }

    /** A new key pair (self-signed certificate) in a PKCS12 store. */
    static Path keyStore(Path folder, String alias, String dname) throws IOException, InterruptedException {
        Path store = folder.resolve(alias + ".p12");
        run(tool("keytool"), "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname, "-validity", "30",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        return store;
    }

    /** Puts the certificate of {@code alias} into a trust folder as PEM, as a user would. */
    static void trust(Path store, String alias, Path trustFolder) throws IOException, InterruptedException {
        Files.createDirectories(trustFolder);
        run(tool("keytool"), "-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", PASSWORD, "-file",
                trustFolder.resolve(alias + ".pem").toString());
    }

    static Path sign(Path jar, Path store, String alias) throws IOException, InterruptedException {
        run(tool("jarsigner"), "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, jar.toString(), alias);
        return jar;
    }

    /** A copy of a signed jar with one entry's content changed (its signature no longer matches). */
    static Path tamper(Path jar, Path target, String entryName) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : in.stream().toList()) {
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().equals(entryName)) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("A note from a test context.", "Changed after signing.")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }

    /** Runs a bridgework command inside a booted product and returns its exit code and standard output. */
    static ProductFixture.Run command(Product product, String... args) throws InterruptedException {
        var command = product.command(30_000);
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = command.apply(args);
        } finally {
            System.setOut(saved);
        }
        return new ProductFixture.Run(rc, out.toString(StandardCharsets.UTF_8), "");
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
