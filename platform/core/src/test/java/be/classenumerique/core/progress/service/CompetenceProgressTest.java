package be.classenumerique.core.progress.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.core.MutableClock;
import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.progress.domain.AreaProgress;
import be.classenumerique.core.progress.domain.CompetenceGrowth;
import be.classenumerique.core.progress.domain.CompetenceScore;
import be.classenumerique.core.progress.domain.LearningEvent;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress per DigComp area from a pupil's results, for the pupil and a linked parent only. */
class CompetenceProgressTest {

    @TempDir
    Path data;

    private DocumentStore store;
    private AttemptService attempts;
    private CompetenceProgress progress;
    private MutableClock clock;
    private final Caller mum = new Caller("mum", "s1", "Maman", Set.of(Role.PARENT), Locale.FRENCH);
    private final Caller lea = new Caller("lea", "s1", "Léa", Set.of(Role.PUPIL), Locale.FRENCH);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        clock = new MutableClock(Instant.parse("2026-10-05T07:00:00Z"));
        SchoolRepository schools = new SchoolRepository(store);
        AccountRepository accounts = new AccountRepository(store);
        schools.save(new School("s1", "École", List.of("c1")));
        schools.save(new SchoolClass("c1", "s1", "5A", "P5", List.of("t1"), List.of("lea")));
        accounts.save(new Account("lea", "s1", Role.PUPIL, "Léa", "lea", null, Locale.FRENCH, List.of("c1"), true));
        AuditLog audit = new AuditLog(store, clock);
        CompetenceFrameworks frameworks = CompetenceFrameworks.load(Path.of("../../content"));
        var types = TestActivityTypes.registry();
        ModuleCatalogue catalogue = new ModuleCatalogue(
                new ContentLoader(types, frameworks::knows).load(ContentLoader.packFolders(Path.of("../../content"))));
        attempts = new AttemptService(store, catalogue, types, accounts, schools, clock, audit);
        Guardianships guardianships = new Guardianships(store, schools, accounts, new SecureRandom(), clock, audit);
        guardianships.link("mum", "lea");
        progress = new CompetenceProgress(
                frameworks, catalogue, attempts, accounts, guardianships, schools, new LearningEvents(store), clock);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void rightAnswersAndReadPagesCountInTheModulesAreas() {
        answer("pourquoi", Map.of());
        answer("phrase-de-passe", Map.of());
        answer("le-plus-solide", Map.of("choice", 2));
        answer("meilleur-ami", Map.of("choice", 0));

        List<AreaProgress> areas = progress.ofPupil(lea);

        assertThat(areas)
                .extracting(AreaProgress::areaRef)
                .containsExactly("digcomp:1", "digcomp:2", "digcomp:3", "digcomp:4", "digcomp:5");
        AreaProgress safety = areas.get(3);
        assertThat(safety.succeeded()).isEqualTo(3);
        assertThat(safety.available()).isEqualTo(5);
        assertThat(areas.get(0).succeeded()).isZero();
        // "Info ou intox ?" has 5 activities; "a-qui-demander" works on 2.2 only, so 4 of them count in area 1.
        assertThat(areas.get(0).available()).isEqualTo(4);
        assertThat(progress.ofChild(new Caller("mum", "s1", "Maman", Set.of(Role.PARENT), Locale.FRENCH), "lea"))
                .isEqualTo(areas);
    }

    @Test
    void nextComesAnUnfinishedModuleOfTheClassLevelFromTheLeastDoneArea() {
        assertThat(progress.nextFor(lea, 5)).extracting(module -> module.id()).contains("mots-de-passe-solides");

        for (String activity :
                List.of("pourquoi", "phrase-de-passe", "le-plus-solide", "meilleur-ami", "meme-partout")) {
            answer(activity, Map.of("choice", 2));
        }

        assertThat(progress.nextFor(lea, 5))
                .extracting(module -> module.id())
                .doesNotContain("mots-de-passe-solides")
                .allSatisfy(id -> assertThat(id).isIn("infos-ou-intox", "pas-a-pas"));
    }

