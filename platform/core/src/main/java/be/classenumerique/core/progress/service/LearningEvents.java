package be.classenumerique.core.progress.service;

import be.classenumerique.core.progress.domain.LearningEvent;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The append-only log of learning events. Progress views (growth over time, achievements) are derived
 * from it; an event is recorded once under its idempotency key, however often a device or a retry sends
 * it again. Callers check rights before reading: this is storage.
 */
public final class LearningEvents {

    static final String COLLECTION = "learning_events";
    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> events;

    public LearningEvents(DocumentStore store) {
        this.events = store.collection(COLLECTION);
    }

    /**
     * Appends an event unless one with its key is already stored.
     *
     * @param event the event
     * @return whether it was new
     */
    public boolean record(LearningEvent event) {
        try {
            events.insertOne(toDocument(event));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * @param actorId a pupil
     * @return their events, oldest first
     */
    public List<LearningEvent> of(String actorId) {
        List<LearningEvent> found = new ArrayList<>();
        for (Document document : events.find(new Document("actorId", actorId))) {
            found.add(fromDocument(document));
        }
        // A stable sort: events of the same instant stay in the order they were stored.
        found.sort(java.util.Comparator.comparing(LearningEvent::at));
        return found;
    }

    /**
     * Replaces a pupil's id by a pseudonym in their events, for an erasure whose rights the caller checked.
     * Running it again changes nothing more.
     *
     * @param actorId the pupil
     * @param pseudonym the id that replaces theirs
     */
    public void pseudonymiseForErasure(String actorId, String pseudonym) {
        events.updateMany(new Document("actorId", actorId), new Document("$set", new Document("actorId", pseudonym)));
    }

    /** Creates the log's index by actor; migrations call it once. */
    public static void createIndexes(DocumentStore store) {
        store.collection(COLLECTION).createIndex(Indexes.ascending("actorId", "at"));
    }

    private static Document toDocument(LearningEvent event) {
        Document document = new Document("_id", event.key())
                .append("schemaVersion", SCHEMA_VERSION)
                .append("actorId", event.actorId())
                .append("verb", event.verb().name())
                .append("objectId", event.objectId())
                .append("context", new Document(new LinkedHashMap<>(event.context())))
                .append("at", event.at().toString());
        if (event.result() != null) {
            document.append(
                    "result",
                    new Document("outcome", event.result().outcome())
                            .append("score", event.result().score())
                            .append("maxScore", event.result().maxScore()));
        }
        return document;
    }

    private static LearningEvent fromDocument(Document document) {
        Document result = document.get("result", Document.class);
        Map<String, String> context = new LinkedHashMap<>();
        document.get("context", new Document()).forEach((name, value) -> context.put(name, String.valueOf(value)));
        return new LearningEvent(
                document.getString("_id"),
                document.getString("actorId"),
                LearningEvent.Verb.valueOf(document.getString("verb")),
                document.getString("objectId"),
                result == null
                        ? null
                        : new LearningEvent.Result(
                                result.getString("outcome"), result.getDouble("score"), result.getDouble("maxScore")),
                context,
                Instant.parse(document.getString("at")));
    }
}
