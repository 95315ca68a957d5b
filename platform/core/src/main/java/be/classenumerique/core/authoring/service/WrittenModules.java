package be.classenumerique.core.authoring.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.authoring.domain.ActivityDraft;
import be.classenumerique.core.authoring.domain.ModuleDraft;
import be.classenumerique.core.authoring.domain.WrittenModule;
import be.classenumerique.core.content.domain.Authorship;
import be.classenumerique.core.content.domain.ContentProblem;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.MarkdownRenderer;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.search.service.ModuleIndex;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.shared.Secrets;
import be.classenumerique.core.store.Bson;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.StoredNames;
import com.mongodb.client.MongoCollection;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Modules teachers write in the platform: from scratch or adapted from a catalogue module. Checked by the
 * same rules as a content pack's before they are saved; each saved change raises the version, and the
 * catalogue and the search index follow at once. A module belongs to its author's school: the author
 * alone changes it, and shares it with the school's other teachers when it is ready.
 */
public final class WrittenModules {

    private static final Logger LOG = LoggerFactory.getLogger(WrittenModules.class);
    private static final int SCHEMA_VERSION = 1;
    private static final String COLLECTION = "written_modules";
    private static final int MAX_TITLE = 120;
    private static final int MAX_SUMMARY = 600;
    private static final int MAX_DURATION = 300;
    private static final int MAX_ACTIVITIES = 40;
    private static final int MAX_TEXT = 20_000;
    private static final String LESSON = "builtin:lesson";
    /** Licences a teacher may choose for their text. */
    public static final List<String> LICENCES = List.of("CC-BY-SA-4.0", "CC-BY-4.0", "all-rights-reserved");

    private static final String SHARE_ALIKE = "CC-BY-SA-4.0";

    private final MongoCollection<Document> modules;
    private final ModuleCatalogue catalogue;
    private final MarkdownRenderer markdown;
    private final ContentLoader loader;
    private final ModuleIndex index;
    private final ActivityTypeRegistry activityTypes;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;
    /** The latest save this node took in; another node's clock may run a little behind. */
    private volatile long lastSavedAt = 0;

    private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(1);

