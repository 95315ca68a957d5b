package be.classenumerique.core.attempts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.core.CoreMigrations;
import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.attempts.domain.ClassModuleProgress;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.content.domain.Authorship;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.progress.service.LearningEvents;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migrations;
import java.nio.file.Path;
import java.time.Clock;
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

/** Attempts on the real embedded store, with the repository's real content. */
class AttemptServiceTest {

    private static final String MODULE = "mots-de-passe-solides";
    private static final String QUESTION = "le-plus-solide";
    private static final LearnerResponse RIGHT = new LearnerResponse(Map.of("choice", 2));
    private static final LearnerResponse WRONG = new LearnerResponse(Map.of("choice", 0));

    @TempDir
    Path data;

    private DocumentStore store;
    private ModuleCatalogue catalogue;
    private AttemptService attempts;

    private final Caller pupil = caller("pupil-a", "school-1", Role.PUPIL);
    private final Caller classmate = caller("pupil-b", "school-1", Role.PUPIL);
    private final Caller teacher = caller("teacher-a", "school-1", Role.TEACHER);
    private final Caller otherTeacher = caller("teacher-b", "school-1", Role.TEACHER);
    private final Caller admin = caller("admin-1", "school-1", Role.SCHOOL_ADMIN);
    private final Caller otherSchoolAdmin = caller("admin-2", "school-2", Role.SCHOOL_ADMIN);
    private final Caller parent = caller("parent-1", "school-1", Role.PARENT);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        new Migrations(store, Clock.systemUTC()).run(CoreMigrations.all());
        SchoolRepository schools = new SchoolRepository(store);
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("school-1", "École 1", List.of("class-a", "class-b")));
        schools.save(new SchoolClass(
                "class-a", "school-1", "5A", "P5", List.of("teacher-a"), List.of("pupil-a", "pupil-b")));
        schools.save(new SchoolClass("class-b", "school-1", "5B", "P5", List.of("teacher-b"), List.of()));
        accounts.save(account("pupil-a", Role.PUPIL, "class-a"));
        accounts.save(account("pupil-b", Role.PUPIL, "class-a"));
        var types = TestActivityTypes.registry();
        catalogue =
                new ModuleCatalogue(new ContentLoader(types).load(ContentLoader.packFolders(Path.of("../../content"))));
        attempts = new AttemptService(
                store, catalogue, types, accounts, schools, Clock.systemUTC(), new AuditLog(store, Clock.systemUTC()));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void theServerGradesAndTheTeacherSeesTheResult() {
        var wrong = attempts.submit(pupil, id(), MODULE, QUESTION, WRONG);
        var right = attempts.submit(pupil, id(), MODULE, QUESTION, RIGHT);

        assertThat(wrong.attempt().grade().outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(right.attempt().grade().outcome()).isEqualTo(Outcome.CORRECT);
        ClassModuleProgress progress = attempts.classProgress(teacher, "class-a", MODULE);
        assertThat(progress.result("pupil-a", QUESTION)).hasValueSatisfying(result -> {
            assertThat(result.outcome()).isEqualTo(Outcome.CORRECT);
            assertThat(result.attempts()).isEqualTo(2);
        });
        assertThat(attempts.attempt(teacher, right.attempt().id()).response()).isEqualTo(RIGHT);
    }

    @Test
    void paperAnswersTypedByTheTeacherCountExactlyLikeOnlineOnes() {
        String id = UUID.randomUUID().toString();
        var first = attempts.submitFromPaper(
                teacher, "pupil-a", id, MODULE, "le-plus-solide", new LearnerResponse(Map.of("choice", 2)));
        var again = attempts.submitFromPaper(
                teacher, "pupil-a", id, MODULE, "le-plus-solide", new LearnerResponse(Map.of("choice", 2)));

        assertThat(first.attempt().grade().outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(again.replayed()).isTrue();
        assertThat(attempts.classProgress(teacher, "class-a", MODULE).result("pupil-a", "le-plus-solide"))
                .hasValueSatisfying(result -> assertThat(result.attempts()).isEqualTo(1));
        for (Caller outsider : List.of(otherTeacher, otherSchoolAdmin, parent, pupil)) {
            assertThatThrownBy(() -> attempts.submitFromPaper(
                            outsider,
                            "pupil-a",
                            UUID.randomUUID().toString(),
                            MODULE,
                            "le-plus-solide",
                            new LearnerResponse(Map.of("choice", 2))))
                    .as(outsider.accountId())
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void paperAnswersAreLoggedWithTheirChannelAndAnswersFromBeforeTheLogAreLoggedByTheMigration() {
        String paper = UUID.randomUUID().toString();
        attempts.submitFromPaper(
                teacher, "pupil-a", paper, MODULE, "le-plus-solide", new LearnerResponse(Map.of("choice", 2)));
        String online =
                attempts.submit(pupil, id(), MODULE, QUESTION, RIGHT).attempt().id();
        LearningEvents log = new LearningEvents(store);
        assertThat(log.of("pupil-a"))
                .extracting(event -> event.key() + " " + event.context("channel"))
                .containsExactlyInAnyOrder(paper + " paper", online + " online");

        store.collection("learning_events").deleteMany(new org.bson.Document());
        AttemptService.logEarlierAnswers(store);

        assertThat(log.of("pupil-a"))
                .extracting(event ->
                        event.key() + " " + event.verb() + " " + event.result().outcome())
                .containsExactlyInAnyOrder(paper + " ANSWERED CORRECT", online + " ANSWERED CORRECT");
    }

    @Test
    void aModuleWrittenInASchoolIsAnsweredThereAndNowhereElse() {
        Module original = catalogue.find(MODULE).orElseThrow();
        for (String school : List.of("school-1", "school-2")) {
            Module written = new Module(
                    "ecole-" + school,
                    1,
                    ModuleCatalogue.SCHOOL_SOURCE,
                    ModuleCatalogue.SCHOOL_SOURCE,
                    original.language(),
                    original.title(),
                    original.summary(),
                    original.levels(),
                    original.durationMinutes(),
                    original.competences(),
                    original.licence(),
                    original.activities());
            catalogue.putWritten(written, new Authorship(school, "teacher-x", "X", true, null));
        }

        assertThat(attempts.submit(pupil, id(), "ecole-school-1", QUESTION, RIGHT)
                        .attempt()
                        .grade()
                        .outcome())
                .isEqualTo(Outcome.CORRECT);
        assertThatThrownBy(() -> attempts.submit(pupil, id(), "ecole-school-2", QUESTION, RIGHT))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.submitFromPaper(teacher, "pupil-a", id(), "ecole-school-2", QUESTION, RIGHT))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRetriedSubmissionIsStoredOnce() {
        String id = id();
        var first = attempts.submit(pupil, id, MODULE, QUESTION, RIGHT);
        var retry = attempts.submit(pupil, id, MODULE, QUESTION, RIGHT);

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.attempt()).isEqualTo(first.attempt());
        assertThat(store.collection("attempts").countDocuments(new Document("_id", id)))
                .isEqualTo(1);
        assertThat(attempts.classProgress(teacher, "class-a", MODULE).result("pupil-a", QUESTION))
                .hasValueSatisfying(result -> assertThat(result.attempts()).isEqualTo(1));
    }

    @Test
    void anIdAlreadyUsedByAnotherPupilOrActivityIsRefusedAndChangesNothing() {
        String id = id();
        attempts.submit(pupil, id, MODULE, QUESTION, RIGHT);

        assertThatThrownBy(() -> attempts.submit(classmate, id, MODULE, QUESTION, WRONG))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> attempts.submit(pupil, id, MODULE, "meilleur-ami", WRONG))
                .isInstanceOf(RefusedException.class);
        assertThat(attempts.classProgress(teacher, "class-a", MODULE).result("pupil-b", QUESTION))
                .isEmpty();
    }

    @Test
    void malformedIdsUnknownModulesAndNonPupilsAreRefused() {
        assertThatThrownBy(() -> attempts.submit(pupil, "not-a-uuid", MODULE, QUESTION, RIGHT))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> attempts.submit(pupil, id(), "no-such-module", QUESTION, RIGHT))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.submit(pupil, id(), MODULE, "no-such-activity", RIGHT))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.submit(teacher, id(), MODULE, QUESTION, RIGHT))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.collection("attempts").countDocuments()).isZero();
    }

    @Test
    void aHostileResponseIsGradedWrongNotFailed() {
        var odd = attempts.submit(pupil, id(), MODULE, QUESTION, new LearnerResponse(Map.of("choice", "2")));

        assertThat(odd.attempt().grade().outcome()).isEqualTo(Outcome.INCORRECT);
    }

    @Test
    void onlyTheClassTeacherAndSchoolAdminSeeTheClassWork() {
        String id =
                attempts.submit(pupil, id(), MODULE, QUESTION, RIGHT).attempt().id();

        assertThat(attempts.classProgress(admin, "class-a", MODULE).results()).containsKey("pupil-a");
        for (Caller outsider : List.of(otherTeacher, otherSchoolAdmin, parent, classmate)) {
            assertThatThrownBy(() -> attempts.classProgress(outsider, "class-a", MODULE))
                    .as(outsider.accountId())
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> attempts.attempt(outsider, id))
                    .as(outsider.accountId())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(attempts.attempt(pupil, id).id()).isEqualTo(id);
    }

    @Test
    void aPupilGetsBackTheirOwnLatestAnswersOnly() {
        attempts.submit(pupil, id(), MODULE, QUESTION, WRONG);
        attempts.submit(classmate, id(), MODULE, QUESTION, RIGHT);

        assertThat(attempts.latestOwn(pupil, MODULE).get(QUESTION).response()).isEqualTo(WRONG);
        assertThat(attempts.latestOwn(teacher, MODULE)).isEmpty();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Caller caller(String id, String schoolId, Role role) {
        return new Caller(id, schoolId, id, Set.of(role), Locale.FRENCH);
    }

    private static Account account(String id, Role role, String classId) {
        return new Account(id, "school-1", role, id, id, "{noop}unused", Locale.FRENCH, List.of(classId), true);
    }
}
