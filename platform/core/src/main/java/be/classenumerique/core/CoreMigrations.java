package be.classenumerique.core;

import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migration;
import java.util.List;
import java.util.function.Consumer;

/** The core's schema history, in order. Add a migration at the end; never change a released one. */
public final class CoreMigrations {

    private CoreMigrations() {}

    /** @return every core migration */
    public static List<Migration> all() {
        return List.of(
                migration("0001-unique-login-names", AccountRepository::createIndexes),
                migration("0002-attempts-by-pupil", AttemptService::indexAttemptsByPupil),
                migration("0003-school-staff-lists", SchoolRepository::collectStaff),
                migration("0004-learning-log", AttemptService::logEarlierAnswers));
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
