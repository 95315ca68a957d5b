package be.classenumerique.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.core.CoreMigrations;
import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.assignments.domain.Audience;
import be.classenumerique.core.assignments.service.Assignments;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.attempts.service.Drafts;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.privacy.service.PersonalDataExport;
import be.classenumerique.core.privacy.service.PersonalRecords;
import be.classenumerique.core.progress.service.LearningEvents;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migrations;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every role × every resource × own / other class / other school × read / write, at the service layer on
 * the real embedded store. A grant must be expected; every denial is tested and answers "not found",
 * exactly like a missing object.
 */
class AccessMatrixTest {

    enum Scope {
        OWN,
        OTHER_CLASS,
        OTHER_SCHOOL
    }

    enum Kind {
        READ,
        WRITE
    }

    /** One guarded operation of a service, called on a target. */
    record Operation(String resource, Kind kind, Action action) {}

    @FunctionalInterface
    interface Action {
        void on(Caller caller, Target target);
    }

    /** What a scope points at: a class, a pupil in it, one of that pupil's answers, the school. */
    record Target(String classId, String pupilId, String attemptId, String schoolId) {}

    @TempDir
    static Path data;

    private static DocumentStore store;
    private static PersonalDataExport privacyExport;
    private static People people;
    private static SecondFactors secondFactors;
    private static SchoolRepository schoolRepository;
    private static Assignments assignments;
    private static ClassService classes;
    private static AttemptService attempts;
    private static PupilSignIn signIn;
    private static Guardianships guardianships;
    private static AuditLog audit;
    private static final Map<Scope, Target> TARGETS = new java.util.EnumMap<>(Scope.class);

