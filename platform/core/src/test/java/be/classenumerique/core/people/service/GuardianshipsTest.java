package be.classenumerique.core.people.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.MutableClock;
import be.classenumerique.core.audit.domain.AuditEntry;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.ClaimOutcome;
import be.classenumerique.core.people.domain.Invitation;
import be.classenumerique.core.people.domain.InvitationCode;
import be.classenumerique.core.people.domain.PendingGuardianship;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invitation codes and guardianships on the real embedded store. */
class GuardianshipsTest {

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
    private DocumentStore store;
    private Guardianships guardianships;
    private AuditLog audit;

    private final Caller teacher = caller("t1", "s1", Role.TEACHER);
    private final Caller otherTeacher = caller("t2", "s1", Role.TEACHER);
    private final Caller admin = caller("a1", "s1", Role.SCHOOL_ADMIN);
    private final Caller otherSchoolAdmin = caller("a2", "s2", Role.SCHOOL_ADMIN);
    private final Caller mother = caller("m", "s1", Role.PARENT);
    private final Caller father = caller("f", "s1", Role.PARENT);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        SchoolRepository schools = new SchoolRepository(store);
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("s1", "École des Tilleuls", List.of("c1", "c2")));
        schools.save(new School("s2", "École des Érables", List.of()));
        schools.save(new SchoolClass("c1", "s1", "5A", "P5", List.of("t1"), List.of("lea", "noah")));
        schools.save(new SchoolClass("c2", "s1", "5B", "P5", List.of("t2"), List.of()));
        accounts.save(account("lea", Role.PUPIL, "Léa D.", List.of("c1")));
        accounts.save(account("noah", Role.PUPIL, "Noah M.", List.of("c1")));
        accounts.save(account("m", Role.PARENT, "Maman", List.of()));
        accounts.save(account("f", Role.PARENT, "Papa", List.of()));
        audit = new AuditLog(store, clock);
        guardianships = new Guardianships(store, schools, accounts, new SecureRandom(), clock, audit);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aParentClaimsACodeOnceAndFollowsThatChildOnly() {
        Invitation invitation = guardianships.invite(teacher, "lea");

        assertThat(invitation.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(invitation.schoolName()).isEqualTo("École des Tilleuls");
        assertThat(invitation.expiresAt()).isEqualTo(clock.instant().plus(Guardianships.VALIDITY));
        ClaimOutcome outcome = guardianships.claim(
                mother, invitation.code().toLowerCase(Locale.ROOT).replace("-", " "));

        assertThat(outcome.status()).isEqualTo(ClaimOutcome.Status.LINKED);
        assertThat(outcome.childName()).contains("Léa D.");
        assertThat(guardianships.childrenOf(mother)).extracting(Account::id).containsExactly("lea");
        assertThat(guardianships.claim(father, invitation.code()).status()).isEqualTo(ClaimOutcome.Status.USED);
        assertThat(guardianships.childrenOf(father)).isEmpty();
    }

    @Test
    void aNewCodeReplacesTheChildsUnusedOnesAndTheAdminSeesWhatBecameOfEach() {
        Invitation first = guardianships.invite(teacher, "lea");
        Invitation second = guardianships.invite(teacher, "lea");
        Invitation noah = guardianships.invite(teacher, "noah");

        assertThat(guardianships.claim(mother, first.code()).status()).isEqualTo(ClaimOutcome.Status.REPLACED);
        assertThat(guardianships.childrenOf(mother)).isEmpty();
        assertThat(guardianships.claim(mother, second.code()).status()).isEqualTo(ClaimOutcome.Status.LINKED);
        assertThat(guardianships.problemWith(noah.code())).isEmpty();

        assertThat(guardianships.codes(admin))
                .extracting(
                        InvitationCode::pupilName,
                        InvitationCode::state,
                        code -> code.usedByName().orElse(""))
                .containsExactlyInAnyOrder(
                        tuple("Léa D.", InvitationCode.State.REPLACED, ""),
                        tuple("Léa D.", InvitationCode.State.USED, "Maman"),
                        tuple("Noah M.", InvitationCode.State.UNUSED, ""));
        assertThatThrownBy(() -> guardianships.codes(teacher)).isInstanceOf(NotFoundException.class);
        assertThat(guardianships.codes(otherSchoolAdmin)).isEmpty();
    }

    @Test
    void whenTheSchoolApprovesEachLinkACodeAloneLinksNobody() {
        guardianships.requireApproval(admin, true);
        Invitation forMother = guardianships.invite(teacher, "lea");

        ClaimOutcome claimed = guardianships.claim(mother, forMother.code());

        assertThat(claimed.status()).isEqualTo(ClaimOutcome.Status.PENDING);
        assertThat(guardianships.childrenOf(mother)).isEmpty();
        assertThat(guardianships.pendingChildrenOf(mother)).containsExactly("Léa D.");
        assertThat(guardianships.claim(father, forMother.code()).status()).isEqualTo(ClaimOutcome.Status.USED);
        List<PendingGuardianship> pending = guardianships.pending(admin);
        assertThat(pending).singleElement().satisfies(link -> {
            assertThat(link.parentName()).isEqualTo("Maman");
            assertThat(link.pupilName()).isEqualTo("Léa D.");
        });
        assertThatThrownBy(() -> guardianships.pending(teacher)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> guardianships.decide(teacher, pending.getFirst().id(), true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guardianships.decide(
                        otherSchoolAdmin, pending.getFirst().id(), true))
                .isInstanceOf(NotFoundException.class);
        assertThat(guardianships.codes(admin))
                .extracting(InvitationCode::state)
                .containsExactly(InvitationCode.State.PENDING);

        guardianships.decide(admin, pending.getFirst().id(), true);

        assertThat(guardianships.childrenOf(mother)).extracting(Account::id).containsExactly("lea");
        assertThat(guardianships.pending(admin)).isEmpty();

        guardianships.claim(father, guardianships.invite(teacher, "noah").code());
        guardianships.decide(admin, guardianships.pending(admin).getFirst().id(), false);
        assertThat(guardianships.childrenOf(father)).isEmpty();
        assertThat(guardianships.pendingChildrenOf(father)).isEmpty();
    }

    @Test
    void twoGuardiansWithTheirOwnCodesBothFollowTheChild() {
        guardianships.claim(mother, guardianships.invite(teacher, "lea").code());
        guardianships.claim(father, guardianships.invite(admin, "lea").code());

        assertThat(guardianships.guardiansOf(teacher, "lea"))
                .extracting(Account::id)
                .containsExactlyInAnyOrder("m", "f");
    }

    @Test
    void anExpiredUnknownOrForeignCodeLinksNothing() {
        Invitation invitation = guardianships.invite(teacher, "lea");
        clock.advance(Duration.ofDays(14));

        assertThat(guardianships.claim(mother, invitation.code()).status()).isEqualTo(ClaimOutcome.Status.EXPIRED);
        assertThat(guardianships.claim(mother, "AAAA-BBBB-CCCC").status()).isEqualTo(ClaimOutcome.Status.UNKNOWN);
        assertThat(guardianships.claim(mother, "=cmd|' /C calc'!A0").status()).isEqualTo(ClaimOutcome.Status.UNKNOWN);
        assertThat(guardianships.claim(mother, "x".repeat(10_000)).status()).isEqualTo(ClaimOutcome.Status.UNKNOWN);
        assertThat(guardianships.childrenOf(mother)).isEmpty();
    }

    @Test
    void onlyParentsClaimAndOnlyTheChildsStaffInvites() {
        Invitation invitation = guardianships.invite(teacher, "lea");

        assertThat(guardianships.claim(otherTeacher, invitation.code()).status())
                .isEqualTo(ClaimOutcome.Status.UNKNOWN);
        assertThatThrownBy(() -> guardianships.invite(otherTeacher, "lea")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guardianships.invite(otherSchoolAdmin, "lea")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guardianships.invite(mother, "lea")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guardianships.invite(teacher, "m")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guardianships.guardiansOf(otherTeacher, "lea")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void racingClaimsOfOneCodeLinkExactlyOneParent() throws Exception {
        Invitation invitation = guardianships.invite(teacher, "lea");
        List<Caller> parents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            parents.add(caller("p" + i, "s1", Role.PARENT));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ClaimOutcome>> claims = parents.stream()
                    .<Callable<ClaimOutcome>>map(parent -> () -> guardianships.claim(parent, invitation.code()))
                    .toList();
            long linked = 0;
            for (Future<ClaimOutcome> result : pool.invokeAll(claims)) {
                if (result.get().status() == ClaimOutcome.Status.LINKED) {
                    linked++;
                }
            }
            assertThat(linked).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSchoolAdminEndsAGuardianship() {
        guardianships.claim(mother, guardianships.invite(teacher, "lea").code());

        assertThatThrownBy(() -> guardianships.revoke(teacher, "m", "lea")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> guardianships.revoke(otherSchoolAdmin, "m", "lea"))
                .isInstanceOf(NotFoundException.class);
        guardianships.revoke(admin, "m", "lea");

        assertThat(guardianships.childrenOf(mother)).isEmpty();
        assertThat(guardianships.guardiansOf(admin, "lea")).isEmpty();
    }

    @Test
    void everyInvitationClaimAndRevocationIsInTheSchoolsAuditLog() {
        guardianships.claim(mother, guardianships.invite(teacher, "lea").code());
        guardianships.guardiansOf(teacher, "lea");
        guardianships.revoke(admin, "m", "lea");

        List<AuditEntry> day = audit.day(admin, "s1", LocalDate.of(2026, 9, 1), ZoneId.of("Europe/Brussels"));

        assertThat(day)
                .extracting(AuditEntry::action, AuditEntry::actorId, AuditEntry::subjectId)
                .containsExactlyInAnyOrder(
                        tuple("pupil.invitation.create", "t1", "lea"),
                        tuple("guardianship.claim", "m", "lea"),
                        tuple("pupil.guardians.read", "t1", "lea"),
                        tuple("guardianship.revoke", "a1", "lea"));
        assertThatThrownBy(() -> audit.day(teacher, "s1", LocalDate.of(2026, 9, 1), ZoneId.of("Europe/Brussels")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> audit.day(otherSchoolAdmin, "s1", LocalDate.of(2026, 9, 1), ZoneId.of("Europe/Brussels")))
                .isInstanceOf(NotFoundException.class);
    }

    private static Caller caller(String id, String schoolId, Role role) {
        return new Caller(id, schoolId, id, Set.of(role), Locale.FRENCH);
    }

    private static Account account(String id, Role role, String name, List<String> classIds) {
        return new Account(id, "s1", role, name, id, "{noop}unused", Locale.FRENCH, classIds, true);
    }
}
