package be.classenumerique.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** A parent's sign-up tells whether an address has an account only to a code's holder, for a few addresses. */
class ParentSignUpTest {

    @TempDir
    Path data;

    private DocumentStore store;

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void oneCodeCannotBeUsedToWalkThroughAddresses() {
        store = DocumentStore.embedded(data);
        AccountRepository.createIndexes(store);
        SchoolRepository schools = new SchoolRepository(store);
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c1")));
        schools.save(new SchoolClass("c1", "s1", "5A", "P5", List.of("t1"), List.of("lea")));
        accounts.save(new Account("lea", "s1", Role.PUPIL, "Léa D.", "lea", null, Locale.FRENCH, List.of("c1"), true));
        for (int i = 0; i < 10; i++) {
            accounts.save(new Account(
                    "p" + i,
                    "s1",
                    Role.PARENT,
                    "P" + i,
                    "parent" + i + "@x.test",
                    "{noop}x",
                    Locale.FRENCH,
                    List.of(),
                    true));
        }
        Clock clock = Clock.systemUTC();
        Guardianships guardianships =
                new Guardianships(store, schools, accounts, new SecureRandom(), clock, new AuditLog(store, clock));
        String code = guardianships
                .invite(new Caller("t1", "s1", "T", Set.of(Role.TEACHER), Locale.FRENCH), "lea")
                .code();
        ParentSignUp signUp = new ParentSignUp(
                guardianships,
                accounts,
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new LoginThrottle(clock));

        int told = 0;
        for (int i = 0; i < 10; i++) {
            // Typed another way each time (case, spaces): still the same code.
            String typed = i % 2 == 0 ? code : code.toLowerCase(Locale.ROOT).replace("-", " ");
            String problem = signUp.signUp(
                            typed, "Curieux", "parent" + i + "@x.test", "un-long-mot-de-passe", Locale.FRENCH)
                    .problemKey();
            if ("signup.email.taken".equals(problem)) {
                told++;
            } else {
                assertThat(problem).isEqualTo("signup.throttled");
            }
        }

        assertThat(told).isEqualTo(5);
    }
}
