package be.classenumerique.core.content.service;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.ConfigProblem;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.content.domain.ContentProblem;
import be.classenumerique.core.content.domain.ContentSource;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.schools.domain.Levels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads content packs (see {@code content/README.md}) and validates every module strictly. A pack or
 * module with a problem is skipped and reported with its file and line; the others load.
 */
public final class ContentLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ContentLoader.class);

    static final String PACK_FILE = "pack.yaml";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> LANGUAGES = Set.of("fr", "nl", "en", "de");
    private static final Set<String> PACK_KEYS = Set.of("id", "version", "title", "licence", "modules");
    private static final Set<String> MODULE_KEYS = Set.of(
            "id",
            "version",
            "language",
            "title",
            "summary",
            "levels",
            "durationMinutes",
            "competences",
            "licence",
            "activities");
    /** DigComp 2.2: how many competences each of the five areas has. */
    private static final int[] DIGCOMP_COMPETENCES_PER_AREA = {3, 6, 4, 4, 4};

    private static final Pattern DIGCOMP = Pattern.compile("digcomp:([1-5])\\.([1-9])");

    private final ActivityTypeRegistry activityTypes;
    private final Predicate<String> knownCompetence;

    public ContentLoader(ActivityTypeRegistry activityTypes) {
        this(activityTypes, ContentLoader::isDigComp);
    }

    /**
     * @param activityTypes the activity types modules may use
     * @param knownCompetence whether a competence reference exists, e.g. {@link CompetenceFrameworks#knows}
     */
    public ContentLoader(ActivityTypeRegistry activityTypes, Predicate<String> knownCompetence) {
        this.activityTypes = activityTypes;
        this.knownCompetence = knownCompetence;
    }

    /** What a load produced: the modules that passed and the problems of those that did not. */
    public record Result(
            List<Module> modules, List<ContentProblem> problems, Map<String, ContentSource.FileOpener> files) {

        /** A result whose modules carry no files of their own. */
        public Result(List<Module> modules, List<ContentProblem> problems) {
            this(modules, problems, Map.of());
        }

        public Result {
            modules = List.copyOf(modules);
            files = Map.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param contentDirectory the platform's {@code content/} folder; its packs are the subfolders of
     *     {@code packs/} that hold a {@code pack.yaml}
     * @return a source per pack folder, in name order; none when the folder does not exist
     */
    public static List<ContentSource> packFolders(Path contentDirectory) {
        Path packs = contentDirectory.resolve("packs");
        if (!Files.isDirectory(packs)) {
            LOG.warn("No content packs folder at {}", packs.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> folders = Files.list(packs)) {
            return folders.filter(Files::isDirectory)
                    .sorted()
                    .map(folder -> new ContentSource("content", folder.toString(), relative -> {
                        Path file = folder.resolve(relative).normalize();
                        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                            return Optional.empty();
                        }
                        return Optional.of(Files.newInputStream(file));
                    }))
                    .toList();
        } catch (IOException e) {
            LOG.error("Cannot list content packs in {}", packs, e);
            return List.of();
        }
    }

    /**
     * Loads every pack of the sources. Module ids must be unique across all of them: a later module
     * with a taken id is refused.
     *
     * @param sources the packs
     * @return the modules that passed and every problem
     */
    public Result load(List<ContentSource> sources) {
        List<Module> modules = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> moduleIds = new HashSet<>();
        Map<String, ContentSource.FileOpener> files = new LinkedHashMap<>();
        for (ContentSource source : sources) {
            for (Module module : loadPack(source, problems)) {
                if (moduleIds.add(module.id())) {
                    modules.add(module);
                    files.put(module.id(), source.files());
                } else {
                    problems.add(new ContentProblem(
                            source.name(), 0, "module id '" + module.id() + "' is already used by another pack"));
                }
            }
        }
        problems.forEach(problem -> LOG.error("Content skipped: {}", problem));
        LOG.info("Loaded {} modules from {} packs, {} problems", modules.size(), sources.size(), problems.size());
        return new Result(modules, problems, files);
    }

    private List<Module> loadPack(ContentSource source, List<ContentProblem> problems) {
        String packFile = source.name() + "/" + PACK_FILE;
        Optional<YamlTree> tree = read(source, PACK_FILE, packFile, problems);
        if (tree.isEmpty()) {
            return List.of();
        }
        Checker pack = new Checker(packFile, tree.get(), problems);
        Map<String, Object> root = pack.rootMap();
        if (root == null) {
            return List.of();
        }
        pack.onlyKeys(root, PACK_KEYS);
        String packId = pack.slug(root, "id");
        pack.positive(root, "version");
        pack.localized(root, "title");
        pack.text(root, "licence");
        List<String> moduleFiles = pack.textList(root, "modules", true);
        if (!pack.clean()) {
            return List.of();
        }
        List<Module> modules = new ArrayList<>();
        for (String moduleFile : moduleFiles) {
            String name = source.name() + "/" + moduleFile;
            if (moduleFile.contains("..") || moduleFile.startsWith("/")) {
                problems.add(new ContentProblem(
                        packFile,
                        tree.get().lineOf(root, "modules"),
                        "module path '" + moduleFile + "' leaves the pack"));
                continue;
            }
            read(source, moduleFile, name, problems)
                    .flatMap(moduleTree -> module(source, packId, name, moduleTree, problems, true))
                    .ifPresent(modules::add);
        }
        return modules;
    }

    private Optional<YamlTree> read(
            ContentSource source, String relativePath, String name, List<ContentProblem> problems) {
        try {
            Optional<InputStream> in = source.files().open(relativePath);
            if (in.isEmpty()) {
                problems.add(new ContentProblem(name, 0, "file not found"));
                return Optional.empty();
            }
            try (InputStream stream = in.get()) {
                return Optional.of(YamlTree.parse(stream));
            }
        } catch (YamlTree.YamlException e) {
            problems.add(new ContentProblem(name, e.line, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            problems.add(new ContentProblem(name, 0, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * Validates a module a teacher wrote in the platform by the same rules as a pack's. It has no files:
     * its lesson pages may only show images the platform already serves (those of pack modules), checked
     * by the caller.
     *
     * @param module the module as a pack file would hold it: every key of a module, activities included
     * @param name how to name it in problems
     * @return the module, or the problems that keep it out
     */
    public Result loadWritten(Map<String, Object> module, String name) {
        List<ContentProblem> problems = new ArrayList<>();
        String yaml = new org.yaml.snakeyaml.Yaml().dump(module);
        YamlTree tree;
        try {
            tree = YamlTree.parse(
                    new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (YamlTree.YamlException e) {
            return new Result(List.of(), List.of(new ContentProblem(name, e.line, e.getMessage())));
        }
        ContentSource source = new ContentSource(ModuleCatalogue.SCHOOL_SOURCE, name, path -> Optional.empty());
        Optional<Module> loaded = module(source, ModuleCatalogue.SCHOOL_SOURCE, name, tree, problems, false);
        return new Result(loaded.stream().toList(), problems);
    }

    private Optional<Module> module(
            ContentSource source,
            String packId,
            String file,
            YamlTree tree,
            List<ContentProblem> problems,
            boolean packFiles) {
        Checker check = new Checker(file, tree, problems);
        Map<String, Object> root = check.rootMap();
        if (root == null) {
            return Optional.empty();
        }
        check.onlyKeys(root, MODULE_KEYS);
        String id = check.slug(root, "id");
        int version = check.positive(root, "version");
        String language = check.text(root, "language");
        if (language != null && !LANGUAGES.contains(language)) {
            check.problem(root, "language", "language must be one of " + LANGUAGES + ", not '" + language + "'");
        }
        String title = check.text(root, "title");
        String summary = check.text(root, "summary");
        List<String> levels = check.textList(root, "levels", true);
        levels.stream()
                .filter(level -> !Levels.isKnown(level))
                .forEach(level ->
                        check.problem(root, "levels", "unknown level '" + level + "', use one of " + Levels.ALL));
        int duration = check.positive(root, "durationMinutes");
        List<String> competences = check.textList(root, "competences", true);
        competences.stream()
                .filter(competence -> !knownCompetence.test(competence))
                .forEach(competence -> check.problem(
                        root,
                        "competences",
                        "unknown competence '" + competence + "' (an id of content/frameworks, e.g. digcomp:4.1)"));
        String licence = check.text(root, "licence");
        List<ActivityConfig> activities = new ArrayList<>();
        Map<String, List<String>> activityCompetences = new LinkedHashMap<>();
        if (!(root.get("activities") instanceof List<?> list) || list.isEmpty()) {
            check.problem(root, "activities", "'activities' must be a non-empty list");
        } else {
            Set<String> activityIds = new HashSet<>();
            Locale locale = Locale.forLanguageTag(language == null ? "fr" : language);
            for (Object item : list) {
                activity(check, item, locale, activityIds, source, packFiles ? id : null, activityCompetences)
                        .ifPresent(activities::add);
            }
        }
        if (!check.clean()) {
            return Optional.empty();
        }
        return Optional.of(new Module(
                id,
                version,
                packId,
                source.origin(),
                Locale.forLanguageTag(language),
                title,
                summary,
                levels,
                duration,
                competences,
                licence,
                activities,
                activityCompetences));
    }

    @SuppressWarnings("unchecked")
    private Optional<ActivityConfig> activity(
            Checker check,
            Object item,
            Locale language,
            Set<String> ids,
            ContentSource source,
            String moduleId,
            Map<String, List<String>> competencesById) {
        if (!(item instanceof Map<?, ?> raw)) {
            check.problemAt(item, "an activity must be a map with at least 'id' and 'type'");
            return Optional.empty();
        }
        Map<String, Object> map = (Map<String, Object>) raw;
        for (String required : List.of("id", "type")) {
            if (!map.containsKey(required)) {
                check.problemAt(map, "an activity needs '" + required + "'");
            }
        }
        String id = check.slug(map, "id");
        String typeId = check.text(map, "type");
        if (id == null || typeId == null) {
            return Optional.empty();
        }
        if (!ids.add(id)) {
            check.problem(map, "id", "activity id '" + id + "' is used twice in this module");
        }
        Optional<ActivityType> type = activityTypes.find(typeId);
        if (type.isEmpty()) {
            check.problem(map, "type", "unknown activity type '" + typeId + "'");
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>(map);
        fields.remove("id");
        fields.remove("type");
        // Tags belong to the platform, not to the type: any activity may have its own.
        if (fields.remove("competences") != null) {
            List<String> competences = check.textList(map, "competences", true);
            competences.stream()
                    .filter(competence -> !knownCompetence.test(competence))
                    .forEach(competence -> check.problem(
                            map, "competences", "activity '" + id + "': unknown competence '" + competence + "'"));
            competencesById.put(id, competences);
        }
        if (fields.get("body") instanceof String body && moduleId != null) {
            fields.put("body", images(check, map, body, source, moduleId));
        }
        if (fields.get("audio") instanceof String audio && moduleId != null) {
            fields.put("audio", audio(check, map, audio, source, moduleId));
        }
        ActivityConfig config = new ActivityConfig(id, typeId, language, fields);
        List<ConfigProblem> configProblems;
        try {
            configProblems = type.get().validate(config);
        } catch (RuntimeException e) {
            configProblems = List.of(new ConfigProblem("", "the activity type failed to validate it: " + e));
        }
        for (ConfigProblem problem : configProblems) {
            String field = problem.field().isEmpty() ? "type" : problem.field();
            check.problem(map, field, "activity '" + id + "': " + problem.message());
        }
        return configProblems.isEmpty() ? Optional.of(config) : Optional.empty();
    }

    /**
     * Checks the images of a lesson's Markdown: each needs an alt text (pupils who cannot see it hear it),
     * a path inside the pack to a PNG, JPEG, SVG, WebP or GIF file of at most 1 MB; the path is rewritten
     * to the address the platform serves it at.
     */
    private static String images(
            Checker check, Map<String, Object> map, String body, ContentSource source, String moduleId) {
        Matcher image = IMAGE.matcher(body);
        StringBuilder rewritten = new StringBuilder();
        while (image.find()) {
            String alt = image.group(1).strip();
            String path = image.group(2);
            if (alt.isEmpty()) {
                check.problem(map, "body", "image '" + path + "' needs an alt text: ![what it shows](" + path + ")");
            }
            if (!isPackImage(path)) {
                check.problem(
                        map, "body", "image '" + path + "' must be a .png, .jpg, .svg, .webp or .gif file of the pack");
            } else if (!fileFits(source, path, MAX_IMAGE_BYTES)) {
                check.problem(map, "body", "image '" + path + "' is not in the pack or is larger than 1 MB");
            }
            image.appendReplacement(
                    rewritten, Matcher.quoteReplacement("![" + alt + "](" + FILE_ROUTE + moduleId + "/" + path + ")"));
        }
        image.appendTail(rewritten);
        return rewritten.toString();
    }

    /**
     * Checks a lesson's recording (read aloud for pupils who do not read yet): an MP3, Ogg, M4A or WAV file
     * of the pack of at most 5 MB; the path is rewritten to the address the platform serves it at.
     */
    private static String audio(
            Checker check, Map<String, Object> map, String path, ContentSource source, String moduleId) {
        if (!isPackAudio(path)) {
            check.problem(map, "audio", "audio '" + path + "' must be a .mp3, .ogg, .m4a or .wav file of the pack");
        } else if (!fileFits(source, path, MAX_AUDIO_BYTES)) {
            check.problem(map, "audio", "audio '" + path + "' is not in the pack or is larger than 5 MB");
        }
        return FILE_ROUTE + moduleId + "/" + path;
    }

    /** Where the platform serves a module's images and recordings: this prefix, the module id, the path in the pack. */
    public static final String FILE_ROUTE = "/content-files/";

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]+)\\)");
    private static final Pattern PACK_IMAGE =
            Pattern.compile("([a-z0-9._-]+/)*[a-z0-9._-]+\\.(png|jpe?g|svg|webp|gif)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PACK_AUDIO =
            Pattern.compile("([a-z0-9._-]+/)*[a-z0-9._-]+\\.(mp3|ogg|m4a|wav)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_IMAGE_BYTES = 1024 * 1024;
    private static final int MAX_AUDIO_BYTES = 5 * 1024 * 1024;

    /** @return whether a path names an image file inside a pack: relative, no {@code ..}, a known type */
    public static boolean isPackImage(String path) {
        return path != null && !path.contains("..") && PACK_IMAGE.matcher(path).matches();
    }

    /** @return whether a path names a recording inside a pack: relative, no {@code ..}, a known type */
    public static boolean isPackAudio(String path) {
        return path != null && !path.contains("..") && PACK_AUDIO.matcher(path).matches();
    }

    private static boolean fileFits(ContentSource source, String path, int maxBytes) {
        try {
            Optional<java.io.InputStream> in = source.files().open(path);
            if (in.isEmpty()) {
                return false;
            }
            try (java.io.InputStream stream = in.get()) {
                return stream.readNBytes(maxBytes + 1).length <= maxBytes;
            }
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static boolean isDigComp(String id) {
        var matcher = DIGCOMP.matcher(id);
        if (!matcher.matches()) {
            return false;
        }
        int area = Integer.parseInt(matcher.group(1));
        int competence = Integer.parseInt(matcher.group(2));
        return competence <= DIGCOMP_COMPETENCES_PER_AREA[area - 1];
    }

    /** Checks fields of one file and collects its problems with their lines. */
    private static final class Checker {
        private final String file;
        private final YamlTree tree;
        private final List<ContentProblem> problems;
        private final int problemsBefore;

        Checker(String file, YamlTree tree, List<ContentProblem> problems) {
            this.file = file;
            this.tree = tree;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        boolean clean() {
            return problems.size() == problemsBefore;
        }

        void problem(Map<String, Object> map, String key, String message) {
            problems.add(new ContentProblem(file, tree.lineOf(map, key), message));
        }

        void problemAt(Object container, String message) {
            problems.add(new ContentProblem(file, tree.lineOf(container), message));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> rootMap() {
            if (tree.root instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            problems.add(new ContentProblem(file, 1, "the file must hold a YAML map"));
            return null;
        }

        void onlyKeys(Map<String, Object> map, Set<String> allowed) {
            map.keySet().stream()
                    .filter(key -> !allowed.contains(key))
                    .forEach(key -> problem(map, key, "unknown key '" + key + "'"));
            allowed.stream()
                    .filter(key -> !map.containsKey(key))
                    .forEach(key -> problem(map, key, "missing key '" + key + "'"));
        }

        String text(Map<String, Object> map, String key) {
            Object value = map.get(key);
            if (value instanceof String text && !text.isBlank()) {
                return text;
            }
            if (map.containsKey(key)) {
                problem(map, key, "'" + key + "' must be a non-empty text");
            }
            return null;
        }

        String slug(Map<String, Object> map, String key) {
            String value = text(map, key);
            if (value != null && !SLUG.matcher(value).matches()) {
                problem(map, key, "'" + key + "' must use lower-case letters, digits and dashes: '" + value + "'");
                return null;
            }
            return value;
        }

        int positive(Map<String, Object> map, String key) {
            if (map.get(key) instanceof Integer number && number > 0) {
                return number;
            }
            if (map.containsKey(key)) {
                problem(map, key, "'" + key + "' must be a whole number above 0");
            }
            return 0;
        }

        void localized(Map<String, Object> map, String key) {
            if (!(map.get(key) instanceof Map<?, ?> texts)
                    || texts.isEmpty()
                    || !texts.keySet().stream().allMatch(LANGUAGES::contains)
                    || !texts.values().stream().allMatch(value -> value instanceof String s && !s.isBlank())) {
                if (map.containsKey(key)) {
                    problem(map, key, "'" + key + "' must map languages " + LANGUAGES + " to texts");
                }
            }
        }

        List<String> textList(Map<String, Object> map, String key, boolean nonEmpty) {
            if (map.get(key) instanceof List<?> list
                    && list.stream().allMatch(item -> item instanceof String s && !s.isBlank())
                    && !(nonEmpty && list.isEmpty())) {
                return list.stream().map(String.class::cast).toList();
            }
            if (map.containsKey(key)) {
                problem(map, key, "'" + key + "' must be a " + (nonEmpty ? "non-empty " : "") + "list of texts");
            }
            return List.of();
        }
    }
}
