package be.classenumerique.core.attempts.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.attempts.domain.ActivityResult;
import be.classenumerique.core.attempts.domain.Attempt;
import be.classenumerique.core.attempts.domain.ClassModuleProgress;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.progress.domain.LearningEvent;
import be.classenumerique.core.progress.service.LearningEvents;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.shared.Secrets;
import be.classenumerique.core.store.Bson;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * Pupils' answers: graded on the server, stored once under the id the device generated, and folded into
 * the class's progress document that teachers read.
 */
public final class AttemptService {

    private static final Pattern CLIENT_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int SCHEMA_VERSION = 1;
    private static final String ONLINE = "online";
    private static final String PAPER = "paper";

    /** One document per pupil listing their attempts' ids, for privacy requests. */
    public static final String PUPIL_ATTEMPTS = "pupil_attempts";

    /** The outcome of a submission. {@code replayed} when the same attempt id had already been stored. */
    public record Submission(Attempt attempt, boolean replayed) {}

    private final MongoCollection<Document> attempts;
    private final MongoCollection<Document> progress;
    private final MongoCollection<Document> pupilAttempts;
    private final ModuleCatalogue catalogue;
    private final ActivityTypeRegistry activityTypes;
    private final AccountRepository accounts;
    private final SchoolRepository schools;
    private final Clock clock;
    private final AuditLog audit;
    private final SubmissionRules rules;
    private final LearningEvents events;

    public AttemptService(
            DocumentStore store,
            ModuleCatalogue catalogue,
            ActivityTypeRegistry activityTypes,
            AccountRepository accounts,
            SchoolRepository schools,
            Clock clock,
            AuditLog audit) {
        this(store, catalogue, activityTypes, accounts, schools, clock, audit, SubmissionRules.none());
    }

    /** @param rules what the pupils' teachers decided about answering online (tries, closing) */
    public AttemptService(
            DocumentStore store,
            ModuleCatalogue catalogue,
            ActivityTypeRegistry activityTypes,
            AccountRepository accounts,
            SchoolRepository schools,
            Clock clock,
            AuditLog audit,
            SubmissionRules rules) {
        this.rules = rules;
        this.audit = audit;
        this.attempts = store.collection("attempts");
        this.events = new LearningEvents(store);
        this.progress = store.collection("class_module_progress");
        this.pupilAttempts = store.collection(PUPIL_ATTEMPTS);
        this.catalogue = catalogue;
        this.activityTypes = activityTypes;
        this.accounts = accounts;
        this.schools = schools;
        this.clock = clock;
    }

    /**
     * Grades and stores a pupil's answer. Sending the same attempt id again returns the stored attempt
     * and changes nothing, so a device may retry after a dropped connection.
     *
     * @param caller the pupil
     * @param attemptId a UUID the pupil's device generated for this answer
     * @param moduleId the module
     * @param activityId the activity in it
     * @param response the answer
     * @return the stored attempt with its grade
     * @throws NotFoundException for an unknown module or activity, or a caller who is not a pupil
     * @throws RefusedException for a malformed id or an id already used for another answer
     */
    public Submission submit(
            Caller caller, String attemptId, String moduleId, String activityId, LearnerResponse response) {
        if (!caller.has(Role.PUPIL)) {
            throw new NotFoundException("pupil");
        }
        Account pupil = accounts.findById(caller.accountId())
                .filter(Account::active)
                .orElseThrow(() -> new NotFoundException("pupil"));
        SchoolClass schoolClass = pupil.classIds().stream()
                .map(schools::findClass)
                .flatMap(Optional::stream)
                .filter(candidate -> ClassService.canRead(caller, candidate))
                .findFirst()
                .orElseThrow(() -> new RefusedException("attempt.refused.no-class", "pupil has no class"));
        return store(pupil, schoolClass, attemptId, moduleId, activityId, response, rules, ONLINE);
    }

