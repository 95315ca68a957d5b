package be.classenumerique.app.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real PF4J plugin jars in a test: compiles Java sources against the platform API with PF4J's
 * annotation processor (which writes {@code META-INF/extensions.idx}) and packs them with a manifest.
 */
final class PluginJars {

    private PluginJars() {}

    /**
     * Builds the plugin whose files are under {@code test-plugins/<pluginId>/} in the test resources:
     * {@code src/} holds Java sources named {@code *.java.txt} (so no formatter or compiler of this
     * build touches them), {@code res/} the files the jar carries as they are.
     */
    static Path build(Path folder, String pluginId, String requires) throws IOException, URISyntaxException {
        Path root = Path.of(
                PluginJars.class.getResource("/test-plugins/" + pluginId).toURI());
        Path work = Files.createTempDirectory(folder, pluginId + "-build");
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(root.resolve("src"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java.txt"))
                    .toList()) {
                String relative = root.resolve("src").relativize(source).toString();
                Path file = work.resolve("src").resolve(relative.substring(0, relative.length() - ".txt".length()));
                Files.createDirectories(file.getParent());
                Files.copy(source, file);
                files.add(file.toString());
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of(
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                "-processor",
                "org.pf4j.processor.ExtensionAnnotationProcessor",
                "-proc:full"));
        arguments.addAll(files);
        int status = compiler.run(null, null, System.err, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("plugin sources of " + pluginId + " do not compile");
        }
        Path resources = root.resolve("res");
        if (Files.isDirectory(resources)) {
            try (Stream<Path> all = Files.walk(resources)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    Path target = classes.resolve(resources.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", pluginId);
        attributes.putValue("Plugin-Version", "1.0.0");
        attributes.putValue("Plugin-Requires", requires);
        attributes.putValue("Plugin-Provider", "tests");
        Path jar = folder.resolve(pluginId + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> all = Files.walk(classes)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    static Path plainJar(Path folder, String name) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("just a library".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
