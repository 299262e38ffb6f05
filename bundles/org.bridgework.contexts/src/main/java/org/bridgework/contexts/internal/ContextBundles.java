package org.bridgework.contexts.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Dictionary;

import org.bridgework.context.api.LocalContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** Which bundles are local-context bundles, and where their jars are. */
final class ContextBundles {

    static final String API_PACKAGE = "org.bridgework.context.api";

    private ContextBundles() {
    }

    /**
     * A context bundle has the {@value LocalContext#CONTEXT_HEADER} header, or a context file at the default
     * path, or declares that it provides the {@link LocalContext} service ({@code Provide-Capability:
     * osgi.service;objectClass=org.bridgework.context.api.LocalContext}, which bnd writes for a DS component).
     * Bundles that only use the API (the runtime, assembly, the workbench) are not contexts. A service that
     * appears from a bundle without that declaration is still checked before it is used (see the registry).
     */
    static boolean isContextBundle(Bundle bundle) {
        if (bundle.getBundleId() == 0) {
            return false;
        }
        Dictionary<String, String> headers = bundle.getHeaders("");
        if (headers.get(LocalContext.CONTEXT_HEADER) != null) {
            return true;
        }
        String provides = headers.get(Constants.PROVIDE_CAPABILITY);
        if (provides != null && provides.contains(LocalContext.class.getName() + "\"")) {
            return true;
        }
        return bundle.getEntry(LocalContext.DEFAULT_CONTEXT_PATH) != null;
    }

    static boolean mentionsApi(String header) {
        int at = header.indexOf(API_PACKAGE);
        while (at >= 0) {
            int end = at + API_PACKAGE.length();
            boolean startOk = at == 0 || ",; \t\n".indexOf(header.charAt(at - 1)) >= 0;
            boolean endOk = end == header.length() || ",; \t\n*.".indexOf(header.charAt(end)) >= 0;
            if (startOk && endOk) {
                return true;
            }
            at = header.indexOf(API_PACKAGE, end);
        }
        return false;
    }

    /** The context file a data bundle names, or null for a Java-only bundle. */
    static String contextPath(Bundle bundle) {
        String header = bundle.getHeaders("").get(LocalContext.CONTEXT_HEADER);
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        return bundle.getEntry(LocalContext.DEFAULT_CONTEXT_PATH) != null ? LocalContext.DEFAULT_CONTEXT_PATH : null;
    }

    /** The jar a bundle was installed from, when its location is a local file ({@code file:} or {@code reference:file:}). */
    static Path jar(String location) {
        if (location == null) {
            return null;
        }
        String l = location.startsWith("reference:") ? location.substring("reference:".length()) : location;
        if (!l.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(URI.create(l));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the bundle is one of the product's own ({@code <product>/bundles/}). */
    static boolean inProduct(Bundle bundle, Settings settings) {
        Path jar = jar(bundle.getLocation());
        return jar != null && settings.productHome() != null
                && jar.toAbsolutePath().normalize().startsWith(settings.productHome().toAbsolutePath().normalize().resolve("bundles"));
    }
}
