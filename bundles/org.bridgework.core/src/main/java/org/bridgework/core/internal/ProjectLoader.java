package org.bridgework.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.bridgework.core.api.FormatMigration;
import org.bridgework.core.api.ProjectLoadException;
import org.bridgework.model.GuidancePackage;
import org.bridgework.model.GuidanceProject;
import org.bridgework.model.Identified;
import org.bridgework.model.util.GuidanceResource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

/**
 * Reads a {@code .guidance} file into a resource, defensively: a size limit, a first look at the bytes and the
 * root element (no DOCTYPE, the right namespace, a format version this code reads), format migrations, then
 * EMF's parser with DTDs and entities off and unknown content reported, not recorded. Every failure becomes a
 * {@link ProjectLoadException} with one paragraph naming the file and, where known, line and column.
 */
final class ProjectLoader {

    static final String ROOT_ELEMENT = "GuidanceProject";
    static final String FORMAT_ATTRIBUTE = "formatVersion";
    /** Namespaces of the guidance model share this prefix; a different one is a newer (or older) model. */
    static final String NAMESPACE_PREFIX = "https://bridgework.org/model/guidance/";
    private static final int MAX_DETAILS = 3;

    private final long maxBytes;
    private final int currentVersion;
    private final Supplier<List<FormatMigration>> migrations;

    private final XmlLimits limits;

    ProjectLoader(long maxBytes, int currentVersion, Supplier<List<FormatMigration>> migrations) {
        this(maxBytes, currentVersion, migrations, org.bridgework.core.api.ProjectService.DEFAULT_MAX_DEPTH,
                org.bridgework.core.api.ProjectService.DEFAULT_MAX_VALUE_CHARS);
    }

    ProjectLoader(long maxBytes, int currentVersion, Supplier<List<FormatMigration>> migrations, int maxDepth, int maxValueChars) {
        this.maxBytes = maxBytes;
        this.currentVersion = currentVersion;
        this.migrations = migrations;
        this.limits = new XmlLimits(maxDepth, maxValueChars);
    }

