package be.classenumerique.core.assignments.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.core.MutableClock;
import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.assignments.domain.Assignment;
import be.classenumerique.core.assignments.domain.Audience;
import be.classenumerique.core.assignments.domain.PupilTask;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modules given to a group with a due date, as the teacher, the pupils and a parent see them. */
class AssignmentsTest {

    private static final String MODULE = "mots-de-passe-solides";

    @TempDir
    Path data;

    private DocumentStore store;
    private Assignments assignments;
    private AttemptService attempts;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-05T07:00:00Z"));
    private final Caller teacher = caller("t1", Role.TEACHER);
    private final Caller lea = caller("lea", Role.PUPIL);
    private final Caller noah = caller("noah", Role.PUPIL);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        SchoolRepository schools = new SchoolRepository(store);
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c1", "c2")));
        schools.save(new SchoolClass(
                "c1",
                "s1",
                "5A",
                "P5",
                List.of("t1"),
                List.of("lea", "noah"),
                List.of(new ClassGroup("readers", "Lecteurs", List.of("lea")))));
        schools.save(new SchoolClass("c2", "s1", "5B", "P5", List.of("t2"), List.of("ines")));
        for (String pupil : List.of("lea", "noah")) {
            accounts.save(new Account(pupil, "s1", Role.PUPIL, pupil, pupil, null, Locale.FRENCH, List.of("c1"), true));
        }
        accounts.save(new Account("ines", "s1", Role.PUPIL, "ines", "ines", null, Locale.FRENCH, List.of("c2"), true));
        AuditLog audit = new AuditLog(store, clock);
        var types = TestActivityTypes.registry();
        ModuleCatalogue catalogue =
                new ModuleCatalogue(new ContentLoader(types).load(ContentLoader.packFolders(Path.of("../../content"))));
        attempts = new AttemptService(
                store, catalogue, types, accounts, schools, clock, audit, new AssignmentRules(store, clock));
        Guardianships guardianships = new Guardianships(store, schools, accounts, new SecureRandom(), clock, audit);
        guardianships.link("mum", "lea");
        assignments = new Assignments(store, schools, accounts, guardianships, catalogue, attempts, audit, clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aGroupsPupilsSeeTheirWorkGoFromToDoToLateToDone() {
        Instant due = clock.instant().plus(Duration.ofDays(7));
        assignments.assign(
                teacher,
                "c1",
                MODULE,
                new Audience(Audience.Kind.GROUPS, List.of("readers")),
                clock.instant(),
                due,
                true);

        assertThat(assignments.forPupil(lea)).singleElement().satisfies(task -> {
            assertThat(task.status()).isEqualTo(PupilTask.Status.TO_DO);
            assertThat(task.activitiesDone()).isZero();
            assertThat(task.activitiesTotal()).isEqualTo(5);
        });
        assertThat(assignments.forPupil(noah)).isEmpty();

        answer("pourquoi", Map.of());
        assertThat(assignments.pastDue(teacher, "c1", MODULE)).isEmpty();
        clock.advance(Duration.ofDays(8));
        assertThat(assignments.pastDue(teacher, "c1", MODULE)).containsExactly("lea");
        assertThat(assignments.forPupil(lea)).singleElement().satisfies(task -> {
            assertThat(task.status()).isEqualTo(PupilTask.Status.LATE);
            assertThat(task.activitiesDone()).isEqualTo(1);
        });

        answer("phrase-de-passe", Map.of());
        for (String question : List.of("le-plus-solide", "meilleur-ami", "meme-partout")) {
            answer(question, Map.of("choice", 0));
        }
        assertThat(assignments.forPupil(lea))
                .singleElement()
                .extracting(PupilTask::status)
                .isEqualTo(PupilTask.Status.DONE);
        assertThat(assignments.forChild(caller("mum", Role.PARENT), "lea")).hasSize(1);
    }

    @Test
    void aPupilGetsAsManyTriesAsTheTeacherAllowedAndTypedPaperAnswersAreNotCounted() {
        assignments.assign(
                teacher,
                "c1",
                MODULE,
                new Audience(Audience.Kind.GROUPS, List.of("readers")),
                clock.instant(),
                null,
                true,
                2,
                true);

        answer("le-plus-solide", Map.of("choice", 0));
        answer("le-plus-solide", Map.of("choice", 1));
        assertThatThrownBy(() -> answer("le-plus-solide", Map.of("choice", 2)))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "attempt.refused.no-more-tries");
        // Pupils the work is not for, and answers typed from paper, have no limit.
        for (int i = 0; i < 3; i++) {
            attempts.submit(
                    noah,
                    UUID.randomUUID().toString(),
                    MODULE,
                    "le-plus-solide",
                    new LearnerResponse(Map.of("choice", 0)));
        }
        attempts.submitFromPaper(
                teacher,
                "lea",
                UUID.randomUUID().toString(),
                MODULE,
                "le-plus-solide",
                new LearnerResponse(Map.of("choice", 2)));
        assertRefused(
                () -> assignments.assign(
                        teacher, "c1", MODULE, Audience.wholeClass(), clock.instant(), null, true, -1, true),
                "assign.tries.invalid");
    }