    @Test
    void growthComparesTheProgressOfAPeriodAgoWithNowFromTheLearningLog() {
        answer("pourquoi", Map.of());
        clock.advance(Duration.ofDays(30));
        answer("phrase-de-passe", Map.of());
        answer("le-plus-solide", Map.of("choice", 2));

        CompetenceGrowth growth = progress.growthOfChild(mum, "lea", Duration.ofDays(28));

        assertThat(growth.since()).isEqualTo(Instant.parse("2026-10-07T07:00:00Z"));
        assertThat(growth.then().get(3).succeeded()).isEqualTo(1);
        assertThat(growth.now().get(3).succeeded()).isEqualTo(3);
        assertThat(growth.now()).isEqualTo(progress.ofChild(mum, "lea"));
    }

    @Test
    void eachActivityCountsInTheCompetencesItIsTaggedWith() {
        answer("pourquoi", Map.of());
        answer("meilleur-ami", Map.of("choice", 0));
        answer("le-plus-solide", Map.of("choice", 2));

        List<CompetenceScore> scores = progress.competencesOfPupil(lea);

        // The lesson works on the module's 4.1 and 4.2; "meilleur-ami" only on 4.2, the other questions on 4.1.
        assertThat(scores)
                .filteredOn(score -> score.competenceRef().startsWith("digcomp:4."))
                .containsExactly(new CompetenceScore("digcomp:4.1", 2, 4), new CompetenceScore("digcomp:4.2", 1, 2));
        assertThat(progress.ofPupil(lea).get(3)).isEqualTo(new AreaProgress("digcomp:4", 2, 5));
        assertThat(progress.competencesOfChild(mum, "lea")).isEqualTo(scores);
    }

    @Test
    void aLaterWrongAnswerReplacesAnEarlierRightOne() {
        answer("le-plus-solide", Map.of("choice", 2));
        clock.advance(Duration.ofMinutes(1));
        answer("le-plus-solide", Map.of("choice", 0));

        assertThat(progress.ofPupil(lea).get(3).succeeded()).isZero();
    }

    @Test
    void finishingAModuleIsAnAchievementLoggedOnceEvenWhenAnswersAreSentAgain() {
        String last = null;
        for (String activity :
                List.of("pourquoi", "phrase-de-passe", "le-plus-solide", "meilleur-ami", "meme-partout")) {
            assertThat(progress.achievementsOfChild(mum, "lea", 5)).isEmpty();
            clock.advance(Duration.ofMinutes(1));
            last = answer(activity, Map.of("choice", 2));
        }
        attempts.submit(lea, last, "mots-de-passe-solides", "meme-partout", new LearnerResponse(Map.of("choice", 2)));
        clock.advance(Duration.ofDays(1));
        answer("meme-partout", Map.of("choice", 1));

        assertThat(progress.achievementsOfChild(mum, "lea", 5)).singleElement().satisfies(achievement -> {
            assertThat(achievement.moduleId()).isEqualTo("mots-de-passe-solides");
            assertThat(achievement.title()).isEqualTo("Un mot de passe solide");
            assertThat(achievement.at()).isEqualTo(Instant.parse("2026-10-05T07:05:00Z"));
        });
        List<LearningEvent> log = new LearningEvents(store).of("lea");
        assertThat(log).hasSize(7);
        assertThat(log.getFirst().verb()).isEqualTo(LearningEvent.Verb.ANSWERED);
        assertThat(log.getFirst().context("channel")).isEqualTo("online");
        assertThat(log.getFirst().objectId()).isEqualTo("mots-de-passe-solides/pourquoi");
    }

    @Test
    void nobodyElseSeesIt() {
        Caller dad = new Caller("dad", "s1", "Papa", Set.of(Role.PARENT), Locale.FRENCH);
        assertThatThrownBy(() -> progress.growthOfChild(dad, "lea", Duration.ofDays(28)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.achievementsOfChild(dad, "lea", 5)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.competencesOfChild(dad, "lea")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        progress.ofChild(new Caller("dad", "s1", "Papa", Set.of(Role.PARENT), Locale.FRENCH), "lea"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> progress.ofChild(new Caller("t1", "s1", "T", Set.of(Role.TEACHER), Locale.FRENCH), "lea"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.ofPupil(new Caller("t1", "s1", "T", Set.of(Role.TEACHER), Locale.FRENCH)))
                .isInstanceOf(NotFoundException.class);
    }

    private String answer(String activityId, Map<String, Object> values) {
        String id = UUID.randomUUID().toString();
        attempts.submit(lea, id, "mots-de-passe-solides", activityId, new LearnerResponse(values));
        return id;
    }
}
