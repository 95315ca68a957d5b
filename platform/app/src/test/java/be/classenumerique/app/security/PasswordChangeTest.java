package be.classenumerique.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordChangeTest {

    private static final String CURRENT = "un-bon-mot-de-passe";

    @TempDir
    Path data;

    private DocumentStore store;
    private AccountRepository accounts;
    private PasswordChange change;
    private final PasswordEncoder hashes = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Caller julie = new Caller("julie", "s1", "Julie", Set.of(Role.TEACHER), Locale.FRENCH);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        accounts = new AccountRepository(store);
        accounts.save(new Account(
                "julie",
                "s1",
                Role.TEACHER,
                "Julie",
                "julie@s1.test",
                hashes.encode(CURRENT),
                Locale.FRENCH,
                List.of(),
                true));
        Clock clock = Clock.systemUTC();
        AuditLog audit = new AuditLog(store, clock);
        SchoolRepository schools = new SchoolRepository(store);
        People people = new People(
                store,
                accounts,
                schools,
                new Guardianships(store, schools, accounts, new SecureRandom(), clock, audit),
                audit,
                new SecureRandom(),
                clock);
        change = new PasswordChange(people, hashes, new LoginThrottle(clock));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWithAMessageAndNothingChanges() {
        String hash = accounts.findById("julie").orElseThrow().passwordHash();

        assertThat(change.change(julie, CURRENT, "mot-de-passe-" + "é".repeat(30)))
                .isEqualTo("password.too-long");

        assertThat(accounts.findById("julie").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(accounts.credentialVersion("julie")).isZero();
    }

    @Test
    void aChangeEndsTheOtherSessionsOfTheAccount() {
        assertThat(change.change(julie, CURRENT, "un-autre-mot-de-passe")).isNull();

        assertThat(accounts.credentialVersion("julie")).isEqualTo(1);
    }

    @Test
    void aFoundSessionCannotGuessThePasswordAgain() {
        for (int i = 0; i < 5; i++) {
            assertThat(change.proves(julie, "essai-" + i)).isFalse();
        }

        assertThat(change.proves(julie, CURRENT)).as("locked for a while").isFalse();
    }
}