    private static final Map<Role, Caller> CALLERS = Map.of(
            Role.PUPIL, caller("pA1", "A", Role.PUPIL),
            Role.TEACHER, caller("tA1", "A", Role.TEACHER),
            Role.PARENT, caller("parentA1", "A", Role.PARENT),
            Role.SCHOOL_ADMIN, caller("adminA", "A", Role.SCHOOL_ADMIN),
            Role.PLATFORM_ADMIN, caller("platform", null, Role.PLATFORM_ADMIN));

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("class", Kind.READ, (caller, target) -> classes.get(caller, target.classId())),
            new Operation("class roster", Kind.READ, (caller, target) -> classes.pupils(caller, target.classId())),
            new Operation(
                    "class work",
                    Kind.READ,
                    (caller, target) -> attempts.classProgress(caller, target.classId(), "mots-de-passe-solides")),
            new Operation("pupil answer", Kind.READ, (caller, target) -> attempts.attempt(caller, target.attemptId())),
            new Operation("class code", Kind.READ, (caller, target) -> signIn.classCode(caller, target.classId())),
            new Operation(
                    "pupil guardians",
                    Kind.READ,
                    (caller, target) -> guardianships.guardiansOf(caller, target.pupilId())),
            new Operation(
                    "audit log",
                    Kind.READ,
                    (caller, target) ->
                            audit.day(caller, target.schoolId(), LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC)),
            new Operation(
                    "pupil secret",
                    Kind.WRITE,
                    (caller, target) -> signIn.resetSecret(caller, target.pupilId(), secret -> "hash:" + secret)),
            new Operation("login cards", Kind.WRITE, (caller, target) -> signIn.issueCards(caller, target.classId())),
            new Operation(
                    "parent invitation",
                    Kind.WRITE,
                    (caller, target) -> guardianships.invite(caller, target.pupilId())),
            new Operation(
                    "guardianship",
                    Kind.WRITE,
                    (caller, target) -> guardianships.revoke(caller, "parentA1", target.pupilId())),
            new Operation(
                    "personal data export",
                    Kind.READ,
                    (caller, target) -> privacyExport.export(caller, target.pupilId())),
            new Operation(
                    "account state", Kind.WRITE, (caller, target) -> people.setActive(caller, target.pupilId(), true)),
            new Operation(
                    "second factor", Kind.WRITE, (caller, target) -> secondFactors.reset(caller, target.pupilId())),
            new Operation(
                    "pupil added by hand",
                    Kind.WRITE,
                    (caller, target) -> people.addPupil(
                            caller,
                            target.classId(),
                            "Nouvel",
                            UUID.randomUUID().toString(),
                            Locale.FRENCH)),
            new Operation("class details", Kind.WRITE, (caller, target) -> {
                SchoolClass schoolClass =
                        schoolRepository.findClass(target.classId()).orElseThrow();
                classes.updateClass(
                        caller, schoolClass.id(), schoolClass.name(), schoolClass.level(), schoolClass.teacherIds());
            }),
            new Operation(
                    "paper answer",
                    Kind.WRITE,
                    (caller, target) -> attempts.submitFromPaper(
                            caller,
                            target.pupilId(),
                            UUID.randomUUID().toString(),
                            "mots-de-passe-solides",
                            "le-plus-solide",
                            new LearnerResponse(Map.of("choice", 2)))),
            new Operation(
                    "class assignments", Kind.READ, (caller, target) -> assignments.ofClass(caller, target.classId())),
            new Operation(
                    "class assignment",
                    Kind.WRITE,
                    (caller, target) -> assignments.assign(
                            caller,
                            target.classId(),
                            "mots-de-passe-solides",
                            Audience.wholeClass(),
                            Instant.now(),
                            null,
                            true)),
            new Operation(
                    "child assignments", Kind.READ, (caller, target) -> assignments.forChild(caller, target.pupilId())),
            new Operation("class groups", Kind.READ, (caller, target) -> classes.groups(caller, target.classId())),
            new Operation(
                    "class group",
                    Kind.WRITE,
                    (caller, target) -> classes.saveGroup(
                            caller, target.classId(), null, "Groupe " + UUID.randomUUID(), List.of())));

    @BeforeAll
    static void school() {
        store = DocumentStore.embedded(data);
        Clock clock = Clock.systemUTC();
        new Migrations(store, clock).run(CoreMigrations.all());
        SchoolRepository schools = new SchoolRepository(store);
        schoolRepository = schools;
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("A", "École A", List.of("A1", "A2")));
        schools.save(new School("B", "École B", List.of("B1")));
        schools.save(new SchoolClass("A1", "A", "5A", "P5", List.of("tA1"), List.of("pA1", "pA2")));
        schools.save(new SchoolClass("A2", "A", "5B", "P5", List.of("tA2"), List.of("pA3")));
        schools.save(new SchoolClass("B1", "B", "5A", "P5", List.of("tB1"), List.of("pB1")));
        for (String[] pupil :
                new String[][] {{"pA1", "A", "A1"}, {"pA2", "A", "A1"}, {"pA3", "A", "A2"}, {"pB1", "B", "B1"}}) {
            accounts.save(new Account(
                    pupil[0],
                    pupil[1],
                    Role.PUPIL,
                    pupil[0],
                    pupil[0],
                    "{noop}x",
                    Locale.FRENCH,
                    List.of(pupil[2]),
                    true));
        }
        for (String[] teacher : new String[][] {{"tA1", "A", "A1"}, {"tA2", "A", "A2"}, {"tB1", "B", "B1"}}) {
            accounts.save(new Account(
                    teacher[0],
                    teacher[1],
                    Role.TEACHER,
                    teacher[0],
                    teacher[0] + "@school.test",
                    "{noop}x",
                    Locale.FRENCH,
                    List.of(teacher[2]),
                    true));
        }
        accounts.save(new Account(
                "parentA1", "A", Role.PARENT, "Parent", "parent", "{noop}x", Locale.FRENCH, List.of(), true));
        audit = new AuditLog(store, clock);
        var types = TestActivityTypes.registry();
        ModuleCatalogue catalogue =
                new ModuleCatalogue(new ContentLoader(types).load(ContentLoader.packFolders(Path.of("../../content"))));
        classes = new ClassService(schools, accounts, audit);
        attempts = new AttemptService(store, catalogue, types, accounts, schools, clock, audit);
        signIn = new PupilSignIn(store, schools, accounts, new SecureRandom(), clock, audit);
        guardianships = new Guardianships(store, schools, accounts, new SecureRandom(), clock, audit);
        secondFactors = new SecondFactors(store, accounts, guardianships, audit, new SecureRandom(), clock);
        privacyExport = new PersonalDataExport(
                new PersonalRecords(
                        accounts,
                        schools,
                        attempts,
                        new Drafts(store, catalogue, clock),
                        new LearningEvents(store),
                        signIn,
                        secondFactors,
                        guardianships,
                        List.of()),
                audit,
                clock);
        people = new People(store, accounts, schools, guardianships, audit, new SecureRandom(), clock);
        assignments = new Assignments(store, schools, accounts, guardianships, catalogue, attempts, audit, clock);
        guardianships.link("parentA1", "pA1");
        TARGETS.put(Scope.OWN, new Target("A1", "pA1", answer("pA1", "A"), "A"));
        TARGETS.put(Scope.OTHER_CLASS, new Target("A2", "pA3", answer("pA3", "A"), "A"));
        TARGETS.put(Scope.OTHER_SCHOOL, new Target("B1", "pB1", answer("pB1", "B"), "B"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    List<DynamicTest> everyRoleResourceScopeAndKind() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Role role : EnumSet.allOf(Role.class)) {
            for (Operation operation : OPERATIONS) {
                for (Scope scope : Scope.values()) {
                    boolean expected = expected(role, operation, scope);
                    String name = role + " " + operation.kind() + " " + operation.resource() + " (" + scope + ") → "
                            + (expected ? "granted" : "denied");
                    cells.add(DynamicTest.dynamicTest(name, () -> {
                        boolean granted;
                        try {
                            operation.action().on(CALLERS.get(role), TARGETS.get(scope));
                            granted = true;
                        } catch (NotFoundException e) {
                            granted = false;
                        }
                        assertThat(granted).as(name).isEqualTo(expected);
                    }));
                }
            }
        }
        assertThat(cells).hasSize(Role.values().length * OPERATIONS.size() * Scope.values().length);
        return cells;
    }

    /** The rights the platform means to give; anything else is an unexpected grant. */
    private static boolean expected(Role role, Operation operation, Scope scope) {
        if (scope == Scope.OTHER_SCHOOL) {
            return false;
        }
        if (operation.resource().equals("child assignments")) {
            // Only a parent, and only for a child linked to them.
            return role == Role.PARENT && scope == Scope.OWN;
        }
        return switch (role) {
            case SCHOOL_ADMIN -> true;
            case TEACHER ->
                scope == Scope.OWN
                        && !Set.of(
                                        "guardianship",
                                        "audit log",
                                        "personal data export",
                                        "account state",
                                        "second factor",
                                        "pupil added by hand",
                                        "class details")
                                .contains(operation.resource());
            case PUPIL ->
                scope == Scope.OWN
                        && Set.of("class", "class roster", "pupil answer").contains(operation.resource());
            case PARENT, PLATFORM_ADMIN -> false;
        };
    }

    private static String answer(String pupilId, String schoolId) {
        return attempts.submit(
                        caller(pupilId, schoolId, Role.PUPIL),
                        UUID.randomUUID().toString(),
                        "mots-de-passe-solides",
                        "le-plus-solide",
                        new LearnerResponse(Map.of("choice", 2)))
                .attempt()
                .id();
    }

    private static Caller caller(String id, String schoolId, Role role) {
        return new Caller(id, schoolId, id, Set.of(role), Locale.FRENCH);
    }
}
