package be.classenumerique.core;

import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.authoring.service.WrittenModules;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.ClassSignInGuard;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migration;
import be.classenumerique.core.store.StoredNames;
import java.util.List;
import java.util.function.Consumer;
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
                migration("0005-names-without-direction-controls", CoreMigrations::removeDirectionControls),
                migration("0006-class-sign-in-failures", ClassSignInGuard::createIndexes));
    }

    /**
     * Names stored before direction controls were refused lose them, so none reads as another (see {@link
     * StoredNames}). The audit log keeps what was recorded; it is shown without the controls.
     */
    private static void removeDirectionControls(DocumentStore store) {
        int cleaned = AccountRepository.removeDirectionControls(store)
                + SchoolRepository.removeDirectionControls(store)
                + WrittenModules.removeDirectionControls(store);
        if (cleaned > 0) {
            LOG.warn("{} stored names held direction controls and lost them; check them for duplicates", cleaned);
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
