package org.bridgework.contexts.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.bridgework.context.api.ContextInfo;
import org.bridgework.context.api.ContextInfo.Status;
import org.bridgework.context.api.ContextInfo.Style;
import org.bridgework.context.api.ContextInfo.Trust;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * {@link ContextRegistryImpl#removable(ContextInfo)}: what the workbench offers to uninstall. The framework is
 * stood in for by proxies that know a few bundles by id (no context bundles are tracked).
 */
class RemovableTest {

    @TempDir
    Path product;
    private String previousHome;

    @AfterEach
    void restore() {
        if (previousHome == null) {
            System.clearProperty("bridgework.home");
        } else {
            System.setProperty("bridgework.home", previousHome);
        }
    }

    private static Bundle bundle(long id, String bsn, String location) {
        return (Bundle) Proxy.newProxyInstance(RemovableTest.class.getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) -> switch (method.getName()) {
            case "getBundleId" -> id;
            case "getSymbolicName" -> bsn;
            case "getLocation" -> location;
            case "getState" -> Bundle.ACTIVE;
            case "getHeaders" -> new Hashtable<String, String>();
            case "hashCode" -> Long.hashCode(id);
            case "equals" -> proxy == args[0];
            case "toString" -> bsn;
            default -> null;
        });
    }

    private static BundleContext framework(Map<Long, Bundle> bundles) {
        return (BundleContext) Proxy.newProxyInstance(RemovableTest.class.getClassLoader(), new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
            case "getBundle" -> args == null || args.length == 0 ? bundles.get(0L) : bundles.get((Long) args[0]);
            case "getBundles" -> new Bundle[0];
            case "hashCode" -> 1;
            case "equals" -> proxy == args[0];
            default -> null;
        });
    }

    private static ContextInfo info(String bsn, long bundleId) {
        return new ContextInfo("ctx", "Ctx", null, bsn, bundleId, "1.0.0", null, Style.DATA, Status.ENABLED, Trust.TRUSTED, null, List.of());
    }

    @Test
    void onlyInstalledBundlesFromOutsideTheProductCanBeRemoved() {
        previousHome = System.getProperty("bridgework.home");
        System.setProperty("bridgework.home", product.toString());
        Bundle shipped = bundle(7, "org.example.shipped", "reference:" + product.resolve("bundles/org.example.shipped.jar").toUri());
        Bundle installed = bundle(8, "org.example.installed", product.resolveSibling("extensions/org.example.installed.jar").toUri().toString());
        Bundle system = bundle(0, "org.apache.felix.framework", "System Bundle");
        BundleContext context = framework(Map.of(0L, system, 7L, shipped, 8L, installed));
        ContextRegistryImpl registry = new ContextRegistryImpl(context, new TrustPolicy(context));
        try {
            assertTrue(registry.removable(info("org.example.installed", 8)));
            assertFalse(registry.removable(info("org.example.shipped", 7)), "part of the product's bundles/ folder");
            assertFalse(registry.removable(info("org.example.gone", 9)), "no longer installed");
            assertFalse(registry.removable(info("org.example.other", 8)), "the id now belongs to another bundle");
            assertFalse(registry.removable(info("org.example.refused", -1)), "never installed (a refused install)");
        } finally {
            registry.deactivate();
        }
    }
}
