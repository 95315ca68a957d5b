package be.classenumerique.app.plugins;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of every plugin's class loader: of the platform, a plugin sees only the plugin API, PF4J,
 * Vaadin and SLF4J, besides the JDK. A plugin that names a core class, Spring or the database driver
 * fails to load and is refused with the missing class as its reason. This keeps plugins on the contract
 * and off the platform's internals; it is no sandbox against a plugin that means harm (reflection on
 * objects it is handed still works in one JVM), so plugins remain code a platform admin chooses to run.
 */
final class PluginWall extends ClassLoader {

    /** The packages of the platform's class path a plugin may use. */
    static final List<String> VISIBLE_PACKAGES =
            List.of("be.classenumerique.api.", "org.pf4j.", "com.vaadin.", "elemental.", "org.slf4j.");

    private final ClassLoader platform;

    /** @param platform the class loader of the platform's own classes, which the wall filters */
    PluginWall(ClassLoader platform) {
        super("plugin-wall", ClassLoader.getPlatformClassLoader());
        this.platform = platform;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (visible(name)) {
            return platform.loadClass(name);
        }
        // The JDK's own modules only, through the platform class loader.
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return visibleResource(name) ? platform.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return visibleResource(name) ? platform.getResources(name) : Collections.emptyEnumeration();
    }

    static boolean visible(String className) {
        return VISIBLE_PACKAGES.stream().anyMatch(className::startsWith);
    }

    private static boolean visibleResource(String name) {
        String asClass = name.replace('/', '.');
        return name.endsWith(".class") && visible(asClass);
    }
}