    public WrittenModules(
            DocumentStore store,
            ModuleCatalogue catalogue,
            ContentLoader loader,
            ModuleIndex index,
            ActivityTypeRegistry activityTypes,
            AuditLog audit,
            Clock clock,
            SecureRandom random) {
        this.activityTypes = activityTypes;
        this.modules = store.collection(COLLECTION);
        this.catalogue = catalogue;
        this.markdown = new MarkdownRenderer(catalogue::hasFile);
        this.loader = loader;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Cleans the author names kept with written modules when they hold direction controls; migrations call
     * it once, before the modules are loaded.
     *
     * @return how many names were cleaned
     */
    public static int removeDirectionControls(DocumentStore store) {
        return StoredNames.clean(store.collection(COLLECTION), "authorName");
    }

    /**
     * Puts every stored module into the catalogue and the index; once, at start. A module that no longer passes
     * the checks (an activity type whose plugin was removed) is left out and reported.
     *
     * @return the problems of the modules left out
     */
    public List<ContentProblem> loadAll() {
        List<ContentProblem> problems = new ArrayList<>();
        for (Document document : modules.find()) {
            problems.addAll(load(document));
        }
        problems.forEach(problem -> LOG.error("Written module skipped: {}", problem));
        return problems;
    }

    /**
     * Takes in what other platform nodes saved since the last call (new modules, changes, sharing), so a
     * pupil served by another node than their teacher's finds the module. Cheap when nothing changed.
     *
     * @return how many modules were taken in
     */
    public int refreshFromStore() {
        long since = lastSavedAt - CLOCK_SKEW.toMillis();
        int taken = 0;
        for (Document document : modules.find(new Document("savedAt", new Document("$gte", since)))) {
            String id = document.getString("_id");
            Authorship authorship = authorship(document);
            boolean known = catalogue
                            .find(id)
                            .filter(module -> module.version() == document.getInteger("version"))
                            .isPresent()
                    && catalogue.authorship(id).filter(authorship::equals).isPresent();
            if (!known) {
                load(document).forEach(problem -> LOG.error("Written module skipped: {}", problem));
                taken++;
            }
        }
        return taken;
    }

    private List<ContentProblem> load(Document document) {
        lastSavedAt =
                Math.max(lastSavedAt, document.get("savedAt", Number.class).longValue());
        ContentLoader.Result result = loader.loadWritten(moduleMap(document), document.getString("_id"));
        result.modules().forEach(module -> publish(module, authorship(document)));
        return result.problems();
    }

    /**
     * Saves a new module in the caller's school, visible to them only until they share it.
     *
     * @param caller a teacher or school admin
     * @param draft the module
     * @param basedOn the catalogue module it adapts, or {@code null}
     * @return the saved module
     * @throws NotFoundException for anyone else
     * @throws RefusedException with a translated reason when the module is incomplete; nothing is saved
     */
    public WrittenModule create(Caller caller, ModuleDraft draft, String basedOn) {
        requireAuthor(caller);
        String id = newId();
        Authorship authorship =
                new Authorship(caller.schoolId(), caller.accountId(), caller.displayName(), false, basedOn);
        Module module = check(id, 1, draft);
        requireShareAlike(basedOn, draft);
        Instant now = clock.instant();
        modules.insertOne(document(module, draft, authorship, now));
        publish(module, authorship);
        audit.record(caller, caller.schoolId(), "module.write", id, "1");
        return new WrittenModule(module, authorship);
    }

    /**
     * Saves a change. Activities keep their ids, so pupils' drafts and past answers stay attached; past
     * answers keep the activity as the pupil saw it.
     *
     * @param caller the module's author
     * @param moduleId the module
     * @param draft the module as it should be
     * @param expectedVersion the version the author started from
     * @return the saved module, its version raised by one
     * @throws NotFoundException for anyone but the author
     * @throws RefusedException {@code authoring.changed} when someone saved in between, or a translated reason
     *     when the module is incomplete; nothing is saved
     */
    public WrittenModule update(Caller caller, String moduleId, ModuleDraft draft, int expectedVersion) {
        Document stored = ownDocument(caller, moduleId);
        int version = stored.getInteger("version");
        if (version != expectedVersion) {
            throw new RefusedException("authoring.changed", "version " + version + ", not " + expectedVersion);
        }
        Module module = check(moduleId, version + 1, draft);
        Authorship authorship = authorship(stored);
        requireShareAlike(authorship.basedOn(), draft);
        Instant now = clock.instant();
        Document replacement = document(module, draft, authorship, now);
        long replaced = modules.replaceOne(new Document("_id", moduleId).append("version", version), replacement)
                .getModifiedCount();
        if (replaced == 0) {
            throw new RefusedException("authoring.changed", "changed while saving");
        }
        publish(module, authorship);
        audit.record(caller, caller.schoolId(), "module.write", moduleId, Integer.toString(version + 1));
        return new WrittenModule(module, authorship);
    }

    /**
     * @param caller the module's author
     * @param moduleId the module
     * @param shared whether the school's other teachers may find and assign it
     * @throws NotFoundException for anyone but the author
     */
    public void share(Caller caller, String moduleId, boolean shared) {
        Document stored = ownDocument(caller, moduleId);
        modules.updateOne(
                new Document("_id", moduleId),
                new Document("$set", new Document("shared", shared).append("savedAt", clock.millis())));
        stored.put("shared", shared);
        Authorship authorship = authorship(stored);
        catalogue.find(moduleId).ifPresent(module -> publish(module, authorship));
        if (shared) {
            audit.record(caller, caller.schoolId(), "module.share", moduleId, "");
        } else {
            audit.record(caller, caller.schoolId(), "module.unshare", moduleId, "");
        }
    }

    /**
     * Whether the caller may open a module, read from the database so a search hit is checked against
     * the rights as they are now, not as they were indexed.
     *
     * @param caller anyone signed in
     * @param moduleId a module id
     * @return true for a pack module; for a written one: its author, and when shared the other teachers and
     *     admins of its school; pupils of its school (they reach it through their work)
     */
    public boolean canOpen(Caller caller, String moduleId) {
        if (catalogue.isFromPack(moduleId)) {
            return true;
        }
        Document stored = modules.find(new Document("_id", moduleId)).first();
        if (stored == null || caller.schoolId() == null || !caller.schoolId().equals(stored.getString("schoolId"))) {
            return false;
        }
        return caller.has(Role.PUPIL)
                || caller.accountId().equals(stored.getString("authorId"))
                || (stored.getBoolean("shared", false) && (caller.has(Role.TEACHER) || caller.has(Role.SCHOOL_ADMIN)));
    }

    /**
     * @param caller a teacher or school admin
     * @return what they may assign: every pack module, then their school's modules they may open (their
     *     own and the shared ones), by title
     */
    public List<Module> modulesFor(Caller caller) {
        List<Module> modules = new ArrayList<>(catalogue.all());
        if (caller.schoolId() == null || !(caller.has(Role.TEACHER) || caller.has(Role.SCHOOL_ADMIN))) {
            return modules;
        }
        for (Module module : catalogue.writtenIn(caller.schoolId())) {
            catalogue
                    .authorship(module.id())
                    .filter(authorship ->
                            authorship.shared() || authorship.authorId().equals(caller.accountId()))
                    .ifPresent(authorship -> modules.add(module));
        }
        return modules;
    }

    /**
     * Searches the catalogue as the caller may see it. The index already leaves out what they may not find;
     * each hit is checked again here against the database, so a module unshared a moment ago is not shown.
     *
     * @param caller a teacher or school admin
     * @param text what they typed; any input
     * @param limit the most modules to return
     * @return the modules found, best first
     */
    public List<Module> search(Caller caller, String text, int limit) {
        return openable(caller, index.search(text, limit, caller.schoolId(), caller.accountId()));
    }

    /**
     * @param caller a teacher or school admin
     * @param text what they are typing
     * @param limit the most modules to return
     * @return modules whose title completes what is typed, checked like {@link #search}
     */
    public List<Module> suggest(Caller caller, String text, int limit) {
        return openable(caller, index.suggest(text, limit, caller.schoolId(), caller.accountId()));
    }

    private List<Module> openable(Caller caller, List<String> ids) {
        return ids.stream()
                .filter(id -> canOpen(caller, id))
                .map(catalogue::find)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * @param caller a teacher or school admin
     * @param moduleId a module
     * @return the module, to go through it as a pupil would
     * @throws NotFoundException when the caller may not open it
     */
    public Module forPreview(Caller caller, String moduleId) {
        requireAuthor(caller);
        if (!canOpen(caller, moduleId)) {
            throw new NotFoundException("module");
        }
        return catalogue.findFor(caller.schoolId(), moduleId).orElseThrow(() -> new NotFoundException("module"));
    }

    /**
     * Grades an answer given in a preview exactly as a pupil's, and stores nothing.
     *
     * @param caller a teacher or school admin who may open the module
     * @param moduleId the module
     * @param activityId one of its activities
     * @param response the answer
     * @return the verdict
     * @throws NotFoundException when the caller may not open the module, or no such activity
     * @throws RefusedException {@code attempt.refused.grading} when the type failed to grade it
     */
    public Grade tryOut(Caller caller, String moduleId, String activityId, LearnerResponse response) {
        ActivityConfig activity =
                forPreview(caller, moduleId).activity(activityId).orElseThrow(() -> new NotFoundException("activity"));
        return activityTypes.grade(activity, response);
    }

    /**
     * @param caller a teacher or school admin
     * @param moduleId a module they may open
     * @return the module as an editable draft: to change it (its author) or to adapt a copy
     * @throws NotFoundException when the caller may not open it
     */
    public ModuleDraft draftOf(Caller caller, String moduleId) {
        requireAuthor(caller);
        if (!canOpen(caller, moduleId)) {
            throw new NotFoundException("module");
        }
        Module module = catalogue.find(moduleId).orElseThrow(() -> new NotFoundException("module"));
        List<ActivityDraft> activities = new ArrayList<>();
        for (var activity : module.activities()) {
            Map<String, Object> fields = new LinkedHashMap<>(activity.values());
            if (module.activityCompetences().containsKey(activity.activityId())) {
                fields.put("competences", module.activityCompetences().get(activity.activityId()));
            }
            activities.add(new ActivityDraft(activity.activityId(), activity.typeId(), fields));
        }
        return new ModuleDraft(
                module.title(),
                module.summary(),
                module.language(),
                module.levels(),
                module.durationMinutes(),
                module.competences(),
                LICENCES.contains(module.licence()) ? module.licence() : LICENCES.getFirst(),
                activities);
    }

    /**
     * @param caller anyone
     * @param moduleId a module
     * @return whether the caller wrote it and so may change it
     */
    public boolean isAuthor(Caller caller, String moduleId) {
        return catalogue
                .authorship(moduleId)
                .filter(authorship -> authorship.authorId().equals(caller.accountId()))
                .isPresent();
    }

    private void publish(Module module, Authorship authorship) {
        catalogue.putWritten(module, authorship);
        index.update(module, Optional.of(authorship));
    }

    private Document ownDocument(Caller caller, String moduleId) {
        requireAuthor(caller);
        Document stored = modules.find(new Document("_id", moduleId)).first();
        if (stored == null
                || !caller.accountId().equals(stored.getString("authorId"))
                || !caller.schoolId().equals(stored.getString("schoolId"))) {
            throw new NotFoundException("module");
        }
        return stored;
    }

    /** A copy of a text under a share-alike licence stays under it (CC BY-SA 4.0, section 3.b). */
    private void requireShareAlike(String basedOn, ModuleDraft draft) {
        boolean shareAlike = basedOn != null
                && catalogue
                        .find(basedOn)
                        .map(Module::licence)
                        .filter(SHARE_ALIKE::equals)
                        .isPresent();
        if (shareAlike && !draft.licence().equals(SHARE_ALIKE)) {
            throw new RefusedException("authoring.licence.share-alike", "copy of a CC BY-SA text: " + basedOn);
        }
    }

    private static void requireAuthor(Caller caller) {
        if (caller.schoolId() == null || !(caller.has(Role.TEACHER) || caller.has(Role.SCHOOL_ADMIN))) {
            throw new NotFoundException("module");
        }
    }

    private String newId() {
        String id;
        do {
            id = "ecole-" + Secrets.code(random, 10).toLowerCase(java.util.Locale.ROOT);
        } while (catalogue.find(id).isPresent()
                || modules.find(new Document("_id", id)).first() != null);
        return id;
    }

    /** The teacher-facing checks first, each with its own message; then the pack rules as a last guard. */
    private Module check(String id, int version, ModuleDraft draft) {
        if (draft.title().isEmpty() || draft.title().length() > MAX_TITLE) {
            throw new RefusedException("authoring.title.invalid", "title length");
        }
        if (draft.summary().isEmpty() || draft.summary().length() > MAX_SUMMARY) {
            throw new RefusedException("authoring.summary.invalid", "summary length");
        }
        if (draft.levels().isEmpty()) {
            throw new RefusedException("authoring.levels.empty", "no level");
        }
        if (draft.durationMinutes() < 1 || draft.durationMinutes() > MAX_DURATION) {
            throw new RefusedException("authoring.duration.invalid", "duration");
        }
        if (draft.competences().isEmpty()) {
            throw new RefusedException("authoring.competences.empty", "no competence");
        }
        if (!LICENCES.contains(draft.licence())) {
            throw new RefusedException("authoring.licence.invalid", "licence " + draft.licence());
        }
        if (draft.activities().isEmpty() || draft.activities().size() > MAX_ACTIVITIES) {
            throw new RefusedException("authoring.activities.invalid", "activities");
        }
        int position = 0;
        for (ActivityDraft activity : draft.activities()) {
            position++;
            checkActivity(activity, position);
        }
        Map<String, Object> map = moduleMap(id, version, draft);
        ContentLoader.Result result = loader.loadWritten(map, id);
        if (result.modules().isEmpty()) {
            String problem = result.problems().isEmpty()
                    ? ""
                    : result.problems().getFirst().message();
            throw new RefusedException("authoring.invalid", problem, problem);
        }
        return result.modules().getFirst();
    }

    private void checkActivity(ActivityDraft activity, int position) {
        String title = activity.text("title").strip();
        if (title.isEmpty()) {
            throw new RefusedException("authoring.activity.title", "activity " + position + " has no title", position);
        }
        boolean tooLong = activity.fields().values().stream()
                .anyMatch(value -> String.valueOf(value).length() > MAX_TEXT);
        if (tooLong) {
            throw new RefusedException("authoring.activity.too-long", "text too long", title);
        }
        if (activity.typeId().equals(LESSON)) {
            if (activity.text("body").isBlank()) {
                throw new RefusedException("authoring.activity.body", "empty lesson", title);
            }
            checkImages(activity.text("body"), title);
            if (activity.fields().containsKey("audio")
                    && markdown.servedRecording(activity.text("audio")).isEmpty()) {
                throw new RefusedException("authoring.audio.refused", "audio " + activity.text("audio"), title);
            }
            return;
        }
        if (activity.text("prompt").isBlank()) {
            throw new RefusedException("authoring.activity.prompt", "no question", title);
        }
        if (!(activity.fields().get("feedback") instanceof Map<?, ?> feedback)
                || !(feedback.get("correct") instanceof String correct)
                || correct.isBlank()
                || !(feedback.get("incorrect") instanceof String incorrect)
                || incorrect.isBlank()) {
            throw new RefusedException("authoring.activity.feedback", "feedback missing", title);
        }
    }

    /**
     * A teacher's page may show the images the platform already serves (those of pack modules, as kept
     * when adapting one), each with an alt text, however the Markdown writes them (inline, with a title,
     * by reference); any other address is refused rather than loaded from another site.
     */
    private void checkImages(String body, String title) {
        for (MarkdownRenderer.ImageRef image : markdown.images(body)) {
            if (image.alt().isBlank()) {
                throw new RefusedException("authoring.image.alt", "image without alt", title);
            }
            if (markdown.servedFile(image.address()).isEmpty()) {
                throw new RefusedException("authoring.image.refused", "image " + image.address(), title);
            }
        }
    }

    /** The module as a pack file holds it, so the pack rules check it. */
    private static Map<String, Object> moduleMap(String id, int version, ModuleDraft draft) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("version", version);
        map.put("language", draft.language().getLanguage());
        map.put("title", draft.title());
        map.put("summary", draft.summary());
        map.put("levels", draft.levels());
        map.put("durationMinutes", draft.durationMinutes());
        map.put("competences", draft.competences());
        map.put("licence", draft.licence());
        Set<String> taken = new HashSet<>();
        draft.activities().stream()
                .map(ActivityDraft::id)
                .filter(java.util.Objects::nonNull)
                .forEach(taken::add);
        List<Map<String, Object>> activities = new ArrayList<>();
        int next = 1;
        for (ActivityDraft activity : draft.activities()) {
            String activityId = activity.id();
            if (activityId == null) {
                while (taken.contains("activite-" + next)) {
                    next++;
                }
                activityId = "activite-" + next;
                taken.add(activityId);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", activityId);
            entry.put("type", activity.typeId());
            entry.putAll(activity.fields());
            activities.add(entry);
        }
        map.put("activities", activities);
        return map;
    }

    private static Map<String, Object> moduleMap(Document document) {
        return Bson.plain(document.get("module", Document.class));
    }

    private static Document document(Module module, ModuleDraft draft, Authorship authorship, Instant now) {
        // The same ids as the checked module: moduleMap gives new activities their ids in a fixed way.
        Map<String, Object> map = moduleMap(module.id(), module.version(), draft);
        Document document = new Document("_id", module.id())
                .append("schemaVersion", SCHEMA_VERSION)
                .append("schoolId", authorship.schoolId())
                .append("authorId", authorship.authorId())
                .append("authorName", authorship.authorName())
                .append("shared", authorship.shared())
                .append("version", module.version())
                .append("updatedAt", now.toString())
                .append("savedAt", now.toEpochMilli())
                .append("module", toDocument(map));
        if (authorship.basedOn() != null) {
            document.append("basedOn", authorship.basedOn());
        }
        return document;
    }

    @SuppressWarnings("unchecked")
    private static Object toDocumentValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return toDocument((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(WrittenModules::toDocumentValue).toList();
        }
        return value;
    }

    private static Document toDocument(Map<String, Object> map) {
        Document document = new Document();
        map.forEach((key, value) -> document.append(key, toDocumentValue(value)));
        return document;
    }

    private static Authorship authorship(Document document) {
        return new Authorship(
                document.getString("schoolId"),
                document.getString("authorId"),
                document.getString("authorName"),
                document.getBoolean("shared", false),
                document.getString("basedOn"));
    }
}
