package be.classenumerique.core.people.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.MutableClock;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.Totp;
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
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes from an authenticator app, on the real embedded store: right once, never twice, rights checked. */
class SecondFactorsTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private SecondFactors factors;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:10Z"));
    private AccountRepository accounts;
    private final Caller teacher = caller("julie", "s1", Role.TEACHER);
    private final Caller admin = caller("direction", "s1", Role.SCHOOL_ADMIN);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        accounts = new AccountRepository(store);
        save(accounts, "julie", "s1", Role.TEACHER);
        save(accounts, "direction", "s1", Role.SCHOOL_ADMIN);
        save(accounts, "other-direction", "s2", Role.SCHOOL_ADMIN);
        save(accounts, "platform", null, Role.PLATFORM_ADMIN);
        accounts.save(
                new Account("lea", "s1", Role.PUPIL, "Léa D.", "lea.d", null, Locale.FRENCH, List.of("c1"), true));
        AuditLog audit = new AuditLog(store, clock);
        factors = new SecondFactors(
                store,
                accounts,
                new Guardianships(store, new SchoolRepository(store), accounts, new SecureRandom(), clock, audit),
                audit,
                new SecureRandom(),
                clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aCodeFromTheAppTurnsTheFactorOnAndWorksOnceAtSignIn() {
        SecondFactors.Enrolment enrolment = factors.start(teacher, "Classe numérique");
        assertThat(enrolment.uri())
                .startsWith("otpauth://totp/Classe%20num%C3%A9rique%3Ajulie%40s1.test?secret=" + enrolment.key());
        assertThat(factors.isEnabled("julie")).isFalse();

        clock.advance(Duration.ofSeconds(30));
        factors.confirm(teacher, enrolment.key(), codeNow(enrolment.key(), 0), false);
        assertThat(factors.isEnabled("julie")).isTrue();

        // The code used to confirm cannot sign in; the next one can, once.
        assertThat(factors.verify("julie", codeNow(enrolment.key(), 0))).isFalse();
        clock.advance(Duration.ofSeconds(30));
        String next = codeNow(enrolment.key(), 0);
        assertThat(factors.verify("julie", "000000".equals(next) ? "111111" : "000000"))
                .isFalse();
        assertThat(factors.verify("julie", next.substring(0, 3) + " " + next.substring(3)))
                .isTrue();
        assertThat(factors.verify("julie", next)).isFalse();
    }

    @Test
    void aNewPhoneReplacesTheKeyOnlyWithTheCurrentPasswordAndEndsOtherSessions() {
        SecondFactors.Enrolment first = factors.start(teacher, "CN");
        factors.confirm(teacher, first.key(), codeNow(first.key(), 0), false);
        long signedInUnder = accounts.credentialVersion("julie");

        SecondFactors.Enrolment thief = factors.start(teacher, "CN");
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> factors.confirm(teacher, thief.key(), codeNow(thief.key(), 0), false))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("security.proof.needed");
        assertThat(factors.verify("julie", codeNow(first.key(), 0))).isTrue();

        SecondFactors.Enrolment newPhone = factors.start(teacher, "CN");
        factors.confirm(teacher, newPhone.key(), codeNow(newPhone.key(), 0), true);
        assertThat(accounts.credentialVersion("julie")).isGreaterThan(signedInUnder);
        clock.advance(Duration.ofSeconds(30));
        assertThat(factors.verify("julie", codeNow(newPhone.key(), 0))).isTrue();
    }

    @Test
    void turningTheFactorOffOrAnAdminRemovingItEndsTheSessions() {
        SecondFactors.Enrolment enrolment = factors.start(teacher, "CN");
        factors.confirm(teacher, enrolment.key(), codeNow(enrolment.key(), 0), false);
        long before = accounts.credentialVersion("julie");
        clock.advance(Duration.ofSeconds(30));

        factors.disableOwn(teacher, codeNow(enrolment.key(), 0));

        assertThat(accounts.credentialVersion("julie")).isGreaterThan(before);
    }

    @Test
    void aPhoneClockOneStepOffIsAcceptedTwoStepsIsNot() {
        SecondFactors.Enrolment enrolment = factors.start(teacher, "CN");
        factors.confirm(teacher, enrolment.key(), codeNow(enrolment.key(), -1), false);

        assertThat(factors.verify("julie", codeNow(enrolment.key(), 2))).isFalse();
        assertThat(factors.verify("julie", codeNow(enrolment.key(), 1))).isTrue();
        // Nothing older than the step just used works any more.
        assertThat(factors.verify("julie", codeNow(enrolment.key(), 0))).isFalse();
    }

    @Test
    void aWrongCodeSetsNothingUp() {
        SecondFactors.Enrolment enrolment = factors.start(teacher, "CN");
        for (String wrong : new String[] {"", "12345", "abcdef", "1234567", null}) {
            assertThatThrownBy(() -> factors.confirm(teacher, enrolment.key(), wrong, false))
                    .isInstanceOf(RefusedException.class);
        }
        assertThat(factors.isEnabled("julie")).isFalse();
        assertThat(factors.verify("julie", codeNow(enrolment.key(), 0))).isFalse();
    }

    @Test
    void teachersMayTurnItOffAdminsMayNot() {
        enrol(teacher);
        enrol(admin);
        clock.advance(Duration.ofSeconds(60));

        assertThatThrownBy(() -> factors.disableOwn(admin, "123456"))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "security.required");
        assertThatThrownBy(() -> factors.disableOwn(teacher, "not-a-code"))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "security.code.wrong");
        assertThat(factors.isEnabled("julie")).isTrue();
    }

    @Test
    void pupilsHaveNoSecondFactor() {
        assertThatThrownBy(() -> factors.start(caller("lea", "s1", Role.PUPIL), "CN"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheSchoolsAdminOrThePlatformAdminResetsIt() {
        enrol(teacher);
        enrol(admin);

        for (Caller outsider : List.of(
                caller("other-direction", "s2", Role.SCHOOL_ADMIN),
                caller("julie", "s1", Role.TEACHER),
                caller("platform", null, Role.PLATFORM_ADMIN))) {
            assertThatThrownBy(() -> factors.reset(outsider, "julie"))
                    .as(outsider.accountId())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> factors.reset(admin, "direction")).isInstanceOf(NotFoundException.class);
        assertThat(factors.isEnabled("julie")).isTrue();

        factors.reset(admin, "julie");
        assertThat(factors.isEnabled("julie")).isFalse();
        factors.reset(caller("platform", null, Role.PLATFORM_ADMIN), "direction");
        assertThat(factors.isEnabled("direction")).isFalse();
        assertThat(factors.factsForPrivacyRequest("direction")).containsEntry("enabled", false);
    }

    private void enrol(Caller caller) {
        SecondFactors.Enrolment enrolment = factors.start(caller, "CN");
        factors.confirm(caller, enrolment.key(), codeNow(enrolment.key(), 0), false);
        assertThat(factors.factsForPrivacyRequest(caller.accountId()))
                .containsEntry("enabled", true)
                .doesNotContainKey("key");
    }

    private String codeNow(String key, int stepsAhead) {
        return Totp.code(Totp.fromBase32(key), Totp.step(clock.instant().getEpochSecond()) + stepsAhead);
    }

    private static void save(AccountRepository accounts, String id, String schoolId, Role role) {
        accounts.save(new Account(id, schoolId, role, id, id + "@s1.test", "{noop}x", Locale.FRENCH, List.of(), true));
    }

    private static Caller caller(String id, String schoolId, Role role) {
        return new Caller(id, schoolId, id, Set.of(role), Locale.FRENCH);
    }
}
