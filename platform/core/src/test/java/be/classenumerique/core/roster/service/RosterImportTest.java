package be.classenumerique.core.roster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.roster.domain.RosterField;
import be.classenumerique.core.roster.domain.RosterFile;
import be.classenumerique.core.roster.domain.RosterRow;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roster imports on the real embedded store: all or nothing, and never twice. */
class RosterImportTest {

    private static final String HEADER = "Classe;Niveau;Prénom;Nom;Année de naissance;Langue\n";

    @TempDir
    Path data;

    private DocumentStore store;
    private SchoolRepository schools;
    private AccountRepository accounts;
    private RosterImport roster;
    private final RosterReader reader = new RosterReader();
    private final Caller admin = new Caller("a1", "s1", "Admin", Set.of(Role.SCHOOL_ADMIN), Locale.FRENCH);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        schools = new SchoolRepository(store);
        accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c5a")));
        schools.save(new SchoolClass("c5a", "s1", "5A", "P5", List.of("t1"), List.of()));
        Clock clock = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC);
        roster = new RosterImport(schools, accounts, new AuditLog(store, clock), clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void theHeaderNamesAreRecognisedInFrenchDutchAndEnglish() {
        assertThat(roster.guessMapping(List.of("Klas", "Voornaam", "Achternaam", "Geboortejaar")))
                .containsEntry(RosterField.CLASS, 0)
                .containsEntry(RosterField.FIRST_NAME, 1)
                .containsEntry(RosterField.LAST_NAME, 2)
                .containsEntry(RosterField.BIRTH_YEAR, 3);
        assertThat(roster.guessMapping(List.of("PRENOM", "classe")))
                .containsEntry(RosterField.FIRST_NAME, 0)
                .containsEntry(RosterField.CLASS, 1);
    }

    @Test
    void oneBadLineChangesNothingUntilItIsFixed() {
        String bad = HEADER + "5A;;Léa;Dubois;2015;fr\n5A;;Noah;Martin;20015;fr\n6B;P6;Inès;Bakri;2014;nl\n";

        RosterImport.Preview preview = check(bad);

        assertThat(preview.invalid()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.problems()).containsExactly("import.row.bad-birth-year");
        });
        assertThatThrownBy(() -> roster.apply(admin, preview, false)).isInstanceOf(RefusedException.class);
        assertThat(accounts.count()).isZero();
        assertThat(schools.findSchool("s1").orElseThrow().classIds()).containsExactly("c5a");

        RosterImport.Report report = roster.apply(admin, check(bad.replace("20015", "2015")), false);

        assertThat(report.pupilsAdded()).isEqualTo(3);
        assertThat(report.classesCreated()).isEqualTo(1);
        assertThat(schools.findClass("c5a").orElseThrow().pupilIds()).hasSize(2);
        assertThat(schools.findSchool("s1").orElseThrow().classIds()).hasSize(2);
        assertThat(accounts.findAll(schools.findClass("c5a").orElseThrow().pupilIds()))
                .extracting(account -> account.displayName())
                .containsExactlyInAnyOrder("Léa D.", "Noah M.");
    }

    @Test
    void parentsAddressesAreCheckedAndHandedOverOnlyForNewPupils() {
        String header = "Classe;Prénom;Nom;E-mail des parents\n";
        String bad = header + "5A;Léa;Dubois;maman@ex.be, pas-une-adresse\n";
        assertThat(check(bad).invalid())
                .singleElement()
                .extracting(RosterRow::problems)
                .asList()
                .containsExactly("import.row.bad-parent-email");

        String good = header + "5A;Léa;Dubois;maman@ex.be, papa@ex.be\n5A;Noah;Martin;\n";
        RosterImport.Report first = roster.apply(admin, check(good), false);
        assertThat(first.parentsToInvite()).hasSize(1).containsValue(List.of("maman@ex.be", "papa@ex.be"));
        // The addresses are not kept: importing the file again invites nobody.
        assertThat(roster.apply(admin, check(good), false).parentsToInvite()).isEmpty();
        assertThat(accounts.count()).isEqualTo(2);
    }

    @Test
    void importingTheSameFileAgainAddsNobody() {
        String file = HEADER + "5A;;Léa;Dubois;2015;fr\n5a ;;LEA;dubois;2015;fr\n";
        assertThat(check(file).invalid())
                .singleElement()
                .extracting(RosterRow::problems)
                .asList()
                .containsExactly("import.row.duplicate");

        String clean = HEADER + "5A;;Léa;Dubois;2015;fr\n5A;;Noah;Martin;2015;fr\n";
        roster.apply(admin, check(clean), false);
        RosterImport.Preview again = check(clean);
        RosterImport.Report second = roster.apply(admin, again, false);

        assertThat(again.knownPupils()).isEqualTo(2);
        assertThat(second.pupilsAdded()).isZero();
        assertThat(accounts.count()).isEqualTo(2);
        assertThat(schools.findClass("c5a").orElseThrow().pupilIds()).hasSize(2);
    }

    @Test
    void eachKindOfBadLineIsNamed() {
        String file = HEADER
                + "5A;;=cmd|' /C calc'!A0;X;;fr\n"
                + ";;Sans classe;X;;fr\n"
                + "5A;;;X;;fr\n"
                + "9Z;;Classe inconnue;X;;fr\n"
                + "9Y;P9;Mauvais niveau;X;;fr\n"
                + "5A;;Langue;X;;it\n"
                + "5A;;" + "A".repeat(500) + ";X;;fr\n"
                + "5A;;\u202Eevil;O'Brien;;fr\n"
                + "5A;;Zoé;\u2066Lambert\u2069;;fr\n"
                + "5A;;Emma;Roux;2015;fr\n"
                + "5A;;Emma;Rossi;2016;fr\n";

        List<RosterRow> rows = check(file).rows();

        assertThat(rows)
                .extracting(row -> String.join(",", row.problems()))
                .containsExactly(
                        "import.row.formula",
                        "import.row.no-class",
                        "import.row.no-first-name",
                        "import.row.unknown-class",
                        "import.row.bad-level",
                        "import.row.bad-language",
                        "import.row.too-long",
                        "import.row.direction-control",
                        "import.row.direction-control",
                        "",
                        "import.row.same-name");
    }

    @Test
    void theAdminMayLeaveOutTheBadLinesOnPurpose() {
        RosterImport.Preview preview = check(HEADER + "5A;;Léa;Dubois;;fr\n5A;;;Sans prénom;;fr\n");

        RosterImport.Report report = roster.apply(admin, preview, true);

        assertThat(report.pupilsAdded()).isEqualTo(1);
        assertThat(report.linesLeftOut()).isEqualTo(1);
    }

    @Test
    void onlyTheSchoolsAdminImports() {
        RosterFile file = reader.read((HEADER + "5A;;Léa;Dubois;;fr\n").getBytes(StandardCharsets.UTF_8));
        Map<RosterField, Integer> mapping = roster.guessMapping(file.header());
        Caller teacher = new Caller("t1", "s1", "T", Set.of(Role.TEACHER), Locale.FRENCH);
        Caller otherAdmin = new Caller("a2", "s2", "A", Set.of(Role.SCHOOL_ADMIN), Locale.FRENCH);

        assertThatThrownBy(() -> roster.check(teacher, file, mapping)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roster.check(otherAdmin, file, mapping)).isInstanceOf(NotFoundException.class);
        RosterImport.Preview preview = roster.check(admin, file, mapping);
        assertThatThrownBy(() -> roster.apply(otherAdmin, preview, false)).isInstanceOf(NotFoundException.class);
        assertThat(accounts.count()).isZero();
    }

    @Test
    void tenThousandPupilsImportInOneGo() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            file.append("C")
                    .append(i % 40)
                    .append(";P5;Élève")
                    .append(i)
                    .append(";Nom")
                    .append(i)
                    .append(";2015;fr\n");
        }

        RosterImport.Report report = roster.apply(admin, check(file.toString()), false);

        assertThat(report.pupilsAdded()).isEqualTo(10_000);
        assertThat(report.classesCreated()).isEqualTo(40);
        assertThat(accounts.count()).isEqualTo(10_000);
    }

    private RosterImport.Preview check(String text) {
        RosterFile file = reader.read(text.getBytes(StandardCharsets.UTF_8));
        return roster.check(admin, file, roster.guessMapping(file.header()));
    }
}
