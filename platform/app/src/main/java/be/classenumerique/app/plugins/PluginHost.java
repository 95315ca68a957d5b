package be.classenumerique.app.plugins;

import be.classenumerique.api.PlatformApi;
import be.classenumerique.api.PluginContext;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.content.ContentPack;
import be.classenumerique.api.http.HttpEndpoint;
import be.classenumerique.api.privacy.PersonalDataProvider;
import be.classenumerique.api.security.Permission;
import be.classenumerique.api.security.PermissionProvider;
import be.classenumerique.api.ui.PluginPage;
import be.classenumerique.core.content.domain.ContentSource;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionPoint;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Loads the plugins from the plugins folder with PF4J, with the platform's API version as the system
 * version so {@code Plugin-Requires} is enforced, and creates their extensions with a
 * {@link PluginContext} by constructor. A plugin that cannot be read, requires another platform version,
 * fails to start or has an extension that cannot be created is refused as a whole, listed with the
 * reason, and logged; the platform starts anyway. Plugins are loaded once: adding one means a restart.
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    /** The extension points the platform serves, in the order the Plugins page lists them. */
    static final List<Class<? extends ExtensionPoint>> EXTENSION_POINTS = List.of(
            ActivityType.class,
            ContentPack.class,
            HttpEndpoint.class,
            PluginPage.class,
            PersonalDataProvider.class,
            PermissionProvider.class);

    private final Path pluginsDirectory;
    private final RecordingPluginManager manager;
    private final Clock clock;
    private final Environment environment;
    private final PluginPermissions permissions;
    private final Map<String, PluginContext> contexts = new LinkedHashMap<>();
    private final Map<String, String> refusals = new LinkedHashMap<>();
    private final Map<String, Map<Class<?>, List<Object>>> extensionsByPlugin = new LinkedHashMap<>();

    public PluginHost(Path pluginsDirectory, Clock clock, Environment environment, PluginPermissions permissions) {
        this.permissions = permissions;
        this.pluginsDirectory = pluginsDirectory.toAbsolutePath().normalize();
        this.clock = clock;
        this.environment = environment;
        this.manager = new RecordingPluginManager(this.pluginsDirectory);
        manager.setSystemVersion(PlatformApi.version());
        start();
    }

    private void start() {
        if (!Files.isDirectory(pluginsDirectory)) {
            LOG.warn("No plugins folder at {}: running without plugins", pluginsDirectory);
            return;
        }
        try {
            manager.loadPlugins();
        } catch (RuntimeException e) {
            LOG.error("Plugins could not be resolved", e);
        }
        for (PluginWrapper plugin : manager.getPlugins()) {
            String id = plugin.getPluginId();
            if (plugin.getPluginState() == PluginState.DISABLED || plugin.getPluginState() == PluginState.FAILED) {
                refuse(plugin, versionProblem(plugin.getDescriptor()));
                continue;
            }
            try {
                PluginState state = manager.startPlugin(id);
                if (state != PluginState.STARTED) {
                    refuse(
                            plugin,
                            plugin.getFailedException() != null
                                    ? "failed to start: " + plugin.getFailedException()
                                    : "did not start (" + state + ")");
                    continue;
                }
            } catch (RuntimeException e) {
                refuse(plugin, "failed to start: " + e);
                continue;
            }
            createExtensions(plugin);
        }
        LOG.info(
                "Plugins: {} started, {} refused (platform API {})",
                extensionsByPlugin.size(),
                refusals.size() + manager.fileFailures.size(),
                PlatformApi.version());
    }

    private String versionProblem(PluginDescriptor descriptor) {
        if (!manager.getVersionManager().checkVersionConstraint(PlatformApi.version(), descriptor.getRequires())) {
            return "requires platform version " + descriptor.getRequires() + ", this platform is "
                    + PlatformApi.version();
        }
        return "disabled by PF4J (see the log)";
    }

    private void createExtensions(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        PluginContext context =
                new HostPluginContext(id, plugin.getPluginClassLoader(), clock, environment, permissions);
        Map<Class<?>, List<Object>> created = new HashMap<>();
        try {
            for (Class<? extends ExtensionPoint> point : EXTENSION_POINTS) {
                List<Object> instances = new ArrayList<>();
                for (Class<?> extensionClass : manager.getExtensionClasses(point, id)) {
                    instances.add(instantiate(extensionClass, context));
                }
                created.put(point, instances);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            refuse(plugin, "an extension could not be created: " + cause);
            return;
        }
        List<Permission> defined = new ArrayList<>();
        try {
            for (Object provider : created.get(PermissionProvider.class)) {
                defined.addAll(((PermissionProvider) provider).permissions());
            }
        } catch (RuntimeException | LinkageError e) {
            refuse(plugin, "its permissions could not be read: " + e);
            return;
        }
        Optional<String> problem = permissions.problemWith(id, defined);
        if (problem.isPresent()) {
            refuse(plugin, problem.get());
            return;
        }
        permissions.add(defined);
        contexts.put(id, context);
        extensionsByPlugin.put(id, created);
        LOG.info("Plugin {} {} started", id, plugin.getDescriptor().getVersion());
    }

    private static Object instantiate(Class<?> extensionClass, PluginContext context)
            throws ReflectiveOperationException {
        for (Constructor<?> constructor : extensionClass.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == PluginContext.class) {
                return constructor.newInstance(context);
            }
        }
        return extensionClass.getConstructor().newInstance();
    }

    private void refuse(PluginWrapper plugin, String problem) {
        String id = plugin.getPluginId();
        refusals.put(id, problem);
        extensionsByPlugin.remove(id);
        LOG.error("Plugin {} refused: {}", id, problem);
        if (plugin.getPluginState() == PluginState.STARTED) {
            try {
                manager.stopPlugin(id);
            } catch (RuntimeException e) {
                LOG.warn("Plugin {} did not stop cleanly", id, e);
            }
        }
    }

    /**
     * @return the permissions started plugins define, by id
     */
    public List<Permission> permissions() {
        return permissions.all();
    }

    /**
     * @param permission a permission of a started plugin
     * @param locale the reader's language
     * @return its description, from the defining plugin's message {@code permission.<id>}
     */
    public String describe(Permission permission, Locale locale) {
        PluginContext context = contexts.get(permission.namespace());
        return context == null ? permission.id() : context.messages().get(locale, "permission." + permission.id());
    }

    /**
     * @param point an extension point
     * @return the extensions of every started plugin for it, by plugin id order
     */
    public <T> List<T> extensions(Class<T> point) {
        return extensionsByPlugin.values().stream()
                .flatMap(byPoint -> byPoint.getOrDefault(point, List.of()).stream())
                .map(point::cast)
                .toList();
    }

    /**
     * @param pluginId a plugin id
     * @param point an extension point
     * @return that started plugin's extensions for it
     */
    public <T> List<T> extensions(String pluginId, Class<T> point) {
        return extensionsByPlugin.getOrDefault(pluginId, Map.of()).getOrDefault(point, List.of()).stream()
                .map(point::cast)
                .toList();
    }

    /**
     * @param extension an extension this host created
     * @return the id of the plugin it belongs to
     */
    public Optional<String> pluginOf(Object extension) {
        return extensionsByPlugin.entrySet().stream()
                .filter(entry -> entry.getValue().values().stream().anyMatch(list -> list.contains(extension)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** @return the content packs of started plugins as sources for the content loader */
    public List<ContentSource> contentSources() {
        List<ContentSource> sources = new ArrayList<>();
        extensionsByPlugin.forEach((pluginId, byPoint) -> byPoint.getOrDefault(ContentPack.class, List.of()).stream()
                .map(ContentPack.class::cast)
                .forEach(pack -> sources.add(new ContentSource(pluginId, pluginId + ":" + pack.source(), pack::open))));
        return sources;
    }

    /**
     * @param pluginId a plugin id
     * @return the class loader of a started plugin, to serve its static files
     */
    public Optional<ClassLoader> classLoader(String pluginId) {
        if (!extensionsByPlugin.containsKey(pluginId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(manager.getPlugin(pluginId)).map(PluginWrapper::getPluginClassLoader);
    }

    /** @return every plugin and refused file, for the Plugins page */
    public List<PluginInfo> describe() {
        List<PluginInfo> infos = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            PluginDescriptor descriptor = plugin.getDescriptor();
            String id = plugin.getPluginId();
            List<String> extensions = new ArrayList<>();
            extensionsByPlugin
                    .getOrDefault(id, Map.of())
                    .forEach((point, instances) -> instances.forEach(instance -> extensions.add(
                            point.getSimpleName() + ": " + instance.getClass().getName())));
            Collections.sort(extensions);
            boolean started = extensionsByPlugin.containsKey(id);
            infos.add(new PluginInfo(
                    id,
                    descriptor.getVersion(),
                    descriptor.getRequires(),
                    started ? PluginInfo.State.STARTED : PluginInfo.State.REFUSED,
                    extensions,
                    started ? "" : refusals.getOrDefault(id, "not started")));
        }
        manager.fileFailures.forEach((file, problem) ->
                infos.add(new PluginInfo(file, "", "", PluginInfo.State.REFUSED, List.of(), problem)));
        infos.sort(Comparator.comparing(PluginInfo::id));
        return infos;
    }

    /** @return how many plugins run */
    public int startedCount() {
        return extensionsByPlugin.size();
    }

    @Override
    public void close() {
        // PF4J's stopPlugins() and unloadPlugins() modify the lists they iterate: go one by one from a copy.
        for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
            try {
                manager.unloadPlugin(plugin.getPluginId());
            } catch (RuntimeException e) {
                LOG.warn("Plugin {} did not unload cleanly", plugin.getPluginId(), e);
            }
        }
    }

    /** PF4J's manager, remembering files it could not load and why (PF4J only logs them). */
    private static final class RecordingPluginManager extends DefaultPluginManager {
        private final Map<String, String> fileFailures = new LinkedHashMap<>();

        RecordingPluginManager(Path pluginsRoot) {
            super(pluginsRoot);
        }

        /** Jars and folders alike load behind the {@link PluginWall}. */
        @Override
        protected PluginLoader createPluginLoader() {
            PluginWall wall = new PluginWall(PluginHost.class.getClassLoader());
            return new CompoundPluginLoader()
                    .add(new JarPluginLoader(this) {
                        @Override
                        protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                            return new PluginClassLoader(pluginManager, descriptor, wall, ClassLoadingStrategy.PDA);
                        }
                    })
                    .add(new DefaultPluginLoader(this) {
                        @Override
                        protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
                            return new PluginClassLoader(pluginManager, descriptor, wall, ClassLoadingStrategy.PDA);
                        }
                    });
        }

        @Override
        protected PluginWrapper loadPluginFromPath(Path pluginPath) {
            try {
                return super.loadPluginFromPath(pluginPath);
            } catch (RuntimeException e) {
                String problem = "not a valid plugin: " + rootMessage(e);
                fileFailures.put(pluginPath.getFileName().toString(), problem);
                LOG.error("Plugin file {} refused: {}", pluginPath.getFileName(), problem);
                throw e;
            }
        }

        private static String rootMessage(Throwable e) {
            Throwable root = e;
            Set<Throwable> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            while (root.getCause() != null && seen.add(root)) {
                root = root.getCause();
            }
            return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
        }
    }
}