    @Test
    void workThatDoesNotAcceptLateAnswersClosesOnItsDueDay() {
        Instant due = clock.instant().plus(Duration.ofDays(1));
        assignments.assign(teacher, "c1", MODULE, Audience.wholeClass(), clock.instant(), due, true, 0, false);
        answer("le-plus-solide", Map.of("choice", 0));

        clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> answer("le-plus-solide", Map.of("choice", 2)))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "attempt.refused.closed");
        assertThat(attempts.latestOwn(lea, MODULE)
                        .get("le-plus-solide")
                        .response()
                        .integer("choice"))
                .contains(0);
    }

    @Test
    void workNotYetOpenIsHiddenAndAWithdrawnAssignmentDisappears() {
        Assignment later = assignments.assign(
                teacher, "c1", MODULE, Audience.wholeClass(), clock.instant().plus(Duration.ofDays(2)), null, false);
        assertThat(assignments.forPupil(noah)).isEmpty();
        clock.advance(Duration.ofDays(3));
        assertThat(assignments.forPupil(noah))
                .singleElement()
                .extracting(PupilTask::status)
                .isEqualTo(PupilTask.Status.TO_DO);

        assignments.withdraw(teacher, later.id());
        assertThat(assignments.forPupil(noah)).isEmpty();
        assertThat(assignments.ofClass(teacher, "c1")).isEmpty();
    }

    @Test
    void badAssignmentsAreRefusedAndNothingIsWritten() {
        Instant now = clock.instant();
        assertRefused(
                () -> assignments.assign(
                        teacher, "c1", MODULE, new Audience(Audience.Kind.PUPILS, List.of()), now, null, true),
                "assign.audience.empty");
        assertRefused(
                () -> assignments.assign(
                        teacher, "c1", MODULE, new Audience(Audience.Kind.PUPILS, List.of("ines")), now, null, true),
                "assign.audience.invalid");
        assertRefused(
                () -> assignments.assign(
                        teacher, "c1", MODULE, new Audience(Audience.Kind.GROUPS, List.of("nope")), now, null, true),
                "assign.audience.invalid");
        assertRefused(
                () -> assignments.assign(teacher, "c1", MODULE, Audience.wholeClass(), now, now.minusSeconds(60), true),
                "assign.dates.invalid");
        assertThatThrownBy(() ->
                        assignments.assign(teacher, "c1", "no-such-module", Audience.wholeClass(), now, null, true))
                .isInstanceOf(NotFoundException.class);
        assertThat(assignments.ofClass(teacher, "c1")).isEmpty();
    }

    @Test
    void onlyTheClassTeachersAssignAndOnlyLinkedParentsSeeAChildsWork() {
        Instant now = clock.instant();
        assignments.assign(teacher, "c1", MODULE, Audience.wholeClass(), now, null, true);
        for (Caller outsider : List.of(caller("t2", Role.TEACHER), lea, caller("mum", Role.PARENT))) {
            assertThatThrownBy(() -> assignments.assign(outsider, "c1", MODULE, Audience.wholeClass(), now, null, true))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> assignments.ofClass(outsider, "c1")).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> assignments.forChild(caller("mum", Role.PARENT), "noah"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.forChild(caller("other", Role.PARENT), "lea"))
                .isInstanceOf(NotFoundException.class);
        assertThat(assignments.forPupil(caller("ines", Role.PUPIL))).isEmpty();
    }

    private void answer(String activityId, Map<String, Object> values) {
        attempts.submit(lea, UUID.randomUUID().toString(), MODULE, activityId, new LearnerResponse(values));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(RefusedException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    private static Caller caller(String id, Role role) {
        return new Caller(id, "s1", id, Set.of(role), Locale.FRENCH);
    }
}
