package be.classenumerique.core.schools.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.core.CoreMigrations;
import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migrations;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The school-year rollover on the real embedded store: classes move up, history stays. */
class SchoolYearsTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private SchoolRepository schools;
    private AccountRepository accounts;
    private SchoolYears years;
    private AttemptService attempts;
    private ClassService classes;
    private PupilSignIn signIn;
    private final Caller admin = caller("admin", Role.SCHOOL_ADMIN);
    private final Caller teacher = caller("t5", Role.TEACHER);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        Clock clock = Clock.fixed(Instant.parse("2027-06-30T10:00:00Z"), ZoneOffset.UTC);
        new Migrations(store, clock).run(CoreMigrations.all());
        schools = new SchoolRepository(store);
        accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c5", "c6")));
        schools.save(new SchoolClass("c5", "s1", "5e primaire A", "P5", List.of("t5"), List.of("lea")));
        schools.save(new SchoolClass("c6", "s1", "6e primaire A", "P6", List.of("t6"), List.of("noah")));
        accounts.save(new Account("lea", "s1", Role.PUPIL, "Léa D.", "lea", null, Locale.FRENCH, List.of("c5"), true));
        accounts.save(
                new Account("noah", "s1", Role.PUPIL, "Noah M.", "noah", null, Locale.FRENCH, List.of("c6"), true));
        accounts.save(new Account("t5", "s1", Role.TEACHER, "T5", "t5", null, Locale.FRENCH, List.of("c5"), true));
        AuditLog audit = new AuditLog(store, clock);
        var types = TestActivityTypes.registry();
        ModuleCatalogue catalogue =
                new ModuleCatalogue(new ContentLoader(types).load(ContentLoader.packFolders(Path.of("../../content"))));
        attempts = new AttemptService(store, catalogue, types, accounts, schools, clock, audit);
        classes = new ClassService(schools, accounts, audit);
        signIn = new PupilSignIn(store, schools, accounts, new SecureRandom(), clock, audit);
        years = new SchoolYears(schools, accounts, audit, clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void proposesTheNextLevelAndLetsTheLastYearLeave() {
        assertThat(years.proposal(admin))
                .extracting(
                        SchoolYears.Plan::className,
                        plan -> plan.nextName().orElse("—"),
                        plan -> plan.nextLevel().orElse("—"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("5e primaire A", "6e primaire A", "P6"),
                        org.assertj.core.groups.Tuple.tuple("6e primaire A", "—", "—"));
        assertThat(SchoolYears.nextName("1re secondaire B")).isEqualTo("2e secondaire B");
        assertThat(SchoolYears.nextYear("2026-2027")).isEqualTo("2027-2028");
    }

    @Test
    void theRolloverMovesPupilsUpAndKeepsLastYearsWork() {
        attempts.submit(
                caller("lea", Role.PUPIL),
                UUID.randomUUID().toString(),
                "mots-de-passe-solides",
                "le-plus-solide",
                new LearnerResponse(Map.of("choice", 2)));
        String oldCode = signIn.ensureClassCode("c5");

        String next = years.rollover(admin, years.proposal(admin));

        assertThat(next).isEqualTo("2027-2028");
        School school = schools.findSchool("s1").orElseThrow();
        assertThat(school.year()).isEqualTo("2027-2028");
        assertThat(school.archive()).containsEntry("2026-2027", List.of("c5", "c6"));
        assertThat(school.classIds()).hasSize(1);
        SchoolClass sixth = schools.findClass(school.classIds().getFirst()).orElseThrow();
        assertThat(sixth.name()).isEqualTo("6e primaire A");
        assertThat(sixth.pupilIds()).containsExactly("lea");
        assertThat(accounts.findById("lea").orElseThrow().classIds()).containsExactly(sixth.id());
        assertThat(accounts.findById("noah").orElseThrow().classIds()).isEmpty();
        assertThat(classes.classesOf(teacher)).extracting(SchoolClass::id).containsExactly(sixth.id());
        assertThat(attempts.classProgress(teacher, "c5", "mots-de-passe-solides")
                        .result("lea", "le-plus-solide"))
                .hasValueSatisfying(result -> assertThat(result.outcome()).isEqualTo(Outcome.CORRECT));
        assertThat(signIn.roster(oldCode, Locale.FRENCH)).isEmpty();
        assertThat(years.archive(admin)).containsOnlyKeys("2026-2027");
    }

    @Test
    void aSecondRunWithTheOldPlanIsRefusedAndOnlyAdminsRollOver() {
        List<SchoolYears.Plan> plan = years.proposal(admin);
        List<SchoolYears.Plan> renamed = plan.stream()
                .map(p -> new SchoolYears.Plan(
                        p.classId(), p.className(), p.level(), Optional.of("\u202E" + p.className()), p.nextLevel()))
                .toList();
        assertThatThrownBy(() -> years.rollover(admin, renamed))
                .hasFieldOrPropertyWithValue("messageKey", "name.direction-control");
        assertThat(years.proposal(admin)).isEqualTo(plan);
        years.rollover(admin, plan);

        assertThatThrownBy(() -> years.rollover(admin, plan)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> years.proposal(teacher)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> years.rollover(caller("other", Role.PARENT), plan))
                .isInstanceOf(NotFoundException.class);
    }

    private static Caller caller(String id, Role role) {
        return new Caller(id, "s1", id, Set.of(role), Locale.FRENCH);
    }
}
