package be.classenumerique.core.people.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.ClassRoster;
import be.classenumerique.core.people.domain.LoginCard;
import be.classenumerique.core.people.domain.PupilSecret;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class codes, secrets and cards on the real embedded store. */
class PupilSignInTest {

    /** Reversible on purpose, so the test can see what was stored; the app uses bcrypt. */
    private static final UnaryOperator<String> MARK = secret -> "hashed:" + secret;

    @TempDir
    Path data;

    private DocumentStore store;
    private AccountRepository accounts;
    private PupilSignIn signIn;

    private final Caller teacher = caller("t1", "s1", Role.TEACHER);
    private final Caller otherTeacher = caller("t2", "s1", Role.TEACHER);
    private final Caller otherSchoolAdmin = caller("a2", "s2", Role.SCHOOL_ADMIN);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        SchoolRepository schools = new SchoolRepository(store);
        accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c1", "c2")));
        schools.save(new SchoolClass("c1", "s1", "2e A", "P2", List.of("t1"), List.of("p1", "p2", "gone")));
        schools.save(new SchoolClass("c2", "s1", "6e B", "P6", List.of("t2"), List.of("p3")));
        accounts.save(pupil("p1", "Zoé L.", "c1", true));
        accounts.save(pupil("p2", "Adam K.", "c1", true));
        accounts.save(pupil("gone", "Parti P.", "c1", false));
        accounts.save(pupil("p3", "Emma R.", "c2", true));
        signIn = new PupilSignIn(
                store,
                schools,
                accounts,
                new SecureRandom(),
                Clock.systemUTC(),
                new AuditLog(store, Clock.systemUTC()));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aClassKeepsOneCodeAndCodesDiffer() {
        String first = signIn.ensureClassCode("c1");

        assertThat(first).matches("[A-HJKMNP-Z2-9]{6}");
        assertThat(signIn.ensureClassCode("c1")).isEqualTo(first);
        assertThat(signIn.ensureClassCode("c2")).isNotEqualTo(first);
        assertThat(signIn.classCode(teacher, "c1")).isEqualTo(first);
        assertThatThrownBy(() -> signIn.classCode(otherTeacher, "c1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCodeShowsTheClassAndItsActivePupilsOnly() {
        String code = signIn.ensureClassCode("c1");

        ClassRoster roster = signIn.roster(" " + code.toLowerCase(Locale.ROOT) + " ", Locale.FRENCH)
                .orElseThrow();

        assertThat(roster.className()).isEqualTo("2e A");
        assertThat(roster.secretKind()).isEqualTo(PupilSecret.Kind.PICTURES);
        assertThat(roster.pupils()).extracting(ClassRoster.Pupil::displayName).containsExactly("Adam K.", "Zoé L.");
        assertThat(signIn.roster("ZZZZZZ", Locale.FRENCH)).isEmpty();
        assertThat(signIn.roster("x".repeat(5000), Locale.FRENCH)).isEmpty();
    }

    @Test
    void aPupilOfAnotherClassCannotBeReachedThroughThisCode() {
        String code = signIn.ensureClassCode("c1");

        assertThat(signIn.pupilOfClass(code, "p1")).isPresent();
        assertThat(signIn.pupilOfClass(code, "p3")).isEmpty();
        assertThat(signIn.pupilOfClass(code, "gone")).isEmpty();
    }

    @Test
    void aTeacherResetsASecretOfTheirOwnPupilsOnly() {
        PupilSignIn.NewSecret secret = signIn.resetSecret(teacher, "p1", MARK);

        assertThat(secret.kind()).isEqualTo(PupilSecret.Kind.PICTURES);
        assertThat(secret.parts()).hasSize(2).doesNotHaveDuplicates();
        assertThat(signIn.secretHash("p1")).contains("hashed:" + PupilSecret.pictures(secret.parts()));
        assertThatThrownBy(() -> signIn.resetSecret(otherTeacher, "p1", MARK)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.resetSecret(otherSchoolAdmin, "p1", MARK))
                .isInstanceOf(NotFoundException.class);

        PupilSignIn.NewSecret words = signIn.resetSecret(otherTeacher, "p3", MARK);
        assertThat(words.kind()).isEqualTo(PupilSecret.Kind.WORDS);
        assertThat(words.normalForm()).matches("[a-z]+-[a-z]+");
    }

    @Test
    void newCardsWorkAndRevokeThePreviousOnes() {
        List<LoginCard> first = signIn.issueCards(teacher, "c1");
        List<LoginCard> second = signIn.issueCards(teacher, "c1");

        assertThat(first).extracting(LoginCard::displayName).containsExactly("Adam K.", "Zoé L.");
        assertThat(signIn.pupilByCard(second.getFirst().token()))
                .map(Account::id)
                .contains("p2");
        assertThat(signIn.pupilByCard(first.getFirst().token())).isEmpty();
        assertThat(signIn.pupilByCard("forged-token")).isEmpty();
        assertThat(signIn.pupilByCard(null)).isEmpty();
        assertThatThrownBy(() -> signIn.issueCards(otherTeacher, "c1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void oneLostCardIsReplacedOrEndedAloneByTheTeacherOnly() {
        List<LoginCard> cards = signIn.issueCards(teacher, "c1");
        LoginCard adam = cards.getFirst();
        LoginCard zoe = cards.get(1);

        LoginCard newAdam = signIn.issueCard(teacher, adam.pupilId());

        assertThat(signIn.pupilByCard(adam.token())).isEmpty();
        assertThat(signIn.pupilByCard(newAdam.token())).isPresent();
        assertThat(signIn.pupilByCard(zoe.token())).isPresent();
        signIn.revokeCard(teacher, zoe.pupilId());
        assertThat(signIn.pupilByCard(zoe.token())).isEmpty();
        assertThat(signIn.pupilByCard(newAdam.token())).isPresent();
        assertThatThrownBy(() -> signIn.revokeCard(otherTeacher, adam.pupilId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.issueCard(otherSchoolAdmin, adam.pupilId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(signIn.pupilByCard(newAdam.token())).isPresent();
    }

    @Test
    void aCardEndsWhenItsPupilLeavesTheClass() {
        LoginCard zoe = signIn.issueCards(teacher, "c1").get(1);
        assertThat(signIn.pupilByCard(zoe.token())).isPresent();
        SchoolRepository schools = new SchoolRepository(store);

        schools.save(new SchoolClass("c1", "s1", "2e A", "P2", List.of("t1"), List.of("p2", "gone")));
        schools.save(new SchoolClass("c2", "s1", "6e B", "P6", List.of("t2"), List.of("p3", "p1")));

        assertThat(signIn.pupilByCard(zoe.token())).isEmpty();
    }

    private static Caller caller(String id, String schoolId, Role role) {
        return new Caller(id, schoolId, id, Set.of(role), Locale.FRENCH);
    }

    private static Account pupil(String id, String name, String classId, boolean active) {
        return new Account(id, "s1", Role.PUPIL, name, id, "{noop}unused", Locale.FRENCH, List.of(classId), active);
    }
}
