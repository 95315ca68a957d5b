package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.ClassSignInState;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;

/**
 * A failure budget per class for picture and word secrets. A two-picture secret is one of 36: five free
 * tries on each of twenty names would get into some pupil's account almost surely, so wrong secrets also
 * count against the whole class, and past the budget picture and word sign-in pause for that class until
 * its teacher reopens it. A child who mistaps and then gets in on the same tablet costs the class nothing:
 * a right secret forgives that pupil's wrong ones from that tablet in the minutes before. Kept in the
 * store, so every node sees the same count and a restart forgets nothing.
 */
public final class ClassSignInGuard {

    /** Wrong secrets, not made up for, that pause a class: about one chance in five for a sprayer. */
    public static final int BUDGET = 8;

    /** How long before a right secret a pupil's wrong ones on the same tablet are forgiven. */
    static final Duration FORGIVEN_WITHIN = Duration.ofMinutes(10);

    /** Wrong secrets older than this no longer count, so a class is not paused by a month of mistaps. */
    static final Duration COUNTED_FOR = Duration.ofHours(12);

    /** The wrong secrets' collection; an erasure removes a pupil's from it ({@link PupilSignIn}). */
    static final String FAILURES = "class_sign_in_failures";

    private static final Duration KEPT_FOR = Duration.ofDays(2);
    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> failures;
    private final MongoCollection<Document> states;
    private final SchoolRepository schools;
    private final AuditLog audit;
    private final Clock clock;

    public ClassSignInGuard(DocumentStore store, SchoolRepository schools, AuditLog audit, Clock clock) {
        this.failures = store.collection(FAILURES);
        this.states = store.collection("class_sign_in_states");
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    /** Declares the index the counts read by; used by a migration. */
    public static void createIndexes(DocumentStore store) {
        store.collection(FAILURES)
                .createIndex(Indexes.compoundIndex(Indexes.ascending("classId"), Indexes.ascending("at")));
    }

    /**
     * @param classId a class
     * @return whether its pupils' picture and word secrets are refused until a teacher reopens it
     */
    public boolean paused(String classId) {
        Document state = states.find(new Document("_id", classId)).first();
        return state != null && state.get("pausedAt") != null;
    }

    /**
     * Counts a wrong secret, and pauses the class when it uses up the budget.
     *
     * @param schoolClass the class whose code the tablet used
     * @param pupilId the name tapped
     * @param tablet the tablet's id
     * @return whether the class is paused now
     */
    public boolean failed(SchoolClass schoolClass, String pupilId, String tablet) {
        Instant now = clock.instant();
        failures.deleteMany(
                new Document("at", new Document("$lt", now.minus(KEPT_FOR).toEpochMilli())));
        failures.insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("classId", schoolClass.id())
                .append("pupilId", pupilId)
                .append("tablet", tablet)
                .append("at", now.toEpochMilli())
                .append("forgiven", false)
                .append("schemaVersion", SCHEMA_VERSION));
        if (paused(schoolClass.id())) {
            return true;
        }
        Map<String, Integer> counted = counted(schoolClass.id(), now);
        int total = counted.values().stream().mapToInt(Integer::intValue).sum();
        if (total < BUDGET) {
            return false;
        }
        Document state = stateOf(schoolClass.id()).append("pausedAt", now.toEpochMilli());
        states.replaceOne(new Document("_id", schoolClass.id()), state, new ReplaceOptions().upsert(true));
        audit.recordEvent(
                schoolClass.schoolId(),
                AuditLog.SYSTEM,
                "",
                "class.sign-in.pause",
                schoolClass.id(),
                total + " wrong secrets");
        return true;
    }

    /**
     * Forgives the pupil's recent wrong secrets from this tablet: it was the child mistapping.
     *
     * @param classId the class
     * @param pupilId the pupil who just gave the right secret
     * @param tablet the tablet's id
     */
    public void succeeded(String classId, String pupilId, String tablet) {
        long since = clock.instant().minus(FORGIVEN_WITHIN).toEpochMilli();
        failures.updateMany(
                new Document("classId", classId)
                        .append("pupilId", pupilId)
                        .append("tablet", tablet)
                        .append("at", new Document("$gte", since)),
                new Document("$set", new Document("forgiven", true)));
    }

    /**
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @return whether it is paused, and who failed how often
     * @throws NotFoundException when the caller may not manage the class
     */
    public ClassSignInState state(Caller caller, String classId) {
        SchoolClass schoolClass = manageable(caller, classId);
        Document state = states.find(new Document("_id", schoolClass.id())).first();
        Optional<Instant> pausedAt = Optional.ofNullable(state)
                .map(document -> document.get("pausedAt", Long.class))
                .map(Instant::ofEpochMilli);
        return new ClassSignInState(pausedAt, counted(schoolClass.id(), clock.instant()), BUDGET);
    }

    /**
     * Opens picture and word sign-in again; the count starts from zero.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @throws NotFoundException when the caller may not manage the class
     */
    public void reopen(Caller caller, String classId) {
        SchoolClass schoolClass = manageable(caller, classId);
        Document state = stateOf(schoolClass.id())
                .append("pausedAt", null)
                .append("reopenedAt", clock.instant().toEpochMilli());
        states.replaceOne(new Document("_id", schoolClass.id()), state, new ReplaceOptions().upsert(true));
        audit.record(caller, schoolClass.schoolId(), "class.sign-in.reopen", schoolClass.id(), "");
    }

    private Map<String, Integer> counted(String classId, Instant now) {
        Document state = states.find(new Document("_id", classId)).first();
        long since = now.minus(COUNTED_FOR).toEpochMilli();
        if (state != null && state.get("reopenedAt") != null) {
            since = Math.max(since, state.get("reopenedAt", Long.class));
        }
        Map<String, Integer> byPupil = new TreeMap<>();
        for (Document failure : failures.find(new Document("classId", classId)
                .append("at", new Document("$gt", since))
                .append("forgiven", false))) {
            byPupil.merge(failure.getString("pupilId"), 1, Integer::sum);
        }
        Map<String, Integer> mostFirst = new LinkedHashMap<>();
        byPupil.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(entry -> mostFirst.put(entry.getKey(), entry.getValue()));
        return mostFirst;
    }

    private Document stateOf(String classId) {
        Document existing = states.find(new Document("_id", classId)).first();
        return existing != null ? existing : new Document("_id", classId).append("schemaVersion", SCHEMA_VERSION);
    }

    private SchoolClass manageable(Caller caller, String classId) {
        return schools.findClass(classId)
                .filter(schoolClass -> ClassService.canReadAllWork(caller, schoolClass))
                .orElseThrow(() -> new NotFoundException("class"));
    }
}
