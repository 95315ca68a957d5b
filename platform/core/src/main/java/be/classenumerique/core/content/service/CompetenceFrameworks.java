package be.classenumerique.core.content.service;

import be.classenumerique.core.content.domain.CompetenceArea;
import be.classenumerique.core.content.domain.ContentProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The competence frameworks as data ({@code content/frameworks/}: DigComp 2.2, DigCompEdu, CRCN) and the
 * crosswalks between them. References are {@code <framework>:<id>}, e.g. {@code digcomp:4.1} or {@code
 * crcn:1.1}. A broken file is reported with its line and left out; the others load.
 */
public final class CompetenceFrameworks {

    private static final List<String> FRAMEWORKS = List.of("digcomp", "digcompedu", "crcn");

    private final Map<String, Map<String, String>> titles = new LinkedHashMap<>();
    private final Map<String, List<CompetenceArea>> areas = new LinkedHashMap<>();
    private final Map<String, Set<String>> crosswalks = new LinkedHashMap<>();
    private final List<ContentProblem> problems = new ArrayList<>();

    private CompetenceFrameworks() {}

    /**
     * @param contentDirectory the folder holding {@code frameworks/}
     * @return the frameworks found there, with the problems of what could not be read
     */
    public static CompetenceFrameworks load(Path contentDirectory) {
        CompetenceFrameworks frameworks = new CompetenceFrameworks();
        Path folder = contentDirectory.resolve("frameworks");
        for (String framework : FRAMEWORKS) {
            frameworks.read(folder.resolve(framework + ".yaml"), tree -> frameworks.framework(framework, tree));
        }
        frameworks.read(folder.resolve("crosswalks.yaml"), frameworks::crosswalks);
        return frameworks;
    }

    /** @return whether the reference names an area or a competence of a loaded framework */
    public boolean knows(String ref) {
        return titles.containsKey(ref);
    }

    /**
     * @param ref an area or competence reference
     * @param locale the reader's language; French when the framework has no title in it
     * @return e.g. "4.1 Protéger les appareils"
     */
    public Optional<String> title(String ref, Locale locale) {
        return Optional.ofNullable(titles.get(ref))
                .map(byLanguage -> byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get("fr")))
                .map(title -> ref.substring(ref.indexOf(':') + 1) + " " + title);
    }

    /** @return the framework's areas in order, e.g. DigComp's five */
    public List<CompetenceArea> areas(String framework) {
        return areas.getOrDefault(framework, List.of());
    }

    /** @return what the reference corresponds to in the other frameworks, both ways */
    public Set<String> crosswalk(String ref) {
        return crosswalks.getOrDefault(ref, Set.of());
    }

    /** @return what could not be read, with file and line */
    public List<ContentProblem> problems() {
        return List.copyOf(problems);
    }

    private interface TreeReader {
        void read(YamlTree tree);
    }

    private void read(Path file, TreeReader reader) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(YamlTree.parse(in));
        } catch (YamlTree.YamlException e) {
            problems.add(new ContentProblem(file.toString(), e.line, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            problems.add(new ContentProblem(file.toString(), 0, "not readable: " + e.getMessage()));
        }
    }

    private void framework(String framework, YamlTree tree) {
        if (!(tree.root instanceof Map<?, ?> root) || !framework.equals(root.get("id"))) {
            throw new IllegalArgumentException("the file's id must be '" + framework + "'");
        }
        // Read whole before keeping anything: a file broken half-way adds nothing.
        Map<String, Map<String, String>> read = new LinkedHashMap<>();
        List<CompetenceArea> loaded = new ArrayList<>();
        for (Object area : list(root.get("areas"))) {
            Map<?, ?> areaMap = (Map<?, ?>) area;
            String areaRef = framework + ":" + areaMap.get("id");
            read.put(areaRef, localized(areaMap.get("title")));
            List<String> competences = new ArrayList<>();
            for (Object competence : list(areaMap.get("competences"))) {
                Map<?, ?> competenceMap = (Map<?, ?>) competence;
                String ref = framework + ":" + competenceMap.get("id");
                read.put(ref, localized(competenceMap.get("title")));
                competences.add(ref);
            }
            loaded.add(new CompetenceArea(areaRef, read.get(areaRef), competences));
        }
        titles.putAll(read);
        areas.put(framework, List.copyOf(loaded));
    }

    private void crosswalks(YamlTree tree) {
        if (!(tree.root instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("a 'crosswalks' list is expected");
        }
        for (Object entry : list(root.get("crosswalks"))) {
            Map<?, ?> map = (Map<?, ?>) entry;
            String from = String.valueOf(map.get("from"));
            for (Object to : list(map.get("to"))) {
                crosswalks
                        .computeIfAbsent(from, ignored -> new LinkedHashSet<>())
                        .add(String.valueOf(to));
                crosswalks
                        .computeIfAbsent(String.valueOf(to), ignored -> new LinkedHashSet<>())
                        .add(from);
            }
        }
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static Map<String, String> localized(Object value) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((language, text) -> byLanguage.put(String.valueOf(language), String.valueOf(text)));
        }
        return byLanguage;
    }
}
