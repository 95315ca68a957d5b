package be.classenumerique.core.store;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the migrations a database has not had yet and records each, so a fresh install equals an upgraded one. */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    static final String COLLECTION = "migrations";

    private final DocumentStore store;
    private final Clock clock;

    public Migrations(DocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param migrations every migration the platform knows
     * @return how many ran now
     */
    public int run(List<Migration> migrations) {
        int ran = 0;
        for (Migration migration :
                migrations.stream().sorted(Comparator.comparing(Migration::id)).toList()) {
            if (store.collection(COLLECTION)
                            .find(new Document("_id", migration.id()))
                            .first()
                    != null) {
                continue;
            }
            LOG.info("Running migration {}", migration.id());
            migration.apply(store);
            store.collection(COLLECTION)
                    .insertOne(new Document("_id", migration.id())
                            .append("appliedAt", clock.instant().toString()));
            ran++;
        }
        return ran;
    }
}