    /**
     * Grades and stores an answer a pupil gave on paper (the module's printed booklet), typed in by their
     * teacher: graded and counted exactly like an answer given online. The same id twice changes nothing.
     *
     * @param caller a teacher of the pupil's class or an admin of its school
     * @param pupilId the pupil who wrote the answer
     * @param attemptId a UUID made for this answer by the teacher's screen
     * @param moduleId the module
     * @param activityId the activity in it
     * @param response the answer as written on paper
     * @return the stored attempt with its grade
     * @throws NotFoundException for anyone else, an unknown pupil, module or activity
     * @throws RefusedException for a malformed id or an id already used for another answer
     */
    public Submission submitFromPaper(
            Caller caller,
            String pupilId,
            String attemptId,
            String moduleId,
            String activityId,
            LearnerResponse response) {
        Account pupil = accounts.findById(pupilId)
                .filter(found -> found.role() == Role.PUPIL && found.active())
                .orElseThrow(() -> new NotFoundException("pupil"));
        SchoolClass schoolClass = pupil.classIds().stream()
                .map(schools::findClass)
                .flatMap(Optional::stream)
                .filter(candidate -> candidate.pupilIds().contains(pupilId))
                .filter(candidate -> ClassService.canReadAllWork(caller, candidate))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("pupil"));
        // What the pupil wrote on paper is typed in once: no limit of tries applies.
        Submission submission =
                store(pupil, schoolClass, attemptId, moduleId, activityId, response, SubmissionRules.none(), PAPER);
        if (!submission.replayed()) {
            audit.record(caller, schoolClass.schoolId(), "pupil.answer.paper", pupil.id(), moduleId);
        }
        return submission;
    }

    private Submission store(
            Account pupil,
            SchoolClass schoolClass,
            String attemptId,
            String moduleId,
            String activityId,
            LearnerResponse response,
            SubmissionRules rulesForThisAnswer,
            String channel) {
        if (attemptId == null || !CLIENT_ID.matcher(attemptId).matches()) {
            throw new RefusedException("attempt.refused.id", "not a client-generated UUID: " + attemptId);
        }
        Module module =
                catalogue.findFor(pupil.schoolId(), moduleId).orElseThrow(() -> new NotFoundException("module"));
        ActivityConfig activity = module.activity(activityId).orElseThrow(() -> new NotFoundException("activity"));
        activityTypes.find(activity.typeId()).orElseThrow(() -> new NotFoundException("activity type"));

        Optional<Attempt> earlier = find(attemptId);
        if (earlier.isPresent()) {
            return replay(earlier.get(), pupil.id(), moduleId, activityId, channel);
        }
        int tries = readProgress(schoolClass.id(), module.id())
                .result(pupil.id(), activityId)
                .map(ActivityResult::attempts)
                .orElse(0);
        Optional<String> refusal = rulesForThisAnswer.refusal(pupil.id(), schoolClass, module.id(), tries);
        if (refusal.isPresent()) {
            throw new RefusedException(refusal.get(), "refused by the teacher's rules");
        }
        Grade grade = activityTypes.grade(activity, response);
        Attempt attempt = new Attempt(
                attemptId,
                pupil.id(),
                pupil.schoolId(),
                schoolClass.id(),
                module.id(),
                module.version(),
                activity,
                response,
                grade,
                clock.instant());
        try {
            attempts.insertOne(toDocument(attempt));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return replay(find(attemptId).orElseThrow(), pupil.id(), moduleId, activityId, channel);
            }
            throw e;
        }
        recordProgress(attempt);
        recordEvents(attempt, module, channel);
        return new Submission(attempt, false);
    }

    private Submission replay(Attempt stored, String pupilId, String moduleId, String activityId, String channel) {
        if (!stored.pupilId().equals(pupilId)
                || !stored.moduleId().equals(moduleId)
                || !stored.activity().activityId().equals(activityId)) {
            throw new RefusedException("attempt.refused.id", "attempt id already used for another answer");
        }
        // The progress update may not have happened if the first try died between the writes.
        recordProgress(stored);
        catalogue.find(moduleId).ifPresent(module -> recordEvents(stored, module, channel));
        return new Submission(stored, true);
    }

    /**
     * @param caller the pupil
     * @param moduleId a module
     * @return the pupil's latest attempt per activity of the module
     */
    public Map<String, Attempt> latestOwn(Caller caller, String moduleId) {
        if (!caller.has(Role.PUPIL)) {
            return Map.of();
        }
        Map<String, Attempt> latest = new LinkedHashMap<>();
        Optional<Account> pupil = accounts.findById(caller.accountId());
        for (String classId : pupil.map(Account::classIds).orElse(List.of())) {
            readProgress(classId, moduleId)
                    .results()
                    .getOrDefault(caller.accountId(), Map.of())
                    .forEach((activityId, result) ->
                            find(result.attemptId()).ifPresent(attempt -> latest.put(activityId, attempt)));
        }
        return latest;
    }

    /**
     * One pupil's latest results on a module, for a service that already checked the caller may see them
     * (the pupil, their teacher, their parent). Not audited here: the calling service records the access.
     *
     * @param pupilId the pupil
     * @param classId the class the work was done in
     * @param moduleId the module
     * @return activity id → latest result
     */
    public Map<String, ActivityResult> pupilResults(String pupilId, String classId, String moduleId) {
        return readProgress(classId, moduleId).results().getOrDefault(pupilId, Map.of());
    }

    /**
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param moduleId the module
     * @return the class's progress on the module
     * @throws NotFoundException when the caller may not see the class's work
     */
    public ClassModuleProgress classProgress(Caller caller, String classId, String moduleId) {
        SchoolClass schoolClass = schools.findClass(classId)
                .filter(candidate -> ClassService.canReadAllWork(caller, candidate))
                .orElseThrow(() -> new NotFoundException("class"));
        audit.record(caller, schoolClass.schoolId(), "class.work.read", schoolClass.id(), moduleId);
        return readProgress(schoolClass.id(), moduleId);
    }

    /**
     * @param caller the pupil who made it, or a teacher or admin of the pupil's class
     * @param attemptId an attempt id, possibly forged
     * @return the attempt
     * @throws NotFoundException when it does not exist or the caller may not see it
     */
    public Attempt attempt(Caller caller, String attemptId) {
        Attempt attempt = find(attemptId).orElseThrow(() -> new NotFoundException("attempt"));
        if (attempt.pupilId().equals(caller.accountId())) {
            return attempt;
        }
        SchoolClass schoolClass = schools.findClass(attempt.classId())
                .filter(candidate -> ClassService.canReadAllWork(caller, candidate))
                .orElseThrow(() -> new NotFoundException("attempt"));
        audit.record(caller, schoolClass.schoolId(), "pupil.answer.read", attempt.pupilId(), attempt.moduleId());
        return attempt;
    }

    private Optional<Attempt> find(String attemptId) {
        return Optional.ofNullable(attempts.find(new Document("_id", attemptId)).first())
                .map(AttemptService::fromDocument);
    }

    /**
     * Every attempt of a pupil, for a privacy request whose rights the caller already checked.
     *
     * @param pupilId the pupil
     * @return the pupil's attempts, oldest first
     */
    public List<Attempt> allAttemptsForPrivacyRequest(String pupilId) {
        Document index = pupilAttempts.find(new Document("_id", pupilId)).first();
        return (index == null ? List.<String>of() : index.getList("attemptIds", String.class, List.of()))
                .stream()
                        .map(this::find)
                        .flatMap(Optional::stream)
                        .sorted(java.util.Comparator.comparing(Attempt::at))
                        .toList();
    }

    /**
     * Keeps a pupil's answers for class statistics under a pseudonym instead of the pupil's id: in every
     * attempt, in the per-pupil index and in the class progress documents. For an erasure whose rights the
     * caller already checked; running it again finishes an interrupted run.
     *
     * @param pupilId the pupil
     * @param pseudonym the id that replaces the pupil's
     * @return the classes the pupil's answers were given in
     */
    public java.util.Set<String> pseudonymiseForErasure(String pupilId, String pseudonym) {
        java.util.Set<String> classIds = new java.util.LinkedHashSet<>();
        Document index = pupilAttempts.find(new Document("_id", pupilId)).first();
        List<String> ids = index == null ? List.of() : index.getList("attemptIds", String.class, List.of());
        java.util.Set<String> progressIds = new java.util.LinkedHashSet<>();
        for (String attemptId : ids) {
            Document attempt = attempts.find(new Document("_id", attemptId)).first();
            if (attempt == null) {
                continue;
            }
            classIds.add(attempt.getString("classId"));
            progressIds.add(progressId(attempt.getString("classId"), attempt.getString("moduleId")));
            attempts.updateOne(
                    new Document("_id", attemptId), new Document("$set", new Document("pupilId", pseudonym)));
        }
        for (String progressId : progressIds) {
            progress.updateOne(
                    // Renaming a field that is not there changes nothing, so a rerun is harmless.
                    new Document("_id", progressId),
                    new Document("$rename", new Document("pupils." + pupilId, "pupils." + pseudonym)));
        }
        if (index != null) {
            pupilAttempts.replaceOne(
                    new Document("_id", pseudonym),
                    new Document("_id", pseudonym).append("attemptIds", ids).append("schemaVersion", SCHEMA_VERSION),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
            pupilAttempts.deleteOne(new Document("_id", pupilId));
        }
        return classIds;
    }

    /** Builds the per-pupil index of attempts from the attempts themselves; migrations call it once. */
    public static void indexAttemptsByPupil(DocumentStore store) {
        for (Document attempt : store.collection("attempts").find()) {
            store.collection(PUPIL_ATTEMPTS)
                    .updateOne(
                            new Document("_id", attempt.getString("pupilId")),
                            new Document("$addToSet", new Document("attemptIds", attempt.getString("_id")))
                                    .append("$set", new Document("schemaVersion", SCHEMA_VERSION)),
                            new UpdateOptions().upsert(true));
        }
    }

    /**
     * Appends the answer to the learning log, and the module's completion the first time the pupil has a
     * result on each of its activities in this class. Both are keyed, so a replay appends nothing new.
     */
    private void recordEvents(Attempt attempt, Module module, String channel) {
        Map<String, String> context = new LinkedHashMap<>(context(attempt));
        context.put("channel", channel);
        events.record(answered(attempt, context));
        Map<String, ActivityResult> results = pupilResults(attempt.pupilId(), attempt.classId(), module.id());
        if (module.activities().stream().allMatch(activity -> results.containsKey(activity.activityId()))) {
            double score =
                    results.values().stream().mapToDouble(ActivityResult::score).sum();
            double maxScore = results.values().stream()
                    .mapToDouble(ActivityResult::maxScore)
                    .sum();
            // Hashed, so the key does not keep the pupil's id once an erasure replaced it in the event.
            String key = "completed:" + Secrets.sha256(attempt.pupilId() + "|" + attempt.classId() + "|" + module.id());
            events.record(new LearningEvent(
                    key,
                    attempt.pupilId(),
                    LearningEvent.Verb.COMPLETED,
                    module.id(),
                    new LearningEvent.Result(Outcome.COMPLETED.name(), score, maxScore),
                    context,
                    attempt.at()));
        }
    }

    /**
     * Logs the answers stored before the learning log existed, under their attempt ids; migrations call it
     * once. Their channel was not kept; module completions are logged from the next answer on.
     */
    public static void logEarlierAnswers(DocumentStore store) {
        LearningEvents.createIndexes(store);
        LearningEvents log = new LearningEvents(store);
        for (Document document : store.collection("attempts").find()) {
            Attempt attempt = fromDocument(document);
            log.record(answered(attempt, context(attempt)));
        }
    }

    private static Map<String, String> context(Attempt attempt) {
        return Map.of(
                "schoolId", attempt.schoolId(),
                "classId", attempt.classId(),
                "moduleId", attempt.moduleId(),
                "moduleVersion", Integer.toString(attempt.moduleVersion()));
    }

    /** The answer as a learning event, keyed by the attempt's client-generated id. */
    private static LearningEvent answered(Attempt attempt, Map<String, String> context) {
        Grade grade = attempt.grade();
        return new LearningEvent(
                attempt.id(),
                attempt.pupilId(),
                LearningEvent.Verb.ANSWERED,
                attempt.moduleId() + "/" + attempt.activity().activityId(),
                new LearningEvent.Result(grade.outcome().name(), grade.score(), grade.maxScore()),
                context,
                attempt.at());
    }

    private void recordProgress(Attempt attempt) {
        pupilAttempts.updateOne(
                new Document("_id", attempt.pupilId()),
                new Document("$addToSet", new Document("attemptIds", attempt.id()))
                        .append("$set", new Document("schemaVersion", SCHEMA_VERSION)),
                new UpdateOptions().upsert(true));
        String pupilPath = "pupils." + attempt.pupilId();
        String activityId = attempt.activity().activityId();
        Document latest = new Document("attemptId", attempt.id())
                .append("outcome", attempt.grade().outcome().name())
                .append("score", attempt.grade().score())
                .append("maxScore", attempt.grade().maxScore())
                .append("at", attempt.at().toString());
        progress.updateOne(
                new Document("_id", progressId(attempt.classId(), attempt.moduleId())),
                new Document(
                                "$set",
                                new Document(pupilPath + ".latest." + activityId, latest)
                                        .append("classId", attempt.classId())
                                        .append("moduleId", attempt.moduleId())
                                        .append("schemaVersion", SCHEMA_VERSION))
                        .append("$addToSet", new Document(pupilPath + ".attempts." + activityId, attempt.id())),
                new UpdateOptions().upsert(true));
    }

    private ClassModuleProgress readProgress(String classId, String moduleId) {
        Document document = progress.find(new Document("_id", progressId(classId, moduleId)))
                .first();
        Map<String, Map<String, ActivityResult>> results = new LinkedHashMap<>();
        if (document != null && document.get("pupils") instanceof Document pupils) {
            pupils.forEach((pupilId, value) -> {
                Document pupil = (Document) value;
                Document latest = pupil.get("latest", new Document());
                Document counts = pupil.get("attempts", new Document());
                Map<String, ActivityResult> byActivity = new LinkedHashMap<>();
                latest.forEach((activityId, result) -> {
                    Document entry = (Document) result;
                    byActivity.put(
                            activityId,
                            new ActivityResult(
                                    entry.getString("attemptId"),
                                    Outcome.valueOf(entry.getString("outcome")),
                                    entry.getDouble("score"),
                                    entry.getDouble("maxScore"),
                                    counts.getList(activityId, String.class, List.of())
                                            .size(),
                                    Instant.parse(entry.getString("at"))));
                });
                results.put(pupilId, byActivity);
            });
        }
        return new ClassModuleProgress(classId, moduleId, results);
    }

    private static String progressId(String classId, String moduleId) {
        return classId + "|" + moduleId;
    }

    private static Document toDocument(Attempt attempt) {
        ActivityConfig activity = attempt.activity();
        return new Document("_id", attempt.id())
                .append("schemaVersion", SCHEMA_VERSION)
                .append("pupilId", attempt.pupilId())
                .append("schoolId", attempt.schoolId())
                .append("classId", attempt.classId())
                .append("moduleId", attempt.moduleId())
                .append("moduleVersion", attempt.moduleVersion())
                .append(
                        "activity",
                        new Document("id", activity.activityId())
                                .append("typeId", activity.typeId())
                                .append("language", activity.language().toLanguageTag())
                                .append("values", new Document(activity.values())))
                .append("response", new Document(attempt.response().values()))
                .append(
                        "grade",
                        new Document("outcome", attempt.grade().outcome().name())
                                .append("score", attempt.grade().score())
                                .append("maxScore", attempt.grade().maxScore())
                                .append("feedback", attempt.grade().feedback()))
                .append("at", attempt.at().toString());
    }

    private static Attempt fromDocument(Document document) {
        Document activity = document.get("activity", Document.class);
        Document grade = document.get("grade", Document.class);
        return new Attempt(
                document.getString("_id"),
                document.getString("pupilId"),
                document.getString("schoolId"),
                document.getString("classId"),
                document.getString("moduleId"),
                document.getInteger("moduleVersion"),
                new ActivityConfig(
                        activity.getString("id"),
                        activity.getString("typeId"),
                        Locale.forLanguageTag(activity.getString("language")),
                        Bson.plain(activity.get("values", Document.class))),
                new LearnerResponse(Bson.plain(document.get("response", Document.class))),
                new Grade(
                        Outcome.valueOf(grade.getString("outcome")),
                        grade.getDouble("score"),
                        grade.getDouble("maxScore"),
                        grade.getString("feedback")),
                Instant.parse(document.getString("at")));
    }
}
