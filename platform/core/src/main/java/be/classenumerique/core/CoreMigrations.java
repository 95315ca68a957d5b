package be.classenumerique.core;

import be.classenumerique.api.text.DirectionControls;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migration;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The core's schema history, in order. Add a migration at the end; never change a released one. */
public final class CoreMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(CoreMigrations.class);

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
     * schools', classes' and groups' names, and the author's name kept with a written module. A name made
     * of controls only becomes "?" for an admin to rename. Each update names the value it read, so a name
     * changed meanwhile is left for the next start. The audit log keeps what was recorded; it is shown
     * without the controls.
     */
    static void removeDirectionControls(DocumentStore store) {
        int changed = strip(store.collection("accounts"), "displayName")
                + strip(store.collection("schools"), "name")
                + strip(store.collection("classes"), "name")
                + strip(store.collection("written_modules"), "authorName");
        MongoCollection<Document> classes = store.collection("classes");
        for (Document schoolClass : classes.find().projection(Projections.include("groups"))) {
            List<Document> groups = schoolClass.getList("groups", Document.class, List.of());
            if (groups.stream().anyMatch(group -> DirectionControls.present(text(group, "name")))) {
                List<Document> cleaned = groups.stream()
                        .map(group -> new Document(group).append("name", cleanName(text(group, "name"))))
                        .toList();
                classes.updateOne(
                        new Document("_id", schoolClass.get("_id")).append("groups", groups),
                        new Document("$set", new Document("groups", cleaned)));
                changed++;
            }
        }
        if (changed > 0) {
            LOG.warn("{} stored names held direction controls and lost them; check them for duplicates", changed);
        }
    }

    private static int strip(MongoCollection<Document> collection, String field) {
        int changed = 0;
        for (Document document : collection.find().projection(Projections.include(field))) {
            String value = text(document, field);
            if (DirectionControls.present(value)) {
                collection.updateOne(
                        new Document("_id", document.get("_id")).append(field, value),
                        new Document("$set", new Document(field, cleanName(value))));
                changed++;
            }
        }
        return changed;
    }

    private static String text(Document document, String field) {
        return document.get(field) instanceof String value ? value : null;
    }

    private static String cleanName(String name) {
        String cleaned = DirectionControls.strip(name).strip();
        return cleaned.isEmpty() ? "?" : cleaned;
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
