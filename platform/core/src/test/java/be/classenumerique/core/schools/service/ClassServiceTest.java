package be.classenumerique.core.schools.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may see which class, on the real embedded store. */
class ClassServiceTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private ClassService classes;
    private SchoolRepository schools;

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        schools = new SchoolRepository(store);
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("s1", "École 1", List.of("c1", "c2")));
        schools.save(new School("s2", "École 2", List.of("c3")));
        schools.save(new SchoolClass("c1", "s1", "5A", "P5", List.of("t1"), List.of("p1", "p2", "p3")));
        schools.save(new SchoolClass("c2", "s1", "5B", "P5", List.of("t2"), List.of()));
        schools.save(new SchoolClass("c3", "s2", "1A", "S1", List.of("t3"), List.of()));
        accounts.save(account("t1", "s1", Role.TEACHER, "Teacher", List.of("c1")));
        accounts.save(account("t2", "s1", Role.TEACHER, "Other teacher", List.of("c2")));
        accounts.save(account("p1", "s1", Role.PUPIL, "Lucas V.", List.of("c1")));
        accounts.save(account("p2", "s1", Role.PUPIL, "Léa D.", List.of("c1")));
        accounts.save(account("p3", "s1", Role.PUPIL, "inès B.", List.of("c1")));
        // A forged account claiming a class of another school must not reach it.
        accounts.save(account("t9", "s2", Role.TEACHER, "Intruder", List.of("c1")));
        classes = new ClassService(schools, accounts, new AuditLog(store, Clock.systemUTC()));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aTeacherMakesGroupsInsideTheirClass() {
        Caller teacher = caller("t1", "s1", Role.TEACHER);
        ClassGroup readers = classes.saveGroup(teacher, "c1", null, "  Lecteurs  ", Set.of("p3", "p1"));
        classes.saveGroup(teacher, "c1", null, "Renfort", List.of("p2"));

        assertThat(readers.name()).isEqualTo("Lecteurs");
        assertThat(readers.pupilIds()).containsExactly("p1", "p3");
        classes.saveGroup(teacher, "c1", readers.id(), "Lecteurs ⭐", List.of("p1"));
        assertThat(classes.groups(caller("a1", "s1", Role.SCHOOL_ADMIN), "c1"))
                .extracting(ClassGroup::name, ClassGroup::pupilIds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lecteurs ⭐", List.of("p1")),
                        org.assertj.core.groups.Tuple.tuple("Renfort", List.of("p2")));

        classes.deleteGroup(teacher, "c1", readers.id());
        assertThat(classes.groups(teacher, "c1")).extracting(ClassGroup::name).containsExactly("Renfort");
        assertThat(schools.findClass("c1").orElseThrow().pupilIds()).containsExactly("p1", "p2", "p3");
    }

    @Test
    void aBadGroupIsRefusedAndChangesNothing() {
        Caller teacher = caller("t1", "s1", Role.TEACHER);
        classes.saveGroup(teacher, "c1", null, "Renfort", List.of("p2"));

        assertRefused(() -> classes.saveGroup(teacher, "c1", null, "  ", List.of()), "group.name.invalid");
        assertRefused(() -> classes.saveGroup(teacher, "c1", null, "x".repeat(61), List.of()), "group.name.invalid");
        assertRefused(() -> classes.saveGroup(teacher, "c1", null, "renfort", List.of()), "group.name.taken");
        assertRefused(
                () -> classes.saveGroup(teacher, "c1", null, "\u202Espidal", List.of()), "name.direction-control");
        // A pupil of another class, even of the same school, cannot be put in the group.
        assertRefused(
                () -> classes.saveGroup(teacher, "c1", null, "Mixte", List.of("p1", "x9")), "group.pupils.invalid");
        assertThatThrownBy(() -> classes.saveGroup(teacher, "c1", "no-such-group", "Autre", List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThat(classes.groups(teacher, "c1")).extracting(ClassGroup::name).containsExactly("Renfort");
    }

    @Test
    void groupsChangedMeanwhileAreNotOverwritten() {
        Caller teacher = caller("t1", "s1", Role.TEACHER);
        SchoolClass seenBefore = schools.findClass("c1").orElseThrow();
        classes.saveGroup(caller("a1", "s1", Role.SCHOOL_ADMIN), "c1", null, "Par la direction", List.of("p1"));

        assertThat(schools.replaceGroups("c1", seenBefore.groups(), List.of(new ClassGroup("g", "Écrase", List.of()))))
                .isFalse();
        assertThat(classes.groups(teacher, "c1")).extracting(ClassGroup::name).containsExactly("Par la direction");
    }

    @Test
    void anErasedPupilLeavesTheirGroups() {
        Caller teacher = caller("t1", "s1", Role.TEACHER);
        classes.saveGroup(teacher, "c1", null, "Renfort", List.of("p1", "p2"));

        schools.removeMember("c1", "p2");

        assertThat(classes.groups(teacher, "c1"))
                .singleElement()
                .extracting(ClassGroup::pupilIds)
                .isEqualTo(List.of("p1"));
    }

    @Test
    void onlyTheClassTeachersAndTheSchoolAdminsSeeOrChangeGroups() {
        for (Caller outsider : List.of(
                caller("t2", "s1", Role.TEACHER),
                caller("t9", "s2", Role.TEACHER),
                caller("p1", "s1", Role.PUPIL),
                caller("a2", "s2", Role.SCHOOL_ADMIN))) {
            assertThatThrownBy(() -> classes.groups(outsider, "c1")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> classes.saveGroup(outsider, "c1", null, "G", List.of()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(RefusedException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    @Test
    void eachRoleSeesExactlyItsOwnClasses() {
        assertThat(classes.classesOf(caller("t1", "s1", Role.TEACHER)))
                .extracting(SchoolClass::id)
                .containsExactly("c1");
        assertThat(classes.classesOf(caller("a1", "s1", Role.SCHOOL_ADMIN)))
                .extracting(SchoolClass::id)
                .containsExactly("c1", "c2");
        assertThat(classes.classesOf(caller("p1", "s1", Role.PUPIL)))
                .extracting(SchoolClass::id)
                .containsExactly("c1");
        assertThat(classes.classesOf(caller("t9", "s2", Role.TEACHER))).isEmpty();
        assertThat(classes.classesOf(caller("x", null, Role.PLATFORM_ADMIN))).isEmpty();
    }

    @Test
    void anotherClassOrSchoolAnswersNotFound() {
        List<Caller> outsiders = List.of(
                caller("t2", "s1", Role.TEACHER),
                caller("t9", "s2", Role.TEACHER),
                caller("a2", "s2", Role.SCHOOL_ADMIN),
                caller("parent", "s1", Role.PARENT),
                caller("x", null, Role.PLATFORM_ADMIN),
                caller("p9", "s1", Role.PUPIL));
        for (Caller outsider : outsiders) {
            assertThatThrownBy(() -> classes.get(outsider, "c1"))
                    .as(outsider.accountId())
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> classes.pupils(outsider, "c1"))
                    .as(outsider.accountId())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> classes.get(caller("t1", "s1", Role.TEACHER), "no-such-class"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void pupilsAreListedInTheReadersAlphabeticalOrder() {
        assertThat(classes.pupils(caller("t1", "s1", Role.TEACHER), "c1"))
                .extracting(ClassService.ClassMember::displayName)
                .containsExactly("inès B.", "Léa D.", "Lucas V.");
    }

    private static Caller caller(String id, String schoolId, Role role) {
        return new Caller(id, schoolId, id, Set.of(role), Locale.FRENCH);
    }

    private static Account account(String id, String schoolId, Role role, String name, List<String> classIds) {
        return new Account(id, schoolId, role, name, id, "{noop}unused", Locale.FRENCH, classIds, true);
    }
}
