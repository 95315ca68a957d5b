package be.classenumerique.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.PupilSecret;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Guessing class codes or secrets is slowed down, per device and per pupil. */
class PupilAuthenticatorTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private PupilAuthenticator authenticator;
    private String code;

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        SchoolRepository schools = new SchoolRepository(store);
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c1")));
        schools.save(new SchoolClass("c1", "s1", "2A", "P2", List.of(), List.of("mia")));
        accounts.save(new Account("mia", "s1", Role.PUPIL, "Mia T.", "mia", null, Locale.FRENCH, List.of("c1"), true));
        Clock clock = Clock.systemUTC();
        PupilSignIn signIn =
                new PupilSignIn(store, schools, accounts, new SecureRandom(), clock, new AuditLog(store, clock));
        PasswordEncoder hashes = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        signIn.storeSecret(
                "mia", new PupilSignIn.NewSecret(PupilSecret.Kind.PICTURES, List.of("chat", "soleil")), hashes::encode);
        code = signIn.ensureClassCode("c1");
        authenticator = new PupilAuthenticator(signIn, hashes, new LoginThrottle(clock));
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
                            .withSecret(code, "mia", "lune+soleil", "10.0.0.1")
                            .refusal())
                    .isEqualTo(PupilAuthenticator.Refusal.WRONG_SECRET);
        }

        assertThat(authenticator
                        .withSecret(code, "mia", "chat+soleil", "10.0.0.9")
                        .refusal())
                .isEqualTo(PupilAuthenticator.Refusal.THROTTLED);
    }

    @Test
    void theRightSecretSignsInAsThePupil() {
        PupilAuthenticator.Outcome outcome = authenticator.withSecret(code, "mia", "chat+soleil", "10.0.0.1");

        assertThat(outcome.authentication())
                .hasValueSatisfying(authentication -> assertThat(((PlatformUser) authentication.getPrincipal())
                                .caller()
                                .accountId())
                        .isEqualTo("mia"));
    }
}
