package be.classenumerique.core.attempts.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * A pupil's answers not yet sent, kept as they type or tick, so leaving the tablet or losing the page
 * loses nothing: the module opens again with them. One document per pupil and module, read by id; an
 * answer's draft goes once the answer is graded.
 */
public final class Drafts {

    /** The biggest draft of one activity, as JSON-like values, measured roughly by its text form. */
    static final int MAX_DRAFT_CHARS = 16_000;

    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> drafts;
    private final ModuleCatalogue catalogue;
    private final Clock clock;

    public Drafts(DocumentStore store, ModuleCatalogue catalogue, Clock clock) {
        this.drafts = store.collection("drafts");
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * @param caller the pupil
     * @param moduleId a module
     * @param activityId one of its activities
     * @param response the answer as it stands
     * @throws NotFoundException for anyone but a pupil, or an unknown module or activity
     * @throws RefusedException {@code draft.too-big} for an oversized answer; nothing is kept
     */
    public void keep(Caller caller, String moduleId, String activityId, LearnerResponse response) {
        if (!caller.has(Role.PUPIL)) {
            throw new NotFoundException("pupil");
        }
        catalogue
                .findFor(caller.schoolId(), moduleId)
                .flatMap(module -> module.activity(activityId))
                .orElseThrow(() -> new NotFoundException("activity"));
        if (String.valueOf(response.values()).length() > MAX_DRAFT_CHARS) {
            throw new RefusedException("draft.too-big", "draft too big");
        }
        drafts.updateOne(
                new Document("_id", id(caller.accountId(), moduleId)),
                new Document(
                        "$set",
                        new Document("responses." + activityId, new Document(response.values()))
                                .append("pupilId", caller.accountId())
                                .append("updatedAt", clock.instant().toString())
                                .append("schemaVersion", SCHEMA_VERSION)),
                new UpdateOptions().upsert(true));
    }

    /**
     * @param caller the pupil
     * @param moduleId a module
     * @return activity id → the answer kept for it
     */
    public Map<String, LearnerResponse> of(Caller caller, String moduleId) {
        Map<String, LearnerResponse> kept = new LinkedHashMap<>();
        if (!caller.has(Role.PUPIL)) {
            return kept;
        }
        Document draft = drafts.find(new Document("_id", id(caller.accountId(), moduleId)))
                .first();
        if (draft != null && draft.get("responses") instanceof Document responses) {
            responses.forEach((activityId, values) -> {
                if (values instanceof Document document) {
                    kept.put(activityId, new LearnerResponse(new LinkedHashMap<>(document)));
                }
            });
        }
        return kept;
    }

    /** Forgets an activity's draft once its answer is graded. */
    public void sent(Caller caller, String moduleId, String activityId) {
        drafts.updateOne(
                new Document("_id", id(caller.accountId(), moduleId)),
                new Document("$unset", new Document("responses." + activityId, "")));
    }

    /**
     * @param pupilId a pupil
     * @return module id → activity id → the answer kept, for a privacy request
     */
    public Map<String, Object> allForPrivacyRequest(String pupilId) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Document draft : drafts.find(new Document("pupilId", pupilId))) {
            String moduleId = draft.getString("_id").substring(pupilId.length() + 1);
            all.put(moduleId, draft.get("responses", new Document()));
        }
        return all;
    }

    /** Forgets every draft of an erased pupil. */
    public void forgetForErasure(String pupilId) {
        drafts.deleteMany(new Document("pupilId", pupilId));
    }

    private static String id(String pupilId, String moduleId) {
        return pupilId + "|" + moduleId;
    }
}
