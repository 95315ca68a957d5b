package be.classenumerique.core.bench;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.MutableClock;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.Totp;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.roster.domain.RosterFile;
import be.classenumerique.core.roster.service.RosterImport;
import be.classenumerique.core.roster.service.RosterReader;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.store.DocumentStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for the school core, printed, never asserted: run with {@code ./mvnw -B -Pbenchmarks test}. Each
 * runs on the real embedded store in a fresh folder.
 */
@Tag("benchmark")
class SchoolCoreBenchmark {

    private static final int PUPILS = 10_000;
    private static final int CLASSES = 40;

    @TempDir
    Path data;

    @Test
    void importOfTenThousandPupils() {
        try (DocumentStore store = DocumentStore.embedded(data)) {
            SchoolRepository schools = new SchoolRepository(store);
            AccountRepository accounts = new AccountRepository(store);
            AccountRepository.createIndexes(store);
            schools.save(new School("s1", "École", List.of()));
            MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
            RosterImport roster = new RosterImport(schools, accounts, new AuditLog(store, clock), clock);
            Caller admin = new Caller("a1", "s1", "Admin", Set.of(Role.SCHOOL_ADMIN), Locale.FRENCH);
            StringBuilder csv = new StringBuilder("Classe;Niveau;Prénom;Nom;Année de naissance;Matricule\n");
            for (int i = 0; i < PUPILS; i++) {
                csv.append("Classe ")
                        .append(i % CLASSES)
                        .append(";P5;Élève")
                        .append(i)
                        .append(";Nom")
                        .append(i)
                        .append(";2015;M")
                        .append(i)
                        .append('\n');
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

            long start = System.nanoTime();
            RosterFile file = new RosterReader().read(bytes);
            RosterImport.Preview preview = roster.check(admin, file, roster.guessMapping(file.header()));
            long checked = System.nanoTime();
            RosterImport.Report report = roster.apply(admin, preview, false);
            long applied = System.nanoTime();

            print("roster import, " + PUPILS + " pupils in " + CLASSES + " classes: read+check "
                    + millis(checked - start) + " ms, apply " + millis(applied - checked) + " ms, total "
                    + millis(applied - start) + " ms (" + report.pupilsAdded() + " added)");
        }
    }

    @Test
    void secondFactorCheck() {
        try (DocumentStore store = DocumentStore.embedded(data)) {
            AccountRepository accounts = new AccountRepository(store);
            accounts.save(new Account(
                    "t1", "s1", Role.TEACHER, "T", "t@ecole.be", "{noop}x", Locale.FRENCH, List.of(), true));
            MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
            SecondFactors factors = new SecondFactors(
                    store,
                    accounts,
                    new Guardianships(
                            store,
                            new SchoolRepository(store),
                            accounts,
                            new SecureRandom(),
                            clock,
                            new AuditLog(store, clock)),
                    new AuditLog(store, clock),
                    new SecureRandom(),
                    clock);
            Caller teacher = new Caller("t1", "s1", "T", Set.of(Role.TEACHER), Locale.FRENCH);
            SecondFactors.Enrolment enrolment = factors.start(teacher, "CN");
            byte[] key = Totp.fromBase32(enrolment.key());
            factors.confirm(
                    teacher,
                    enrolment.key(),
                    Totp.code(key, Totp.step(clock.instant().getEpochSecond())),
                    false);
            int rounds = 500;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
                factors.verify("t1", Totp.code(key, Totp.step(clock.instant().getEpochSecond())));
            }
            print("second-factor code check (read, HMAC, conditional write): "
                    + String.format(Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e6 / rounds) + " ms per code");
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static void print(String figure) {
        System.out.println("BENCHMARK " + figure);
    }
}
