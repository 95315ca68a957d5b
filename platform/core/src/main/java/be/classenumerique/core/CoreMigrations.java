package be.classenumerique.core;

import be.classenumerique.api.text.DirectionControls;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migration;
import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;

/** The core's schema history, in order. Add a migration at the end; never change a released one. */
public final class CoreMigrations {

    private CoreMigrations() {}

    /** @return every core migration */
    public static List<Migration> all() {
        return List.of(
                migration("0001-unique-login-names", AccountRepository::createIndexes),
                migration("0002-attempts-by-pupil", AttemptService::indexAttemptsByPupil),
                migration("0003-school-staff-lists", SchoolRepository::collectStaff),
                migration("0004-learning-log", AttemptService::logEarlierAnswers),
                migration("0005-names-without-direction-controls", CoreMigrations::removeDirectionControls));
    }

    /**
     * Names stored before direction controls were refused lose them, so none reads as another: people's,
     * schools', classes' and groups' names.
     */
    static void removeDirectionControls(DocumentStore store) {
        strip(store.collection("accounts"), "displayName");
        strip(store.collection("schools"), "name");
        MongoCollection<Document> classes = store.collection("classes");
        strip(classes, "name");
        for (Document schoolClass : classes.find()) {
            List<Document> groups = schoolClass.getList("groups", Document.class, List.of());
            if (groups.stream().anyMatch(group -> DirectionControls.present(group.getString("name")))) {
                List<Document> cleaned = groups.stream()
                        .map(group ->
                                new Document(group).append("name", DirectionControls.strip(group.getString("name"))))
                        .toList();
                classes.updateOne(
                        new Document("_id", schoolClass.get("_id")),
                        new Document("$set", new Document("groups", cleaned)));
            }
        }
    }

    private static void strip(MongoCollection<Document> collection, String field) {
        for (Document document : collection.find()) {
            String value = document.getString(field);
            if (DirectionControls.present(value)) {
                collection.updateOne(
                        new Document("_id", document.get("_id")),
                        new Document("$set", new Document(field, DirectionControls.strip(value))));
            }
        }
    }

    private static Migration migration(String id, Consumer<DocumentStore> step) {
        return new Migration() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void apply(DocumentStore store) {
                step.accept(store);
            }
        };
    }
}
