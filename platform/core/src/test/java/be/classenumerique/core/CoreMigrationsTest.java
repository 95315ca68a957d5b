package be.classenumerique.core;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migrations;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core's migrations on the real embedded store. */
class CoreMigrationsTest {

    @TempDir
    Path data;

    private DocumentStore store;

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void namesStoredWithDirectionControlsLoseThemAndNothingElseChanges() {
        AccountRepository accounts = new AccountRepository(store);
        SchoolRepository schools = new SchoolRepository(store);
        accounts.insert(pupil("p1", "\u202Eevil O."));
        accounts.insert(pupil("p2", "ليلى ح."));
        accounts.insert(pupil("p3", "\u202E\u202C"));
        store.collection("written_modules").insertOne(new Document("_id", "m1").append("authorName", "Julie \u2067R."));
        schools.save(new School("s1", "École \u2066des Tilleuls\u2069", List.of("c1")));
        SchoolClass schoolClass = new SchoolClass("c1", "s1", "5A\u202B", "P5", List.of(), List.of("p1", "p2"));
        schools.save(schoolClass);
        schools.replaceGroups(
                "c1",
                List.of(),
                List.of(
                        new ClassGroup("g1", "\u202DLecteurs", List.of("p1")),
                        new ClassGroup("g2", "Renfort", List.of("p2"))));

        new Migrations(store, Clock.systemUTC()).run(CoreMigrations.all());

        assertThat(accounts.findById("p1").orElseThrow().displayName()).isEqualTo("evil O.");
        assertThat(accounts.findById("p2").orElseThrow().displayName()).isEqualTo("ليلى ح.");
        // A name of controls only is left for an admin to rename, never blank on a pupil's button.
        assertThat(accounts.findById("p3").orElseThrow().displayName()).isEqualTo("?");
        assertThat(store.collection("written_modules")
                        .find(new Document("_id", "m1"))
                        .first()
                        .getString("authorName"))
                .isEqualTo("Julie R.");
        assertThat(schools.findSchool("s1").orElseThrow().name()).isEqualTo("École des Tilleuls");
        SchoolClass migrated = schools.findClass("c1").orElseThrow();
        assertThat(migrated.name()).isEqualTo("5A");
        assertThat(migrated.groups())
                .extracting(ClassGroup::name, ClassGroup::pupilIds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lecteurs", List.of("p1")),
                        org.assertj.core.groups.Tuple.tuple("Renfort", List.of("p2")));
    }

    private static Account pupil(String id, String name) {
        return new Account(id, "s1", Role.PUPIL, name, id, null, Locale.FRENCH, List.of("c1"), true);
    }
}
