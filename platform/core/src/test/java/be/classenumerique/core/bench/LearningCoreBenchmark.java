package be.classenumerique.core.bench;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.core.CoreMigrations;
import be.classenumerique.core.MutableClock;
import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.search.service.ModuleIndex;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.Migrations;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for the learning core, printed, never asserted: run with {@code ./mvnw -B -Pbenchmarks test}.
 * Search over 50,000 generated modules (topic words plus a long tail of rarer words), the time for a
 * change to become searchable, and answers per second on the real embedded store.
 */
@Tag("benchmark")
class LearningCoreBenchmark {

    private static final int MODULES = 50_000;
    private static final int QUERIES = 2_000;
    private static final String[] WORDS =
            ("internet sécurité mot passe réseau social photo vidéo message harcèlement respect données vie privée "
                            + "ordinateur tablette programme algorithme robot intelligence artificielle image son musique "
                            + "recherche source information vérifier citoyen école classe projet partager créer écrire "
                            + "dessin carte chemin énergie climat jeu règle équipe parole écoute émotion ami famille")
                    .split(" ");

    @TempDir
    Path data;

    @Test
    void searchOverFiftyThousandModules() {
        Random random = new Random(42);
        List<Module> modules = new ArrayList<>(MODULES);
        for (int i = 0; i < MODULES; i++) {
            modules.add(module("m" + i, phrase(random, 4), phrase(random, 18), phrase(random, 120)));
        }
        try (ModuleIndex index = new ModuleIndex()) {
            long start = System.nanoTime();
            index.rebuild(modules);
            long built = System.nanoTime() - start;

            String[] queries = new String[QUERIES];
            for (int i = 0; i < QUERIES; i++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                queries[i] = switch (i % 4) {
                    case 0 -> word;
                    case 1 -> word + " " + WORDS[random.nextInt(WORDS.length)];
                    // A child's typo: a letter left out.
                    case 2 -> word.length() > 4 ? word.substring(0, 2) + word.substring(3) : word;
                    default -> "\"" + word + "*";
                };
            }
            for (int i = 0; i < 200; i++) {
                index.search(queries[i], 20);
            }
            long[] times = new long[QUERIES];
            for (int i = 0; i < QUERIES; i++) {
                long t = System.nanoTime();
                index.search(queries[i], 20);
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            print("search over " + MODULES + " modules (index built in " + built / 1_000_000 + " ms): p50 "
                    + ms(times[QUERIES / 2]) + " ms, p95 " + ms(times[QUERIES * 95 / 100]) + " ms, max "
                    + ms(times[QUERIES - 1]) + " ms (" + QUERIES + " queries: words, pairs, typos, Lucene syntax)");

            long[] changes = new long[50];
            for (int i = 0; i < changes.length; i++) {
                String marker = "zorglub" + i;
                long t = System.nanoTime();
                index.update(module("m" + i, "Module " + marker, phrase(random, 18), phrase(random, 60)));
                if (!index.search(marker, 5).contains("m" + i)) {
                    throw new IllegalStateException("a changed module was not found");
                }
                changes[i] = System.nanoTime() - t;
            }
            Arrays.sort(changes);
            print("a changed module is searchable after: p50 " + ms(changes[changes.length / 2]) + " ms, max "
                    + ms(changes[changes.length - 1]) + " ms (update + refresh + search)");
        }
    }

    @Test
    void answersPerSecondOnTheEmbeddedStore() throws Exception {
        try (DocumentStore store = DocumentStore.embedded(data)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-10-05T07:00:00Z"));
            new Migrations(store, clock).run(CoreMigrations.all());
            SchoolRepository schools = new SchoolRepository(store);
            AccountRepository accounts = new AccountRepository(store);
            int pupils = 30;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < pupils; i++) {
                ids.add("p" + i);
                accounts.save(new Account(
                        "p" + i, "s1", Role.PUPIL, "P" + i, "p" + i, null, Locale.FRENCH, List.of("c1"), true));
            }
            schools.save(new School("s1", "École", List.of("c1")));
            schools.save(new SchoolClass("c1", "s1", "5A", "P5", List.of("t1"), ids));
            var types = TestActivityTypes.registry();
            ModuleCatalogue catalogue = new ModuleCatalogue(
                    new ContentLoader(types).load(ContentLoader.packFolders(Path.of("../../content"))));
            AttemptService attempts =
                    new AttemptService(store, catalogue, types, accounts, schools, clock, new AuditLog(store, clock));
            int threads = 2;
            int perThread = 600;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<long[]>> results = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    long[] times = new long[perThread];
                    for (int i = 0; i < perThread; i++) {
                        String pupil = "p" + ((i * threads + offset) % pupils);
                        Caller caller = new Caller(pupil, "s1", pupil, Set.of(Role.PUPIL), Locale.FRENCH);
                        long t = System.nanoTime();
                        attempts.submit(
                                caller,
                                UUID.randomUUID().toString(),
                                "mots-de-passe-solides",
                                "le-plus-solide",
                                new LearnerResponse(Map.of("choice", i % 4)));
                        times[i] = System.nanoTime() - t;
                    }
                    return times;
                }));
            }
            long[] all = new long[threads * perThread];
            int at = 0;
            for (Future<long[]> result : results) {
                long[] times = result.get();
                System.arraycopy(times, 0, all, at, times.length);
                at += times.length;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Arrays.sort(all);
            print("answers on the embedded store (" + threads + " threads, " + all.length + " answers of " + pupils
                    + " pupils in one class): " + Math.round(all.length / seconds) + " per second, p50 "
                    + ms(all[all.length / 2]) + " ms, p95 " + ms(all[all.length * 95 / 100]) + " ms");
        }
    }

    private static Module module(String id, String title, String summary, String body) {
        return new Module(
                id,
                1,
                "bench",
                "content",
                Locale.FRENCH,
                title,
                summary,
                List.of("P5"),
                15,
                List.of("digcomp:1.1"),
                "CC0-1.0",
                List.of(new ActivityConfig("page", "builtin:lesson", Locale.FRENCH, Map.of("body", body))));
    }

    /**
     * Words drawn like a real catalogue's: the ~60 topic words are common, and a long tail of 3,000 rarer
     * words (generated) fills the rest, so a query matches a realistic share of modules, not all of them.
     */
    private static String phrase(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(random.nextInt(4) == 0 ? WORDS[random.nextInt(WORDS.length)] : rareWord(random))
                    .append(' ');
        }
        return text.toString().strip();
    }

    private static String rareWord(Random random) {
        // Zipf-like: small numbers far more often than large ones.
        int rank = (int) Math.floor(Math.pow(3_000, random.nextDouble()));
        return "mot" + Integer.toString(rank * 7919 % 100_003, 36);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static void print(String figure) {
        System.out.println("BENCHMARK " + figure);
    }
}
