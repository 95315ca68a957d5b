package be.classenumerique.core.people.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.MutableClock;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reset link works once, for an hour, only for active adults, and only the newest one. */
class PasswordResetLinksTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private AccountRepository accounts;
    private PasswordResetLinks links;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        accounts = new AccountRepository(store);
        SchoolRepository schools = new SchoolRepository(store);
        AuditLog audit = new AuditLog(store, clock);
        People people = new People(
                store,
                accounts,
                schools,
                new Guardianships(store, schools, accounts, new SecureRandom(), clock, audit),
                audit,
                new SecureRandom(),
                clock);
        links = new PasswordResetLinks(store, accounts, people, new SecureRandom(), clock);
        accounts.save(account("julie", Role.TEACHER, "julie@ecole.be", "old", true));
        accounts.save(account("gone", Role.TEACHER, "gone@ecole.be", "old", false));
        accounts.save(account("lea", Role.PUPIL, "lea.d", null, true));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aLinkChangesThePasswordOnce() {
        PasswordResetLinks.Issued issued = links.issue(" JULIE@ecole.be ").orElseThrow();

        assertThat(links.holder(issued.secret())).map(Account::id).contains("julie");
        assertThat(links.use(issued.secret(), "new-hash")).isTrue();
        assertThat(accounts.findById("julie").orElseThrow().passwordHash()).isEqualTo("new-hash");
        assertThat(links.use(issued.secret(), "other-hash")).isFalse();
        assertThat(links.holder(issued.secret())).isEmpty();
        assertThat(accounts.findById("julie").orElseThrow().passwordHash()).isEqualTo("new-hash");
    }

    @Test
    void aLinkExpiresAfterAnHourAndANewerOneReplacesIt() {
        String first = links.issue("julie@ecole.be").orElseThrow().secret();
        String second = links.issue("julie@ecole.be").orElseThrow().secret();

        assertThat(links.holder(first)).isEmpty();
        assertThat(links.use(first, "x")).isFalse();
        clock.advance(Duration.ofMinutes(61));
        assertThat(links.holder(second)).isEmpty();
        assertThat(links.use(second, "x")).isFalse();
        assertThat(accounts.findById("julie").orElseThrow().passwordHash()).isEqualTo("old");
    }

    @Test
    void noLinkForUnknownDisabledOrPupilAccountsNorForgedSecrets() {
        assertThat(links.issue("nobody@ecole.be")).isEmpty();
        assertThat(links.issue("gone@ecole.be")).isEmpty();
        assertThat(links.issue("lea.d")).isEmpty();
        assertThat(links.issue(null)).isEmpty();
        assertThat(links.holder("forged")).isEmpty();
        assertThat(links.holder(null)).isEmpty();
        assertThat(links.use("forged", "x")).isFalse();
    }

    private static Account account(String id, Role role, String login, String hash, boolean active) {
        return new Account(id, "s1", role, id, login, hash, Locale.FRENCH, List.of(), active);
    }
}
