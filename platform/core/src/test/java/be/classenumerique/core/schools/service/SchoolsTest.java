package be.classenumerique.core.schools.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the platform admin opens schools; each comes with a first admin who must pick a password. */
class SchoolsTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private Schools schools;
    private People people;
    private AccountRepository accounts;
    private final Caller platform = new Caller("p", null, "Platform", Set.of(Role.PLATFORM_ADMIN), Locale.FRENCH);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        Clock clock = Clock.systemUTC();
        SchoolRepository repository = new SchoolRepository(store);
        accounts = new AccountRepository(store);
        AccountRepository.createIndexes(store);
        AuditLog audit = new AuditLog(store, clock);
        people = new People(
                store,
                accounts,
                repository,
                new Guardianships(store, repository, accounts, new SecureRandom(), clock, audit),
                audit,
                new SecureRandom(),
                clock);
        schools = new Schools(repository, people, audit);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void opensASchoolWithAnAdminWhoMustChooseAPassword() {
        Schools.Opened opened =
                schools.open(platform, " École des Hêtres ", "Nadia B.", "nadia@hetres.test", p -> "hash:" + p);

        assertThat(schools.all(platform)).extracting(School::name).containsExactly("École des Hêtres");
        assertThat(opened.admin().role()).isEqualTo(Role.SCHOOL_ADMIN);
        assertThat(opened.admin().schoolId()).isEqualTo(opened.school().id());
        assertThat(accounts.findByLoginName("NADIA@hetres.test").orElseThrow().passwordHash())
                .isEqualTo("hash:" + opened.temporaryPassword());
        Caller admin = new Caller(
                opened.admin().id(), opened.school().id(), "Nadia B.", Set.of(Role.SCHOOL_ADMIN), Locale.FRENCH);
        assertThat(people.mustChangePassword(admin)).isTrue();
    }

    @Test
    void refusesBadInputAndEveryoneButThePlatformAdmin() {
        schools.open(platform, "École A", "A", "a@a.test", p -> p);

        assertThatThrownBy(() -> schools.open(platform, "École B", "B", "a@a.test", p -> p))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> schools.open(platform, "  ", "B", "b@b.test", p -> p))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> schools.open(platform, "École B", "B", "not-an-email", p -> p))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> schools.open(platform, "École \u202EB", "B", "b@b.test", p -> p))
                .hasFieldOrPropertyWithValue("messageKey", "name.direction-control");
        assertThatThrownBy(() -> schools.open(platform, "École B", "\u2067B", "b@b.test", p -> p))
                .hasFieldOrPropertyWithValue("messageKey", "name.direction-control");
        Caller schoolAdmin = new Caller("x", "s1", "X", Set.of(Role.SCHOOL_ADMIN), Locale.FRENCH);
        assertThatThrownBy(() -> schools.all(schoolAdmin)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> schools.open(schoolAdmin, "École C", "C", "c@c.test", p -> p))
                .isInstanceOf(NotFoundException.class);
        assertThat(schools.all(platform)).hasSize(1);
    }
}