    /** The load options: the resource's hardened defaults, and unknown content is an error rather than kept aside. */
    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_RESOLVE_ENTITIES, Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(GuidanceResource.PARSER_FEATURES));
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, new HashMap<>(GuidanceResource.PARSER_PROPERTIES));
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        return options;
    }

    /** Loads {@code file} into {@code resource} (which must be empty). */
    /** The loaded root and the format version the file had (older ones were migrated in memory). */
    record Loaded(GuidanceProject root, int fileVersion) {
    }

    Loaded load(Path file, Resource resource) throws ProjectLoadException {
        long size = checkReadable(file);
        Head head = inspect(file, size);
        checkLimits(file);
        try {
            if (head.version() < currentVersion) {
                byte[] migrated = migrate(file, head.version());
                parse(file, resource, new ByteArrayInputStream(migrated));
            } else {
                try (InputStream in = new LimitedInputStream(Files.newInputStream(file), maxBytes)) {
                    parse(file, resource, in);
                }
            }
        } catch (IOException e) {
            resource.unload();
            throw fail(file, 0, 0, "could not be read: " + reason(e) + ".", e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof GuidanceProject project)) {
            resource.unload();
            throw fail(file, 0, 0, "does not hold exactly one guidance project.", null);
        }
        return new Loaded(project, head.version());
    }

    // ------------------------------------------------------------------ checks before parsing

    private long checkReadable(Path file) throws ProjectLoadException {
        try {
            if (Files.isDirectory(file)) {
                throw fail(file, 0, 0, "is a folder, not a project file.", null);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw fail(file, 0, 0, "is empty: a project file holds a guidance project as XML.", null);
            }
            if (size > maxBytes) {
                throw fail(file, 0, 0, String.format(Locale.ROOT,
                        "is %s, over the limit of %s for a project file. It is probably not a guidance project; "
                                + "if it is, raise the limit (configuration 'maxFileMegabytes' of org.bridgework.core.projects).",
                        megabytes(size), megabytes(maxBytes)), null);
            }
            if (!Files.isReadable(file)) {
                throw fail(file, 0, 0, "cannot be read: permission denied.", null);
            }
            return size;
        } catch (NoSuchFileException e) {
            throw fail(file, 0, 0, "does not exist.", e);
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot be read: " + reason(e) + ".", e);
        }
    }

    record Head(int version) {
    }

    /** Nesting depth and value sizes, in one streaming pass before anything is built from the file. */
    private void checkLimits(Path file) throws ProjectLoadException {
        try (InputStream in = new LimitedInputStream(Files.newInputStream(file), maxBytes)) {
            limits.check(in);
        } catch (XmlLimits.Exceeded e) {
            throw fail(file, e.line(), 0, "is over a limit of this product: " + e.getMessage() + ". It was not loaded. If the file is "
                    + "genuine, raise the limit (configuration 'maxDepth' or 'maxValueCharacters' of org.bridgework.core.projects).", e);
        } catch (LimitExceededException e) {
            throw fail(file, 0, 0, e.getMessage(), e);
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot be read: " + reason(e) + ".", e);
        }
    }

    /**
     * Looks at the first bytes and the root element only: rejects non-XML, DOCTYPEs (no entity is ever expanded),
     * other kinds of XML and newer format versions before the real parser starts.
     */
    Head inspect(Path file, long size) throws ProjectLoadException {
        byte[] start = new byte[(int) Math.min(size, 4096)];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(start, 0, start.length);
            if (!looksLikeXml(start, n)) {
                throw fail(file, 1, 1, "is not a guidance project: it is not an XML file"
                        + (hasBinaryBytes(start, n) ? " (it holds binary data)" : "") + ".", null);
            }
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot be read: " + reason(e) + ".", e);
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        Location at = reader.getLocation();
                        throw doctype(file, at.getLineNumber(), at.getColumnNumber(), null);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return root(file, reader);
                    }
                }
                throw fail(file, 0, 0, "holds no XML element: it is not a guidance project.", null);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            int line = at == null ? 0 : at.getLineNumber();
            int column = at == null ? 0 : at.getColumnNumber();
            throw fail(file, line, column, "is not well-formed XML" + where(line, column) + ": " + parserMessage(e.getMessage()) + ".", e);
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot be read: " + reason(e) + ".", e);
        }
    }

    private Head root(Path file, XMLStreamReader reader) throws ProjectLoadException {
        Location at = reader.getLocation();
        int line = at.getLineNumber();
        int column = at.getColumnNumber();
        String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        String name = reader.getLocalName();
        if (!namespace.equals(GuidancePackage.eNS_URI)) {
            if (namespace.startsWith(NAMESPACE_PREFIX)) {
                throw fail(file, line, column, "was written with another version of the guidance model (" + namespace
                        + "); this version of Bridgework reads " + GuidancePackage.eNS_URI
                        + ". Open it with the Bridgework version that wrote it, or a newer one.", null);
            }
            throw fail(file, line, column, "is not a guidance project: its root element is '" + name + "'"
                    + (namespace.isEmpty() ? " in no namespace" : " in namespace " + namespace)
                    + ", not '" + ROOT_ELEMENT + "' in " + GuidancePackage.eNS_URI + ".", null);
        }
        if (!ROOT_ELEMENT.equals(name)) {
            throw fail(file, line, column, "is not a guidance project: its root element is '" + name + "', not '" + ROOT_ELEMENT
                    + "'.", null);
        }
        String value = reader.getAttributeValue(null, FORMAT_ATTRIBUTE);
        int version;
        try {
            version = value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            int[] position = attributePosition(file, FORMAT_ATTRIBUTE);
            if (position != null) {
                line = position[0];
                column = position[1];
            }
            throw fail(file, line, column, "has an invalid format version '" + value + "'" + where(line, column) + " (a whole number is expected).", e);
        }
        if (version > currentVersion || version < 1) {
            int[] at2 = attributePosition(file, FORMAT_ATTRIBUTE);
            if (at2 != null) {
                line = at2[0];
                column = at2[1];
            }
        }
        if (version > currentVersion) {
            throw fail(file, line, column, "has format version " + version + where(line, column) + ", newer than this version of Bridgework reads (version "
                    + currentVersion + "). It was saved by a newer Bridgework: update Bridgework to open it. The file was not changed.",
                    null);
        }
        if (version < 1) {
            throw fail(file, line, column, "has an invalid format version " + version + where(line, column) + " (versions start at 1).", null);
        }
        return new Head(version);
    }

    /** Line and column of the first {@code name=} in the first 64 KB (the root element's attributes), or null. */
    private static int[] attributePosition(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(1 << 16), java.nio.charset.StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?<![\\w:.-])" + Pattern.quote(name) + "\\s*=").matcher(head);
            if (!m.find()) {
                return null;
            }
            String before = head.substring(0, m.start());
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = m.start() - before.lastIndexOf('\n');
            return new int[] {line, column};
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean looksLikeXml(byte[] start, int n) {
        int i = 0;
        if (n >= 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB && (start[2] & 0xff) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < n && (start[i] == ' ' || start[i] == '\t' || start[i] == '\r' || start[i] == '\n')) {
            i++;
        }
        return i < n && start[i] == '<' && !hasBinaryBytes(start, n);
    }

    private static boolean hasBinaryBytes(byte[] start, int n) {
        for (int i = 0; i < n; i++) {
            int b = start[i] & 0xff;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r')) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ migration

    private byte[] migrate(Path file, int version) throws ProjectLoadException {
        Map<Integer, FormatMigration> byVersion = new HashMap<>();
        for (FormatMigration migration : migrations.get()) {
            byVersion.putIfAbsent(migration.fromVersion(), migration);
        }
        for (int v = version; v < currentVersion; v++) {
            if (!byVersion.containsKey(v)) {
                throw fail(file, 0, 0, "has format version " + version + ", and this version of Bridgework has no migration from version "
                        + v + " to " + (v + 1) + ". Open it with an older Bridgework and save it there first.", null);
            }
        }
        Document document;
        try {
            document = secureDocumentBuilder().parse(file.toFile());
        } catch (SAXParseException e) {
            throw fail(file, e.getLineNumber(), e.getColumnNumber(), "is not well-formed XML" + where(e.getLineNumber(), e.getColumnNumber())
                    + ": " + parserMessage(e.getMessage()) + ".", e);
        } catch (Exception e) {
            throw fail(file, 0, 0, "could not be read for migration: " + reason(e) + ".", e);
        }
        Element root = document.getDocumentElement();
        for (int v = version; v < currentVersion; v++) {
            try {
                byVersion.get(v).migrate(document);
            } catch (RuntimeException e) {
                throw fail(file, 0, 0, "could not be migrated from format version " + v + " to " + (v + 1) + ": " + reason(e) + ".", e);
            }
            root.setAttribute(FORMAT_ATTRIBUTE, Integer.toString(v + 1));
        }
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw fail(file, 0, 0, "could not be migrated: " + reason(e) + ".", e);
        }
    }

    static DocumentBuilder secureDocumentBuilder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }

    // ------------------------------------------------------------------ EMF parse

    private void parse(Path file, Resource resource, InputStream in) throws ProjectLoadException, IOException {
        try {
            resource.load(in, loadOptions());
        } catch (Resource.IOWrappedException e) {
            throw translate(file, resource, e);
        } catch (IOException e) {
            if (e instanceof LimitExceededException) {
                throw fail(file, 0, 0, e.getMessage(), e);
            }
            if (!resource.getErrors().isEmpty()) {
                throw translate(file, resource, e);
            }
            throw e;
        } catch (RuntimeException e) {
            // EMF reports some parser problems as runtime exceptions
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof SAXParseException sax) {
                throw malformed(file, sax);
            }
            throw fail(file, 0, 0, "could not be read: " + reason(e) + ".", e);
        }
    }

    private ProjectLoadException translate(Path file, Resource resource, IOException e) {
        List<Resource.Diagnostic> errors = new ArrayList<>(resource.getErrors());
        resource.unload();
        Throwable cause = e.getCause();
        if (cause instanceof SAXParseException sax) {
            return malformed(file, sax);
        }
        if (cause instanceof LimitExceededException limit) {
            return fail(file, 0, 0, limit.getMessage(), limit);
        }
        if (errors.isEmpty() && cause instanceof Resource.Diagnostic diagnostic) {
            errors.add(diagnostic);
        }
        if (errors.isEmpty()) {
            return fail(file, 0, 0, "could not be read: " + reason(cause != null ? cause : e) + ".", e);
        }
        Resource.Diagnostic first = errors.get(0);
        StringBuilder message = new StringBuilder("could not be loaded: ").append(describe(first));
        int shown = 1;
        for (int i = 1; i < errors.size() && shown < MAX_DETAILS; i++, shown++) {
            message.append("; ").append(describe(errors.get(i)));
        }
        if (errors.size() > shown) {
            message.append("; and ").append(errors.size() - shown).append(" more problem").append(errors.size() - shown == 1 ? "" : "s");
        }
        message.append(". The file was not changed.");
        return fail(file, first.getLine(), first.getColumn(), message.toString(), first instanceof Exception ex ? ex : e);
    }

    /** One load error in words, with its position. */
    static String describe(Resource.Diagnostic error) {
        String at = where(error.getLine(), error.getColumn());
        if (error instanceof UnresolvedReferenceException unresolved) {
            return "the reference to '" + unresolved.getReference() + "'" + feature(unresolved.getFeature())
                    + owner(unresolved.getObject()) + at + " names no element of the project (no element has that id)";
        }
        if (error instanceof FeatureNotFoundException unknown) {
            return "unknown element or attribute '" + unknown.getName() + "'" + owner(unknown.getObject()) + at
                    + " (not part of this version's model: a file from a newer Bridgework, or edited by hand?)";
        }
        if (error instanceof ClassNotFoundException unknown) {
            return "unknown type '" + unknown.getName() + "'" + at + " (not part of this version's model)";
        }
        if (error instanceof PackageNotFoundException unknown) {
            return "unknown model namespace '" + unknown.uri() + "'" + at;
        }
        if (error instanceof IllegalValueException illegal && illegal.getValue() instanceof EObject target) {
            String id = target.eIsProxy() ? EcoreUtil.getURI(target).fragment()
                    : target instanceof Identified i ? i.getId() : target.eClass().getName();
            return "the reference to '" + id + "'" + feature(illegal.getFeature()) + owner(illegal.getObject()) + at
                    + " cannot be set (is it listed twice, or is the id '" + id + "' used by two elements?)";
        }
        if (error instanceof IllegalValueException illegal) {
            return "the value '" + illegal.getValue() + "'" + feature(illegal.getFeature()) + owner(illegal.getObject()) + at
                    + " is not valid" + expected(illegal.getFeature());
        }
        if (error instanceof XMIException xmi && xmi.getWrappedException() instanceof SAXParseException sax) {
            return parserMessage(sax.getMessage()) + at;
        }
        return parserMessage(error.getMessage()) + at;
    }

    private static String feature(EStructuralFeature feature) {
        return feature == null ? "" : " in '" + feature.getName() + "'";
    }

    private static String owner(EObject object) {
        if (object == null) {
            return "";
        }
        String kind = object.eClass().getName();
        if (object instanceof Identified identified && identified.getId() != null) {
            return " of " + kind + " '" + identified.getId() + "'";
        }
        return " of a " + kind;
    }

    private static String expected(EStructuralFeature feature) {
        if (feature == null) {
            return "";
        }
        if (feature.getEType() instanceof org.eclipse.emf.ecore.EEnum e) {
            List<String> literals = new ArrayList<>();
            e.getELiterals().forEach(l -> literals.add(l.getLiteral()));
            return " (expected one of " + String.join(", ", literals) + ")";
        }
        String type = feature.getEType().getInstanceClassName();
        if ("java.time.LocalDate".equals(type)) {
            return " (expected a date such as 2026-03-31)";
        }
        if ("int".equals(type) || "java.lang.Integer".equals(type)) {
            return " (expected a whole number)";
        }
        if ("boolean".equals(type) || "java.lang.Boolean".equals(type)) {
            return " (expected true or false)";
        }
        return "";
    }

    private static ProjectLoadException malformed(Path file, SAXParseException sax) {
        int line = Math.max(0, sax.getLineNumber());
        int column = Math.max(0, sax.getColumnNumber());
        String message = sax.getMessage() == null ? "" : sax.getMessage();
        if (message.contains("DOCTYPE")) {
            return doctype(file, line, column, sax);
        }
        if (message.contains("must start and end within the same entity") || message.contains("Premature end of file")) {
            return fail(file, line, column, "ends before its XML is complete" + where(line, column)
                    + ": the file looks truncated (was it copied or saved only in part?). Use the backup (.bak) if there is one.", sax);
        }
        return fail(file, line, column, "is not well-formed XML" + where(line, column) + ": " + parserMessage(message) + ".", sax);
    }

    private static ProjectLoadException doctype(Path file, int line, int column, Exception cause) {
        return fail(file, line, column, "contains a DOCTYPE declaration" + where(line, column)
                + ". Project files never have one, and DTDs and entities are not read, for safety (they can be used to read other files "
                + "or exhaust memory). It was not loaded.", cause);
    }

    // ------------------------------------------------------------------ helpers

    static ProjectLoadException fail(Path file, int line, int column, String what, Throwable cause) {
        return new ProjectLoadException(file, line, column, file + " " + what, cause);
    }

    static String where(int line, int column) {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? " at line " + line + ", column " + column : " at line " + line;
    }

    /** A parser message without its "line x; col y" noise or trailing dot. */
    static String parserMessage(String message) {
        if (message == null) {
            return "unknown parser error";
        }
        String m = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").strip();
        m = m.replaceFirst("^JAXP\\d+:\\s*", ""); // the JDK's own limits: the words are enough
        m = m.replaceAll("\\s*\\(\\S+, \\d+, \\d+\\)$", "");
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Thrown by {@link LimitedInputStream} when a file grows past the limit while being read. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException(String message) {
            super(message);
        }
    }

    /** Stops reading past the size limit (a file may grow between the size check and the read). */
    final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new LimitExceededException("is over the limit of " + megabytes(limit) + " for a project file.");
            }
        }
    }
}
