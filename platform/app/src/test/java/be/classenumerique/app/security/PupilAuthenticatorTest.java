package be.classenumerique.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.ClassSignInState;
import be.classenumerique.core.people.domain.PupilSecret;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.ClassSignInGuard;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Guessing class codes or secrets is slowed down, per device, per pupil and per class. */
class PupilAuthenticatorTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private PupilAuthenticator authenticator;
    private String code;
    private ClassSignInGuard guard;
    private final Caller teacher = new Caller("teacher", "s1", "Julie", Set.of(Role.TEACHER), Locale.FRENCH);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        SchoolRepository schools = new SchoolRepository(store);
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c1")));
        List<String> pupils = new ArrayList<>(List.of("mia"));
        for (int i = 1; i < 20; i++) {
            pupils.add("pupil" + i);
        }
        schools.save(new SchoolClass("c1", "s1", "2A", "P2", List.of("teacher"), pupils));
        for (String pupil : pupils) {
            accounts.save(new Account(pupil, "s1", Role.PUPIL, pupil, pupil, null, Locale.FRENCH, List.of("c1"), true));
        }
        Clock clock = Clock.systemUTC();
        AuditLog audit = new AuditLog(store, clock);
        PupilSignIn signIn = new PupilSignIn(store, schools, accounts, new SecureRandom(), clock, audit);
        guard = new ClassSignInGuard(store, schools, audit, clock);
        PasswordEncoder hashes = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        signIn.storeSecret(
                "mia", new PupilSignIn.NewSecret(PupilSecret.Kind.PICTURES, List.of("chat", "soleil")), hashes::encode);
        code = signIn.ensureClassCode("c1");
        for (String pupil : pupils.subList(1, pupils.size())) {
            signIn.storeSecret(
                    pupil,
                    new PupilSignIn.NewSecret(PupilSecret.Kind.PICTURES, List.of("arbre", "velo")),
                    hashes::encode);
        }
        authenticator = new PupilAuthenticator(signIn, hashes, new LoginThrottle(clock), guard, accounts);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void walkingThroughClassCodesIsPausedForThatDeviceOnly() {
        for (int i = 0; i < 5; i++) {
            assertThat(authenticator
                            .roster("ZZZZZ" + i, Locale.FRENCH, "10.0.0.1")
                            .throttled())
                    .isFalse();
        }

        assertThat(authenticator.roster(code, Locale.FRENCH, "10.0.0.1").throttled())
                .isTrue();
        assertThat(authenticator.roster(code, Locale.FRENCH, "10.0.0.2").roster())
                .isPresent();
    }

    @Test
    void wrongSecretsLockThePupilAndTheRightOneThenWaits() {
        for (int i = 0; i < 5; i++) {
            assertThat(authenticator
                            .withSecret(code, "mia", "lune+soleil", "10.0.0.1", "tablet" + i)
                            .refusal())
                    .isEqualTo(PupilAuthenticator.Refusal.WRONG_SECRET);
        }

        assertThat(authenticator
                        .withSecret(code, "mia", "chat+soleil", "10.0.0.9", "other-tablet")
                        .refusal())
                .isEqualTo(PupilAuthenticator.Refusal.THROTTLED);
    }

    @Test
    void theRightSecretSignsInAsThePupil() {
        PupilAuthenticator.Outcome outcome = authenticator.withSecret(code, "mia", "chat+soleil", "10.0.0.1", "tablet");

        assertThat(outcome.authentication())
                .hasValueSatisfying(authentication -> assertThat(((PlatformUser) authentication.getPrincipal())
                                .caller()
                                .accountId())
                        .isEqualTo("mia"));
    }

    @Test
    void sprayingWrongSecretsAcrossTheClassPausesItUntilTheTeacherReopensIt() {
        int refusedAsWrong = 0;
        for (int round = 0; round < 5; round++) {
            for (int pupil = 1; pupil < 20; pupil++) {
                // A new tablet and address for every try: only the class's own budget can stop this.
                PupilAuthenticator.Outcome outcome = authenticator.withSecret(
                        code, "pupil" + pupil, "lune+soleil", "10.0." + round + "." + pupil, round + "-" + pupil);
                if (outcome.refusal() == PupilAuthenticator.Refusal.WRONG_SECRET) {
                    refusedAsWrong++;
                }
            }
        }

        assertThat(refusedAsWrong).isEqualTo(ClassSignInGuard.BUDGET - 1);
        assertThat(authenticator
                        .withSecret(code, "mia", "chat+soleil", "10.1.0.1", "mias-tablet")
                        .refusal())
                .as("even the right secret waits for the teacher")
                .isEqualTo(PupilAuthenticator.Refusal.CLASS_PAUSED);
        assertThat(authenticator.roster(code, Locale.FRENCH, "10.1.0.1").paused())
                .isTrue();
        ClassSignInState state = guard.state(teacher, "c1");
        assertThat(state.open()).isFalse();
        assertThat(state.wrongSecrets()).isEqualTo(ClassSignInGuard.BUDGET);
        assertThat(state.wrongSecretsByPupil()).containsEntry("pupil1", 1);

        guard.reopen(teacher, "c1");

        assertThat(guard.state(teacher, "c1").wrongSecrets()).isZero();
        assertThat(authenticator
                        .withSecret(code, "mia", "chat+soleil", "10.1.0.1", "mias-tablet")
                        .authentication())
                .isPresent();
    }

    @Test
    void aChildWhoMistapsAndThenGetsInCostsTheClassNothing() {
        for (int child = 1; child < 12; child++) {
            String tablet = "tablet-" + child;
            String address = "10.0.0." + child;
            authenticator.withSecret(code, "pupil" + child, "chat+lune", address, tablet);
            authenticator.withSecret(code, "pupil" + child, "lune+velo", address, tablet);
            assertThat(authenticator
                            .withSecret(code, "pupil" + child, "arbre+velo", address, tablet)
                            .authentication())
                    .as("child %d", child)
                    .isPresent();
        }

        assertThat(guard.state(teacher, "c1").wrongSecrets()).isZero();
        assertThat(guard.paused("c1")).isFalse();
    }

    @Test
    void aTabletThatKeepsFailingWaitsButOtherTabletsDoNot() {
        for (int pupil = 1; pupil <= 5; pupil++) {
            authenticator.withSecret(code, "pupil" + pupil, "chat+lune", "10.0.0.1", "shared");
        }

        assertThat(authenticator
                        .withSecret(code, "pupil6", "arbre+velo", "10.0.0.1", "shared")
                        .refusal())
                .isEqualTo(PupilAuthenticator.Refusal.THROTTLED);
        assertThat(authenticator
                        .withSecret(code, "pupil6", "arbre+velo", "10.0.0.1", "next-door")
                        .authentication())
                .isPresent();
    }

    @Test
    void anotherClassesTeacherNeitherSeesNorReopensTheClass() {
        Caller stranger = new Caller("t2", "s1", "Paul", Set.of(Role.TEACHER), Locale.FRENCH);

        assertThatThrownBy(() -> guard.state(stranger, "c1")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guard.reopen(stranger, "c1")).isInstanceOf(NotFoundException.class);
    }
}
