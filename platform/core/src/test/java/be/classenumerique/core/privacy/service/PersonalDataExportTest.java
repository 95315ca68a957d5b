package be.classenumerique.core.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.privacy.PersonRef;
import be.classenumerique.api.privacy.PersonalDataProvider;
import be.classenumerique.core.CoreMigrations;
import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.attempts.service.Drafts;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.progress.service.LearningEvents;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migrations;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A privacy export gathers the platform's data and every plugin's, and nothing secret. */
class PersonalDataExportTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private PersonalDataExport export;
    private final Caller admin = caller("admin", "s1", Role.SCHOOL_ADMIN);

    /** A plugin's provider, as a plugin such as the coding one would write it. */
    private static final PersonalDataProvider PROGRAMS = new PersonalDataProvider() {
        @Override
        public String category() {
            return "coding:programs";
        }

        @Override
        public Map<String, Object> export(PersonRef person) {
            return person.role() == Role.PUPIL ? Map.of("programs", List.of("avancer(3)")) : Map.of();
        }

        @Override
        public void erase(PersonRef person, String pseudonym) {}
    };

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        Clock clock = Clock.systemUTC();
        new Migrations(store, clock).run(CoreMigrations.all());
        SchoolRepository schools = new SchoolRepository(store);
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c1")));
        schools.save(new SchoolClass("c1", "s1", "5A", "P5", List.of("t1"), List.of("lea")));
        accounts.save(new Account(
                "lea", "s1", Role.PUPIL, "Léa D.", "lea", "{bcrypt}secret-hash", Locale.FRENCH, List.of("c1"), true));
        accounts.save(new Account(
                "mum", "s1", Role.PARENT, "Maman", "maman@example.be", "{bcrypt}x", Locale.FRENCH, List.of(), true));
        AuditLog audit = new AuditLog(store, clock);
        var types = TestActivityTypes.registry();
        ModuleCatalogue catalogue =
                new ModuleCatalogue(new ContentLoader(types).load(ContentLoader.packFolders(Path.of("../../content"))));
        AttemptService attempts = new AttemptService(store, catalogue, types, accounts, schools, clock, audit);
        PupilSignIn signIn = new PupilSignIn(store, schools, accounts, new SecureRandom(), clock, audit);
        Guardianships guardianships = new Guardianships(store, schools, accounts, new SecureRandom(), clock, audit);
        guardianships.link("mum", "lea");
        signIn.resetSecret(admin, "lea", secret -> "{bcrypt}" + secret);
        attempts.submit(
                caller("lea", "s1", Role.PUPIL),
                UUID.randomUUID().toString(),
                "mots-de-passe-solides",
                "le-plus-solide",
                new LearnerResponse(Map.of("choice", 2)));
        export = new PersonalDataExport(
                new PersonalRecords(
                        accounts,
                        schools,
                        attempts,
                        new Drafts(store, catalogue, clock),
                        new LearningEvents(store),
                        signIn,
                        new SecondFactors(store, accounts, guardianships, audit, new SecureRandom(), clock),
                        guardianships,
                        List.of(PROGRAMS)),
                audit,
                clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aPupilsExportHasTheirAnswersGuardiansAndPluginDataButNoSecret() {
        Map<String, Object> pupil = export.export(admin, "lea");

        assertThat(pupil).containsKeys("person", "classes", "guardians", "signIn", "answers", "plugins");
        assertThat((List<?>) pupil.get("answers")).singleElement().asString().contains("le-plus-solide");
        assertThat((List<?>) pupil.get("learningLog"))
                .singleElement()
                .asString()
                .contains("ANSWERED", "mots-de-passe-solides/le-plus-solide");
        assertThat((List<?>) pupil.get("guardians")).singleElement().asString().contains("Maman");
        assertThat(((Map<?, ?>) pupil.get("plugins")).get("coding:programs"))
                .isEqualTo(Map.of("programs", List.of("avancer(3)")));
        assertThat(pupil.toString()).doesNotContain("secret-hash").doesNotContain("{bcrypt}");
    }

    @Test
    void aParentsExportListsTheirChildren() {
        assertThat((List<?>) export.export(admin, "mum").get("children"))
                .singleElement()
                .asString()
                .contains("Léa D.");
    }

    @Test
    void onlyTheSchoolsAdminExports() {
        for (Caller outsider : List.of(
                caller("t1", "s1", Role.TEACHER),
                caller("other", "s2", Role.SCHOOL_ADMIN),
                caller("mum", "s1", Role.PARENT),
                caller("platform", null, Role.PLATFORM_ADMIN))) {
            assertThatThrownBy(() -> export.export(outsider, "lea"))
                    .as(outsider.accountId())
                    .isInstanceOf(NotFoundException.class);
        }
    }

    private static Caller caller(String id, String schoolId, Role role) {
        return new Caller(id, schoolId, id, Set.of(role), Locale.FRENCH);
    }
}
