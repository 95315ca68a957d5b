package be.classenumerique.core.progress.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.core.attempts.domain.ActivityResult;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.content.domain.CompetenceArea;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.progress.domain.Achievement;
import be.classenumerique.core.progress.domain.AreaProgress;
import be.classenumerique.core.progress.domain.CompetenceGrowth;
import be.classenumerique.core.progress.domain.CompetenceScore;
import be.classenumerique.core.progress.domain.LearningEvent;
import be.classenumerique.core.schools.service.SchoolRepository;
import be.classenumerique.core.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pupil's progress per DigComp area, from their latest results on the modules tagged with that area's
 * competences (a CRCN or DigCompEdu tag counts through the crosswalks), derived from the learning log so
 * it can be read at any past moment too. For the pupil and their parents.
 */
public final class CompetenceProgress {

    private static final String DIGCOMP = "digcomp";

    private final CompetenceFrameworks frameworks;
    private final ModuleCatalogue catalogue;
    private final AttemptService attempts;
    private final AccountRepository accounts;
    private final Guardianships guardianships;
    private final SchoolRepository schools;
    private final LearningEvents events;
    private final Clock clock;

    public CompetenceProgress(
            CompetenceFrameworks frameworks,
            ModuleCatalogue catalogue,
            AttemptService attempts,
            AccountRepository accounts,
            Guardianships guardianships,
            SchoolRepository schools,
            LearningEvents events,
            Clock clock) {
        this.events = events;
        this.clock = clock;
        this.schools = schools;
        this.frameworks = frameworks;
        this.catalogue = catalogue;
        this.attempts = attempts;
        this.accounts = accounts;
        this.guardianships = guardianships;
    }

    /**
     * @param caller a pupil
     * @return their progress per DigComp area, in the framework's order
     */
    public List<AreaProgress> ofPupil(Caller caller) {
        if (!caller.has(Role.PUPIL)) {
            throw new NotFoundException("pupil");
        }
        return accounts.findById(caller.accountId())
                .map(pupil -> of(pupil, clock.instant()))
                .orElseThrow(() -> new NotFoundException("pupil"));
    }

    /**
     * @param caller a parent
     * @param pupilId a child linked to them by a live guardianship
     * @return the child's progress per DigComp area
     * @throws NotFoundException for any other caller or child
     */
    public List<AreaProgress> ofChild(Caller caller, String pupilId) {
        return of(child(caller, pupilId), clock.instant());
    }

    /**
     * @param caller a pupil
     * @return their progress per DigComp competence, for the competences the catalogue works on
     */
    public List<CompetenceScore> competencesOfPupil(Caller caller) {
        if (!caller.has(Role.PUPIL)) {
            throw new NotFoundException("pupil");
        }
        return accounts.findById(caller.accountId())
                .map(this::competencesOf)
                .orElseThrow(() -> new NotFoundException("pupil"));
    }

    /**
     * @param caller a parent
     * @param pupilId a child linked to them by a live guardianship
     * @return the child's progress per DigComp competence
     * @throws NotFoundException for any other caller or child
     */
    public List<CompetenceScore> competencesOfChild(Caller caller, String pupilId) {
        return competencesOf(child(caller, pupilId));
    }

    /**
     * How a child's progress per DigComp area grew over a period ending now.
     *
     * @param caller a parent
     * @param pupilId a child linked to them by a live guardianship
     * @param period how far back to compare, e.g. four weeks
     * @return the progress then and now, area by area in the same order
     * @throws NotFoundException for any other caller or child
     */
    public CompetenceGrowth growthOfChild(Caller caller, String pupilId, Duration period) {
        Account child = child(caller, pupilId);
        Instant now = clock.instant();
        Instant since = now.minus(period);
        return new CompetenceGrowth(since, of(child, since), of(child, now));
    }

    /**
     * The modules a child finished, newest first.
     *
     * @param caller a parent
     * @param pupilId a child linked to them by a live guardianship
     * @param limit the most to return
     * @return the achievements
     * @throws NotFoundException for any other caller or child
     */
    public List<Achievement> achievementsOfChild(Caller caller, String pupilId, int limit) {
        List<LearningEvent> completed = events.of(child(caller, pupilId).id()).stream()
                .filter(event -> event.verb() == LearningEvent.Verb.COMPLETED)
                .toList();
        List<Achievement> achievements = new ArrayList<>();
        for (int i = completed.size() - 1; i >= 0 && achievements.size() < limit; i--) {
            LearningEvent event = completed.get(i);
            catalogue
                    .find(event.objectId())
                    .ifPresent(module -> achievements.add(new Achievement(
                            module.id(),
                            module.title(),
                            event.result().score(),
                            event.result().maxScore(),
                            event.at())));
        }
        return achievements;
    }

