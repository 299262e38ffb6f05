package org.bridgework.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The model and edit bundles in a real Felix with SCR and the EMF jars, no Eclipse runtime:
 * everything resolves and starts, the services are there, and the edit bundle's strings and
 * icons load from the bundle. Run by Failsafe after the jar is built.
 */
class EditOnFelixIT {

    static Felix felix;
    static final List<Bundle> bundles = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        String storage = System.getProperty("bridgework.it.storage", "target/felix-it");
        felix = new Felix(Map.of("org.osgi.framework.storage", storage,
                "org.osgi.framework.storage.clean", "onFirstInit"));
        felix.start();
        BundleContext context = felix.getBundleContext();
        for (String path : System.getProperty("bridgework.it.bundles").split(",")) {
            bundles.add(context.installBundle("reference:" + new File(path.strip()).toURI()));
        }
        for (Bundle bundle : bundles) {
            bundle.start();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        felix.stop();
        felix.waitForStop(10_000);
    }

    private static Bundle bundle(String symbolicName) {
        return bundles.stream().filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    private static ServiceReference<?> await(String clazz, String filter) throws Exception {
        for (int i = 0; i < 100; i++) {
            // all references: the test class path has its own copy of the EMF API, so skip the class-space check
            ServiceReference<?>[] refs = felix.getBundleContext().getAllServiceReferences(clazz, filter);
            if (refs != null && refs.length > 0) {
                return refs[0];
            }
            Thread.sleep(20);
        }
        return null;
    }

    @Test
    void allBundlesAreActive() {
        for (Bundle bundle : bundles) {
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName());
        }
    }

    @Test
    void packageFactoryAndItemProvidersAreServices() throws Exception {
        String ns = "https://bridgework.org/model/guidance/1.0";
        assertNotNull(await("org.eclipse.emf.ecore.EPackage", "(emf.nsURI=" + ns + ")"));
        assertNotNull(await("org.eclipse.emf.ecore.resource.Resource$Factory", "(emf.fileExtension=guidance)"));
        assertNotNull(await("org.eclipse.emf.common.notify.AdapterFactory", "(emf.nsURI=" + ns + ")"));
    }

    @Test
    void labelsStringsAndIconsComeFromTheBundle() throws Exception {
        Bundle edit = bundle("org.bridgework.model.edit");
        Class<?> plugin = edit.loadClass("org.bridgework.model.provider.GuidanceEditPlugin");
        plugin.getMethods(); // the generated plugin class failed here: its Implementation extends Eclipse's Plugin
        Object instance = plugin.getField("INSTANCE").get(null);
        assertEquals("Case Study", plugin.getMethod("getString", String.class).invoke(instance, "_UI_CaseStudy_type"));
        URL icon = (URL) plugin.getMethod("getImage", String.class).invoke(instance, "full/obj16/Challenge");
        assertTrue(icon.toString().startsWith("bundle:"), icon.toString());
        try (InputStream in = icon.openStream()) {
            assertTrue(in.readAllBytes().length > 0);
        }

        Class<?> factoryClass = bundle("org.bridgework.model").loadClass("org.bridgework.model.GuidanceFactory");
        Object factory = factoryClass.getField("eINSTANCE").get(null);
        Object challenge = factoryClass.getMethod("createChallenge").invoke(factory);
        challenge.getClass().getMethod("setTitle", String.class).invoke(challenge, "Roles");
        Object adapterFactory = edit.loadClass("org.bridgework.model.provider.GuidanceItemProviderAdapterFactory")
                .getConstructor().newInstance();
        Class<?> labelProvider = edit.loadClass("org.eclipse.emf.edit.provider.IItemLabelProvider");
        Method adapt = adapterFactory.getClass().getMethod("adapt", Object.class, Object.class);
        Object labels = adapt.invoke(adapterFactory, challenge, labelProvider);
        assertEquals("Challenge Roles", labelProvider.getMethod("getText", Object.class).invoke(labels, challenge));
    }
}
