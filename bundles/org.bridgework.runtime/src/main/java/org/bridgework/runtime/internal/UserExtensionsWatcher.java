package org.bridgework.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * FileInstall watches one folder from framework properties (the product's
 * {@code extensions/}); a second watcher, for the user's own extensions
 * folder, can only be made through Configuration Admin, so we make it here.
 */
@Component
public class UserExtensionsWatcher {

    static final String FILEINSTALL_FACTORY_PID = "org.apache.felix.fileinstall";
    static final String USER_EXTENSIONS_PROPERTY = "bridgework.user.extensions";

    @Activate
    public UserExtensionsWatcher(@Reference ConfigurationAdmin configurationAdmin) throws IOException {
        String folder = System.getProperty(USER_EXTENSIONS_PROPERTY);
        if (folder == null || folder.isBlank()) {
            return; // started outside the launcher (tests): nothing to watch
        }
        Path dir = Path.of(folder);
        Files.createDirectories(dir);
        Configuration configuration = configurationAdmin.getFactoryConfiguration(FILEINSTALL_FACTORY_PID, "user-extensions", "?");
        Dictionary<String, Object> wanted = new Hashtable<>();
        wanted.put("felix.fileinstall.dir", dir.toAbsolutePath().toString());
        wanted.put("felix.fileinstall.poll", System.getProperty("felix.fileinstall.poll", "500"));
        wanted.put("felix.fileinstall.noInitialDelay", "true");
        wanted.put("felix.fileinstall.log.level", "1");
        Dictionary<String, Object> current = configuration.getProperties();
        // updating unchanged properties would restart the watcher for nothing
        if (current == null || !wanted.get("felix.fileinstall.dir").equals(current.get("felix.fileinstall.dir"))) {
            configuration.update(wanted);
        }
    }
}
