package be.classenumerique.core.people.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school admin makes accounts and classes by hand, on the real embedded store. */
class PeopleTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private People people;
    private ClassService classes;
    private SchoolRepository schools;
    private AccountRepository accounts;
    private Guardianships guardianships;
    private final Caller admin = caller("a1", "s1", Role.SCHOOL_ADMIN);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        schools = new SchoolRepository(store);
        accounts = new AccountRepository(store);
        AccountRepository.createIndexes(store);
        AuditLog audit = new AuditLog(store, Clock.systemUTC());
        schools.save(new School("s1", "École 1", List.of("c1")));
        schools.save(new School("s2", "École 2", List.of("c2")));
        schools.save(new SchoolClass("c1", "s1", "5A", "P5", List.of(), List.of()));
        schools.save(new SchoolClass("c2", "s2", "5A", "P5", List.of(), List.of()));
        guardianships = new Guardianships(store, schools, accounts, new SecureRandom(), Clock.systemUTC(), audit);
        people = new People(store, accounts, schools, guardianships, audit, new SecureRandom(), Clock.systemUTC());
        classes = new ClassService(schools, accounts, audit);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aParentWhoAlsoFollowsAChildOfAnotherSchoolIsManagedByNeitherSchoolAlone() {
        accounts.save(adult("parent", "s1", Role.PARENT));
        accounts.save(
                new Account("child1", "s1", Role.PUPIL, "Léa D.", "lea", null, Locale.FRENCH, List.of("c1"), true));
        accounts.save(
                new Account("child2", "s2", Role.PUPIL, "Tom D.", "tom", null, Locale.FRENCH, List.of("c2"), true));
        guardianships.link("parent", "child1");
        guardianships.link("parent", "child2");
        Caller otherAdmin = caller("b1", "s2", Role.SCHOOL_ADMIN);
        String hash = accounts.findById("parent").orElseThrow().passwordHash();

        for (Caller anAdmin : List.of(admin, otherAdmin)) {
            assertThatThrownBy(() -> people.resetPassword(anAdmin, "parent", secret -> "new:" + secret))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> people.setActive(anAdmin, "parent", false)).isInstanceOf(NotFoundException.class);
        }
        assertThat(accounts.findById("parent").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThat(accounts.findById("parent").orElseThrow().active()).isTrue();

        guardianships.revoke(otherAdmin, "parent", "child2");
        people.setActive(admin, "parent", false);
        assertThat(accounts.findById("parent").orElseThrow().active()).isFalse();
    }

    @Test
    void oneSchoolAdminNeedsASecondToResetOrDisableAnother() {
        accounts.save(adult("a2", "s1", Role.SCHOOL_ADMIN));
        accounts.save(adult("a3", "s1", Role.SCHOOL_ADMIN));
        String hash = accounts.findById("a2").orElseThrow().passwordHash();
        Caller secondAdmin = caller("a3", "s1", Role.SCHOOL_ADMIN);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> people.resetPassword(admin, "a2", secret -> "new:" + secret))
                    .isInstanceOf(RefusedException.class)
                    .extracting(e -> ((RefusedException) e).messageKey())
                    .isEqualTo("people.second-admin");
        }
        assertThat(accounts.findById("a2").orElseThrow().passwordHash()).isEqualTo(hash);
        assertThatThrownBy(() -> people.setActive(admin, "a2", false)).isInstanceOf(RefusedException.class);
        assertThat(accounts.findById("a2").orElseThrow().active()).isTrue();

        people.resetPassword(secondAdmin, "a2", secret -> "new:" + secret);
        assertThat(accounts.findById("a2").orElseThrow().passwordHash()).startsWith("new:");
        assertThatThrownBy(() -> people.resetPassword(secondAdmin, "a2", secret -> "again:" + secret))
                .as("the request was used up")
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void anAdminCreatesATeacherWhoMustChooseTheirPassword() {
        People.Created created = people.createAdult(
                admin,
                "s1",
                Role.TEACHER,
                " Julie Renard ",
                "Julie@Ecole.be",
                Locale.forLanguageTag("nl"),
                t -> "h:" + t);

        Account teacher = created.account();
        assertThat(teacher.displayName()).isEqualTo("Julie Renard");
        assertThat(teacher.loginName()).isEqualTo("julie@ecole.be");
        assertThat(teacher.passwordHash()).isEqualTo("h:" + created.temporaryPassword());
        assertThat(people.mustChangePassword(caller(teacher.id(), "s1", Role.TEACHER)))
                .isTrue();
        // Listed before having a class, so the admin can give them one.
        assertThat(people.of(admin)).extracting(Account::id).contains(teacher.id());
        assertThat(classes.teachersOfSchool(admin)).extracting(Account::id).containsExactly(teacher.id());
    }

    @Test
    void badAdultAccountsAreRefusedAndNothingIsWritten() {
        people.createAdult(admin, "s1", Role.TEACHER, "Julie", "julie@ecole.be", Locale.FRENCH, t -> t);
        long before = accounts.count();

        assertRefused(
                () -> people.createAdult(admin, "s1", Role.TEACHER, " ", "x@ecole.be", Locale.FRENCH, t -> t),
                "people.name.invalid");
        assertRefused(
                () -> people.createAdult(admin, "s1", Role.TEACHER, "X", "pas-une-adresse", Locale.FRENCH, t -> t),
                "signup.email.invalid");
        assertRefused(
                () -> people.createAdult(admin, "s1", Role.TEACHER, "X", "JULIE@ecole.be ", Locale.FRENCH, t -> t),
                "signup.email.taken.admin");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void onlyTheSchoolsAdminCreatesItsStaffAndNoOneCreatesParentsOrPupilsThisWay() {
        for (Caller outsider : List.of(
                caller("a2", "s2", Role.SCHOOL_ADMIN),
                caller("t1", "s1", Role.TEACHER),
                caller("p", null, Role.PLATFORM_ADMIN))) {
            assertThatThrownBy(() ->
                            people.createAdult(outsider, "s1", Role.TEACHER, "X", "x@ecole.be", Locale.FRENCH, t -> t))
                    .as(outsider.accountId())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> people.createAdult(admin, "s1", Role.PARENT, "X", "x@ecole.be", Locale.FRENCH, t -> t))
                .isInstanceOf(NotFoundException.class);
        // The platform admin makes only a school's admins.
        assertThat(people.createAdult(
                                caller("p", null, Role.PLATFORM_ADMIN),
                                "s1",
                                Role.SCHOOL_ADMIN,
                                "Nadia",
                                "nadia@ecole.be",
                                Locale.FRENCH,
                                t -> t)
                        .account()
                        .role())
                .isEqualTo(Role.SCHOOL_ADMIN);
    }

    @Test
    void anAdminAddsAPupilWithFirstNameAndInitialOnly() {
        Account pupil = people.addPupil(admin, "c1", "Élodie", "özçelik", Locale.FRENCH);

        assertThat(pupil.displayName()).isEqualTo("Élodie Ö.");
        assertThat(pupil.passwordHash()).isNull();
        assertThat(schools.findClass("c1").orElseThrow().pupilIds()).containsExactly(pupil.id());
        assertRefused(() -> people.addPupil(admin, "c1", "élodie", "Özdemir", Locale.FRENCH), "people.pupil.duplicate");
        assertRefused(() -> people.addPupil(admin, "c1", "", "", Locale.FRENCH), "people.pupil.name.invalid");
        assertThat(people.addPupil(admin, "c1", "🦊 Renard", "", Locale.FRENCH).displayName())
                .isEqualTo("🦊 Renard");
        assertThatThrownBy(() -> people.addPupil(admin, "c2", "Léa", "D", Locale.FRENCH))
                .isInstanceOf(NotFoundException.class);
        assertThat(schools.findClass("c1").orElseThrow().pupilIds()).hasSize(2);
    }

    @Test
    void anAdminCorrectsAPersonsNameAndLanguage() {
        Account teacher = people.createAdult(
                        admin, "s1", Role.TEACHER, "Julie", "julie@ecole.be", Locale.FRENCH, t -> t)
                .account();

        people.updateProfile(admin, teacher.id(), "Julie Renard", Locale.GERMAN);

        assertThat(accounts.findById(teacher.id()).orElseThrow())
                .extracting(Account::displayName, Account::language, Account::loginName)
                .containsExactly("Julie Renard", Locale.GERMAN, "julie@ecole.be");
        assertRefused(
                () -> people.updateProfile(admin, teacher.id(), "x".repeat(121), Locale.FRENCH), "people.name.invalid");
        assertThatThrownBy(() ->
                        people.updateProfile(caller("a2", "s2", Role.SCHOOL_ADMIN), teacher.id(), "Y", Locale.FRENCH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdminOpensAClassAndGivesItTeachers() {
        Account julie = people.createAdult(admin, "s1", Role.TEACHER, "Julie", "julie@ecole.be", Locale.FRENCH, t -> t)
                .account();
        Account marc = people.createAdult(admin, "s1", Role.TEACHER, "Marc", "marc@ecole.be", Locale.FRENCH, t -> t)
                .account();
        SchoolClass created = classes.createClass(admin, " Classe verte ", "SPECIALISED");
        assertThat(created.name()).isEqualTo("Classe verte");
        assertThat(schools.findSchool("s1").orElseThrow().classIds()).contains(created.id());

        classes.updateClass(admin, created.id(), "Classe verte", "SPECIALISED", List.of(julie.id(), marc.id()));
        assertThat(accounts.findById(julie.id()).orElseThrow().classIds()).containsExactly(created.id());
        classes.updateClass(admin, created.id(), "Classe bleue", "P3", List.of(marc.id()));
        assertThat(accounts.findById(julie.id()).orElseThrow().classIds()).isEmpty();
        assertThat(schools.findClass(created.id()).orElseThrow())
                .extracting(SchoolClass::name, SchoolClass::level, SchoolClass::teacherIds)
                .containsExactly("Classe bleue", "P3", List.of(marc.id()));

        assertRefused(() -> classes.createClass(admin, "5a", "P5"), "classes.name.taken");
        assertRefused(() -> classes.createClass(admin, "6A", "P7"), "classes.level.invalid");
        assertRefused(() -> classes.createClass(admin, "", "P5"), "classes.name.invalid");
        assertRefused(
                () -> classes.updateClass(admin, created.id(), "Classe bleue", "P3", List.of("a1")),
                "classes.teachers.invalid");
        assertThatThrownBy(() -> classes.createClass(caller("t", "s1", Role.TEACHER), "7A", "P5"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> classes.updateClass(admin, "c2", "5A", "P5", List.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNameThatWouldReadAsAnotherIsRefusedWhereverItIsTyped() {
        long before = accounts.count();
        // U+202E turns "evil" into "live" on screen; every embedding, override and isolate is refused.
        for (String control :
                List.of("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069")) {
            assertRefused(
                    () -> people.addPupil(admin, "c1", control + "evil", "O'Brien", Locale.FRENCH),
                    "name.direction-control");
            assertRefused(
                    () -> people.addPupil(admin, "c1", "Eva", control + "O'Brien", Locale.FRENCH),
                    "name.direction-control");
            assertRefused(
                    () -> people.createAdult(
                            admin, "s1", Role.TEACHER, "Julie" + control, "julie@ecole.be", Locale.FRENCH, t -> t),
                    "name.direction-control");
        }
        assertThat(accounts.count()).isEqualTo(before);
        Account teacher = people.createAdult(
                        admin, "s1", Role.TEACHER, "Julie", "julie@ecole.be", Locale.FRENCH, t -> t)
                .account();
        assertRefused(
                () -> people.updateProfile(admin, teacher.id(), "\u202EJulie", Locale.FRENCH),
                "name.direction-control");
        assertThat(accounts.findById(teacher.id()).orElseThrow().displayName()).isEqualTo("Julie");
        // Names written right to left need no control and are kept as typed.
        assertThat(people.addPupil(admin, "c1", "ليلى", "حداد", Locale.FRENCH).displayName())
                .isEqualTo("ليلى ح.");
        assertThat(people.addPupil(admin, "c1", "נועה", "", Locale.FRENCH).displayName())
                .isEqualTo("נועה");
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(RefusedException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    private static Caller caller(String id, String schoolId, Role role) {
        return new Caller(id, schoolId, id, Set.of(role), Locale.FRENCH);
    }

    private static Account adult(String id, String schoolId, Role role) {
        return new Account(id, schoolId, role, id, id + "@ecole.test", "{noop}old", Locale.FRENCH, List.of(), true);
    }
}