    private Account child(Caller caller, String pupilId) {
        return guardianships.childrenOf(caller).stream()
                .filter(child -> child.id().equals(pupilId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("pupil"));
    }

    /**
     * What a pupil could do next on their own: modules of their class's level they have not finished,
     * from the DigComp area where they have done least first.
     *
     * @param caller a pupil
     * @param limit how many to suggest
     * @return the modules, best first
     */
    public List<Module> nextFor(Caller caller, int limit) {
        if (!caller.has(Role.PUPIL)) {
            throw new NotFoundException("pupil");
        }
        Account pupil = accounts.findById(caller.accountId()).orElseThrow(() -> new NotFoundException("pupil"));
        Set<String> levels = new LinkedHashSet<>();
        pupil.classIds().forEach(classId -> schools.findClass(classId).ifPresent(found -> levels.add(found.level())));
        Map<String, Double> share = new HashMap<>();
        of(pupil, clock.instant()).forEach(area -> share.put(area.areaRef(), area.share()));
        return catalogue.all().stream()
                .filter(module -> module.levels().stream().anyMatch(levels::contains))
                .filter(module -> !finished(pupil, module))
                .sorted(java.util.Comparator.comparingDouble(module -> areasOf(module).stream()
                        .mapToDouble(area -> share.getOrDefault(area, 0.0))
                        .min()
                        .orElse(1.0)))
                .limit(limit)
                .toList();
    }

    private boolean finished(Account pupil, Module module) {
        for (String classId : pupil.classIds()) {
            Map<String, ActivityResult> results = attempts.pupilResults(pupil.id(), classId, module.id());
            if (module.activities().stream().allMatch(activity -> results.containsKey(activity.activityId()))) {
                return true;
            }
        }
        return false;
    }

    /** The progress per DigComp area as the learning log stood at a moment. */
    private List<AreaProgress> of(Account pupil, Instant asOf) {
        Map<String, int[]> counts = counts(pupil, asOf);
        List<AreaProgress> progress = new ArrayList<>();
        for (CompetenceArea area : frameworks.areas(DIGCOMP)) {
            int[] count = counts.getOrDefault(area.ref(), new int[2]);
            progress.add(new AreaProgress(area.ref(), count[0], count[1]));
        }
        return progress;
    }

    /** The progress per DigComp competence, for the competences something is available in. */
    private List<CompetenceScore> competencesOf(Account pupil) {
        Map<String, int[]> counts = counts(pupil, clock.instant());
        List<CompetenceScore> scores = new ArrayList<>();
        for (CompetenceArea area : frameworks.areas(DIGCOMP)) {
            for (String competence : area.competences()) {
                int[] count = counts.get(competence);
                if (count != null) {
                    scores.add(new CompetenceScore(competence, count[0], count[1]));
                }
            }
        }
        return scores;
    }

    /**
     * Each activity counts once in every DigComp competence and area it works on (its own tags, else its
     * module's; CRCN and DigCompEdu tags through the crosswalks): available, and succeeded when its latest
     * answer by then, in any class, was right (or the page read).
     *
     * @return a DigComp reference (area or competence) → {succeeded, available}
     */
    private Map<String, int[]> counts(Account pupil, Instant asOf) {
        // module → class → activity → whether the latest answer by then succeeded
        Map<String, Map<String, Map<String, Boolean>>> latest = new HashMap<>();
        for (LearningEvent event : events.of(pupil.id())) {
            if (event.verb() != LearningEvent.Verb.ANSWERED || event.at().isAfter(asOf)) {
                continue;
            }
            String outcome = event.result().outcome();
            latest.computeIfAbsent(event.context("moduleId"), ignored -> new HashMap<>())
                    .computeIfAbsent(event.context("classId"), ignored -> new HashMap<>())
                    .put(
                            event.objectId().substring(event.objectId().indexOf('/') + 1),
                            outcome.equals(Outcome.CORRECT.name()) || outcome.equals(Outcome.COMPLETED.name()));
        }
        // Every pack module, and the school's own modules the pupil has worked on.
        Set<Module> modules = new LinkedHashSet<>(catalogue.all());
        latest.keySet()
                .forEach(moduleId ->
                        catalogue.findFor(pupil.schoolId(), moduleId).ifPresent(modules::add));
        Map<String, int[]> counts = new HashMap<>();
        for (Module module : modules) {
            var byClass = latest.getOrDefault(module.id(), Map.of()).values();
            for (var activity : module.activities()) {
                boolean succeeded =
                        byClass.stream().anyMatch(results -> results.getOrDefault(activity.activityId(), false));
                for (String ref : digCompRefs(module.competencesOf(activity.activityId()))) {
                    int[] count = counts.computeIfAbsent(ref, ignored -> new int[2]);
                    count[0] += succeeded ? 1 : 0;
                    count[1]++;
                }
            }
        }
        return counts;
    }

    /** The DigComp competences and areas these tags stand for, directly or through a crosswalk. */
    private Set<String> digCompRefs(List<String> tags) {
        Set<String> refs = new LinkedHashSet<>();
        for (String tag : tags) {
            Set<String> related = new LinkedHashSet<>();
            related.add(tag);
            related.addAll(frameworks.crosswalk(tag));
            for (String ref : related) {
                if (ref.startsWith(DIGCOMP + ":")) {
                    String id = ref.substring(DIGCOMP.length() + 1);
                    refs.add(DIGCOMP + ":" + (id.contains(".") ? id.substring(0, id.indexOf('.')) : id));
                    if (id.contains(".")) {
                        refs.add(ref);
                    }
                }
            }
        }
        return refs;
    }

    /** The DigComp areas a module's competences belong to, directly or through a crosswalk. */
    private Set<String> areasOf(Module module) {
        Set<String> areas = new LinkedHashSet<>(digCompRefs(module.competences()));
        areas.removeIf(ref -> ref.contains("."));
        return areas;
    }
}
