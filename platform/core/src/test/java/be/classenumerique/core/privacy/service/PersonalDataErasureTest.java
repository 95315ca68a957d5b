package be.classenumerique.core.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Erasing a pupil removes what identifies them and keeps their answers, pseudonymised, for the class. */
class PersonalDataErasureTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private AccountRepository accounts;
    private SchoolRepository schools;
    private AttemptService attempts;
    private Guardianships guardianships;
    private PupilSignIn signIn;
    private PersonalDataErasure erasure;
    private final List<String> pluginErasures = new ArrayList<>();
    private final Caller admin = caller("admin", Role.SCHOOL_ADMIN);
    private final Caller teacher = caller("t1", Role.TEACHER);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        Clock clock = Clock.systemUTC();
        new Migrations(store, clock).run(CoreMigrations.all());
        schools = new SchoolRepository(store);
        accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c1")));
        schools.save(new SchoolClass("c1", "s1", "5A", "P5", List.of("t1"), List.of("lea", "noah")));
        accounts.save(new Account("lea", "s1", Role.PUPIL, "Léa D.", "lea", null, Locale.FRENCH, List.of("c1"), true));
        accounts.save(
                new Account("noah", "s1", Role.PUPIL, "Noah M.", "noah", null, Locale.FRENCH, List.of("c1"), true));
        accounts.save(new Account(
                "mum", "s1", Role.PARENT, "Maman", "maman@example.be", "{bcrypt}x", Locale.FRENCH, List.of(), true));
        accounts.save(new Account(
                "admin",
                "s1",
                Role.SCHOOL_ADMIN,
                "Admin",
                "admin@example.be",
                "{bcrypt}x",
                Locale.FRENCH,
                List.of(),
                true));
        AuditLog audit = new AuditLog(store, clock);
        var types = TestActivityTypes.registry();
        ModuleCatalogue catalogue =
                new ModuleCatalogue(new ContentLoader(types).load(ContentLoader.packFolders(Path.of("../../content"))));
        attempts = new AttemptService(store, catalogue, types, accounts, schools, clock, audit);
        signIn = new PupilSignIn(store, schools, accounts, new SecureRandom(), clock, audit);
        guardianships = new Guardianships(store, schools, accounts, new SecureRandom(), clock, audit);
        guardianships.link("mum", "lea");
        guardianships.invite(admin, "lea");
        signIn.resetSecret(admin, "lea", secret -> "{bcrypt}" + secret);
        signIn.issueCards(admin, "c1");
        attempts.submit(
                caller("lea", Role.PUPIL),
                UUID.randomUUID().toString(),
                "mots-de-passe-solides",
                "le-plus-solide",
                new LearnerResponse(Map.of("choice", 2)));
        PersonalDataProvider programs = new PersonalDataProvider() {
            @Override
            public String category() {
                return "coding:programs";
            }

            @Override
            public Map<String, Object> export(PersonRef person) {
                return Map.of();
            }

            @Override
            public void erase(PersonRef person, String pseudonym) {
                pluginErasures.add(person.accountId() + "→" + pseudonym);
            }
        };
        erasure = new PersonalDataErasure(
                store,
                new PersonalRecords(
                        accounts,
                        schools,
                        attempts,
                        new Drafts(store, catalogue, clock),
                        new LearningEvents(store),
                        signIn,
                        new SecondFactors(store, accounts, guardianships, audit, new SecureRandom(), clock),
                        guardianships,
                        List.of(programs)),
                audit,
                clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void anErasedPupilLeavesOnlyPseudonymisedAnswers() {
        String pseudonym = erasure.erase(admin, "lea");

        assertThat(pseudonym).startsWith("erased-");
        assertThat(accounts.findById("lea")).isEmpty();
        assertThat(schools.findClass("c1").orElseThrow().pupilIds()).containsExactly("noah");
        assertThat(guardianships.linkedForPrivacyRequest("mum")).isEmpty();
        assertThat(signIn.secretHash("lea")).isEmpty();
        assertThat(pluginErasures).containsExactly("lea→" + pseudonym);
        assertThat(store.collection("attempts").countDocuments(new Document("pupilId", "lea")))
                .isZero();
        assertThat(store.collection("attempts").countDocuments(new Document("pupilId", pseudonym)))
                .isEqualTo(1);
        assertThat(new LearningEvents(store).of("lea")).isEmpty();
        assertThat(new LearningEvents(store).of(pseudonym)).isNotEmpty();
        assertThat(store.collection("guardian_invitations").countDocuments(new Document("pupilId", "lea")))
                .isZero();
        var progress = attempts.classProgress(teacher, "c1", "mots-de-passe-solides");
        assertThat(progress.results()).doesNotContainKey("lea");
        assertThat(progress.result(pseudonym, "le-plus-solide"))
                .hasValueSatisfying(result -> assertThat(result.outcome()).isEqualTo(Outcome.CORRECT));
    }

    @Test
    void onlyTheSchoolsAdminErasesAndNeverThemself() {
        assertThatThrownBy(() -> erasure.erase(teacher, "lea")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> erasure.erase(caller("mum", Role.PARENT), "lea"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> erasure.erase(admin, "admin")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> erasure.erase(
                        new Caller("other", "s2", "Other", Set.of(Role.SCHOOL_ADMIN), Locale.FRENCH), "lea"))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.findById("lea")).isPresent();
    }

    private static Caller caller(String id, Role role) {
        return new Caller(id, "s1", id, Set.of(role), Locale.FRENCH);
    }
}
