package be.classenumerique.core.authoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.core.MutableClock;
import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.authoring.domain.ActivityDraft;
import be.classenumerique.core.authoring.domain.ModuleDraft;
import be.classenumerique.core.authoring.domain.WrittenModule;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.content.service.CompetenceFrameworks;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.search.service.ModuleIndex;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teachers' own modules on the real embedded store and a real index: checked, versioned, kept to the school. */
class WrittenModulesTest {

    @TempDir
    Path data;

    private final Caller author = caller("t1", "s1", Role.TEACHER);
    private final Caller colleague = caller("t2", "s1", Role.TEACHER);
    private final Caller pupil = caller("p1", "s1", Role.PUPIL);
    private final Caller otherSchool = caller("t9", "s2", Role.TEACHER);
    private final Caller parent = caller("mum", "s1", Role.PARENT);

    private DocumentStore store;
    private ModuleCatalogue catalogue;
    private ModuleIndex index;
    private WrittenModules written;

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        start();
    }

    private void start() {
        CompetenceFrameworks frameworks = CompetenceFrameworks.load(Path.of("../../content"));
        ActivityTypeRegistry types = TestActivityTypes.registry();
        ContentLoader loader = new ContentLoader(types, frameworks::knows);
        catalogue = new ModuleCatalogue(loader.load(ContentLoader.packFolders(Path.of("../../content"))));
        index = new ModuleIndex();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-02T08:00:00Z"));
        // As at the platform's start: the packs are indexed, then the schools' own modules are added.
        index.rebuild(catalogue.all());
        written = new WrittenModules(
                store, catalogue, loader, index, types, new AuditLog(store, clock), clock, new SecureRandom());
        assertThat(written.loadAll()).isEmpty();
    }

    @AfterEach
    void tearDown() {
        index.close();
        store.close();
    }

    @Test
    void aNewModuleIsTheAuthorsUntilSharedAndSearchableAtOnce() {
        WrittenModule saved = written.create(author, draft("Les cookies du navigateur"), null);

        String id = saved.module().id();
        assertThat(id).startsWith("ecole-");
        assertThat(saved.module().version()).isEqualTo(1);
        assertThat(saved.module().source()).isEqualTo(ModuleCatalogue.SCHOOL_SOURCE);
        assertThat(saved.module().activities())
                .extracting(a -> a.activityId())
                .containsExactly("activite-1", "activite-2");
        assertThat(index.search("cookies", 10, "s1", "t1")).containsExactly(id);
        assertThat(index.search("cookies", 10, "s1", "t2")).isEmpty();
        assertThat(index.search("cookies", 10)).isEmpty();
        assertThat(written.canOpen(colleague, id)).isFalse();
        assertThat(ownModules(written.modulesFor(colleague))).isEmpty();
        assertThat(ownModules(written.modulesFor(author))).containsExactly(id);
        assertThatThrownBy(() -> written.forPreview(colleague, id)).isInstanceOf(NotFoundException.class);

        written.share(author, id, true);

        assertThat(index.search("cookis", 10, "s1", "t2")).containsExactly(id);
        assertThat(written.search(colleague, "cookis", 10))
                .extracting(Module::id)
                .containsExactly(id);
        assertThat(written.suggest(colleague, "cook", 10))
                .extracting(Module::id)
                .containsExactly(id);
        assertThat(written.canOpen(colleague, id)).isTrue();
        assertThat(ownModules(written.modulesFor(colleague))).containsExactly(id);
        assertThat(written.forPreview(colleague, id).id()).isEqualTo(id);
        assertThat(written.canOpen(pupil, id)).isTrue();
        assertThat(catalogue.findFor("s1", id)).isPresent();
    }

    @Test
    void anotherSchoolNeverSeesNorUsesIt() {
        String id = written.create(author, draft("Les cookies du navigateur"), null)
                .module()
                .id();
        written.share(author, id, true);

        assertThat(index.search("cookies", 10, "s2", "t9")).isEmpty();
        assertThat(written.canOpen(otherSchool, id)).isFalse();
        assertThat(written.canOpen(caller("p9", "s2", Role.PUPIL), id)).isFalse();
        assertThat(catalogue.findFor("s2", id)).isEmpty();
        assertThat(ownModules(written.modulesFor(otherSchool))).isEmpty();
        assertThat(written.search(otherSchool, "cookies", 10)).isEmpty();
        assertThatThrownBy(() -> written.forPreview(otherSchool, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> written.tryOut(otherSchool, id, "activite-2", new LearnerResponse(Map.of("choice", 0))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> written.draftOf(otherSchool, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> written.update(otherSchool, id, draft("Pris"), 1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> written.share(otherSchool, id, false)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheAuthorChangesItAndEachChangeRaisesTheVersionKeepingActivityIds() {
        String id = written.create(author, draft("Les cookies du navigateur"), null)
                .module()
                .id();
        written.share(author, id, true);
        ModuleDraft edited = written.draftOf(author, id);
        List<ActivityDraft> activities = new ArrayList<>(edited.activities());
        activities.addFirst(lesson("Avant de commencer", "Un mot sur les **traceurs**."));
        ModuleDraft changed = new ModuleDraft(
                "Les cookies et les traceurs",
                edited.summary(),
                edited.language(),
                edited.levels(),
                edited.durationMinutes(),
                edited.competences(),
                edited.licence(),
                activities);

        WrittenModule saved = written.update(author, id, changed, 1);

        assertThat(saved.module().version()).isEqualTo(2);
        assertThat(saved.module().activities())
                .extracting(a -> a.activityId())
                .containsExactly("activite-3", "activite-1", "activite-2");
        assertThat(index.search("traceurs", 10, "s1", "t2")).containsExactly(id);
        assertThatThrownBy(() -> written.update(author, id, changed, 1))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("authoring.changed");
        for (Caller other : List.of(colleague, pupil, parent, caller("a1", "s1", Role.SCHOOL_ADMIN))) {
            assertThatThrownBy(() -> written.update(other, id, changed, 2)).isInstanceOf(NotFoundException.class);
        }
        assertThat(catalogue.find(id).orElseThrow().title()).isEqualTo("Les cookies et les traceurs");
    }

    @Test
    void aCatalogueModuleIsAdaptedIntoACopyThatKeepsItsImages() {
        ModuleDraft copy = written.draftOf(author, "pas-a-pas");

        WrittenModule saved = written.create(author, copy, "pas-a-pas");

        assertThat(saved.authorship().basedOn()).isEqualTo("pas-a-pas");
        assertThat(saved.module().activities())
                .hasSameSizeAs(catalogue.find("pas-a-pas").orElseThrow().activities());
        assertThat(catalogue.find("pas-a-pas").orElseThrow().source()).isEqualTo("content");
        ModuleDraft closed = written.draftOf(author, "pas-a-pas");
        assertThatThrownBy(() -> written.create(
                        author,
                        new ModuleDraft(
                                closed.title(),
                                closed.summary(),
                                closed.language(),
                                closed.levels(),
                                closed.durationMinutes(),
                                closed.competences(),
                                "all-rights-reserved",
                                closed.activities()),
                        "pas-a-pas"))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("authoring.licence.share-alike");
        WrittenModule passwords =
                written.create(author, written.draftOf(author, "mots-de-passe-solides"), "mots-de-passe-solides");
        assertThat(passwords.module().competencesOf("meilleur-ami")).containsExactly("digcomp:4.2");
        assertThat(passwords.module().competencesOf("pourquoi")).containsExactly("digcomp:4.1", "digcomp:4.2");
    }

    @Test
    void incompleteOrUnsafeModulesAreRefusedWithAReasonAndNothingIsSaved() {
        assertRefused(draft(" "), "authoring.title.invalid");
        assertRefused(withActivities(List.of()), "authoring.activities.invalid");
        assertRefused(withActivities(List.of(lesson("", "texte"))), "authoring.activity.title");
        assertRefused(
                withActivities(List.of(lesson("Image", "![un chat](https://example.org/chat.png)"))),
                "authoring.image.refused");
        assertRefused(
                withActivities(List.of(lesson("Image", "![](/content-files/pas-a-pas/images/robot.svg)"))),
                "authoring.image.alt");
        assertRefused(
                withActivities(List.of(lesson("Image", "![robot](/content-files/pas-a-pas/../../secret.svg)"))),
                "authoring.image.refused");
        for (String hidden : List.of(
                "![un chat](https://example.org/chat.png \"un titre\")",
                "![un chat][chat]\n\n[chat]: https://example.org/chat.png",
                "![chat]\n\n[chat]: /carte/TOKEN",
                "![robot](/content-files/%2e%2e/carte/TOKEN)",
                "![robot](/content-files/pas-a-pas/images/absent.svg)")) {
            assertRefused(withActivities(List.of(lesson("Image", hidden))), "authoring.image.refused");
        }
        assertRefused(
                withActivities(List.of(lesson("Image", "![][r]\n\n[r]: /content-files/pas-a-pas/images/robot.svg"))),
                "authoring.image.alt");
        assertRefused(withActivities(List.of(lesson("Long", "x".repeat(20_001)))), "authoring.activity.too-long");
        assertRefused(
                withActivities(List.of(new ActivityDraft(null, "builtin:single-choice", Map.of("title", "Q")))),
                "authoring.activity.prompt");
        Map<String, Object> wrongAnswer =
                new java.util.LinkedHashMap<>(question().fields());
        wrongAnswer.put("answer", 7);
        assertRefused(
                withActivities(List.of(new ActivityDraft(null, "builtin:single-choice", wrongAnswer))),
                "authoring.invalid");
        assertRefused(
                withActivities(List.of(
                        new ActivityDraft(null, "plugin:unknown", question().fields()))),
                "authoring.invalid");
        assertThat(store.collection("written_modules").countDocuments()).isZero();
        assertThat(catalogue.writtenIn("s1")).isEmpty();
    }

    @Test
    void onlyTeachersAndAdminsOfASchoolWrite() {
        for (Caller nobody : List.of(pupil, parent, caller("root", null, Role.PLATFORM_ADMIN))) {
            assertThatThrownBy(() -> written.create(nobody, draft("Essai"), null))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void savedModulesComeBackAfterARestart() {
        String id = written.create(author, draft("Les cookies du navigateur"), null)
                .module()
                .id();
        written.share(author, id, true);

        start();

        assertThat(catalogue.find(id)).isPresent();
        assertThat(catalogue.authorship(id).orElseThrow().shared()).isTrue();
        assertThat(index.search("cookies", 10, "s1", "t2")).containsExactly(id);
    }

    @Test
    void anotherNodeTakesInWhatThisOneSaved() {
        ModuleCatalogue thisCatalogue = catalogue;
        ModuleIndex thisIndex = index;
        WrittenModules thisNode = written;
        start();
        WrittenModules otherNode = written;
        try {
            String id = thisNode.create(author, draft("Les cookies du navigateur"), null)
                    .module()
                    .id();
            thisNode.share(author, id, true);
            assertThat(catalogue.find(id)).isEmpty();

            assertThat(otherNode.refreshFromStore()).isEqualTo(1);
            assertThat(otherNode.refreshFromStore()).isZero();

            assertThat(catalogue.findFor("s1", id)).isPresent();
            assertThat(index.search("cookies", 10, "s1", "t2")).containsExactly(id);
            ModuleDraft changed = thisNode.draftOf(author, id);
            thisNode.update(author, id, changed, 1);
            thisNode.share(author, id, false);
            assertThat(otherNode.refreshFromStore()).isEqualTo(1);
            assertThat(catalogue.find(id).orElseThrow().version()).isEqualTo(2);
            assertThat(index.search("cookies", 10, "s1", "t2")).isEmpty();
        } finally {
            thisIndex.close();
        }
        assertThat(thisCatalogue.find("pas-a-pas")).isPresent();
    }

    @Test
    void aPreviewGradesAnAnswerLikeAPupilsAndStoresNothing() {
        String id = written.create(author, draft("Les cookies du navigateur"), null)
                .module()
                .id();

        assertThat(written.tryOut(author, id, "activite-2", new LearnerResponse(Map.of("choice", 0)))
                        .outcome())
                .isEqualTo(Outcome.CORRECT);
        assertThat(written.tryOut(author, id, "activite-2", new LearnerResponse(Map.of("choice", 1)))
                        .outcome())
                .isEqualTo(Outcome.INCORRECT);
        assertThat(store.collection("attempts").countDocuments()).isZero();
        assertThatThrownBy(() -> written.tryOut(pupil, id, "activite-2", new LearnerResponse(Map.of("choice", 0))))
                .isInstanceOf(NotFoundException.class);
    }

    private static List<String> ownModules(List<Module> modules) {
        return modules.stream()
                .filter(module -> module.source().equals(ModuleCatalogue.SCHOOL_SOURCE))
                .map(Module::id)
                .toList();
    }

    private void assertRefused(ModuleDraft draft, String key) {
        assertThatThrownBy(() -> written.create(author, draft, null))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo(key);
    }

    private static ModuleDraft draft(String title) {
        return new ModuleDraft(
                title,
                "Comprendre ce que les sites retiennent de nous.",
                Locale.FRENCH,
                List.of("P6"),
                20,
                List.of("digcomp:4.2"),
                "CC-BY-SA-4.0",
                List.of(lesson("Un cookie, c’est quoi ?", "Un petit fichier que le site laisse."), question()));
    }

    private static ModuleDraft withActivities(List<ActivityDraft> activities) {
        ModuleDraft base = draft("Essai");
        return new ModuleDraft(
                base.title(),
                base.summary(),
                base.language(),
                base.levels(),
                base.durationMinutes(),
                base.competences(),
                base.licence(),
                activities);
    }

    private static ActivityDraft lesson(String title, String body) {
        return new ActivityDraft(null, "builtin:lesson", Map.of("title", title, "body", body));
    }

    private static ActivityDraft question() {
        return new ActivityDraft(
                null,
                "builtin:single-choice",
                Map.of(
                        "title",
                        "Qui lit les cookies ?",
                        "prompt",
                        "Quel site peut lire un cookie ?",
                        "choices",
                        List.of("Celui qui l’a déposé", "Tous les sites"),
                        "answer",
                        0,
                        "feedback",
                        Map.of("correct", "Oui.", "incorrect", "Non : seul le site qui l’a déposé.")));
    }

    private static Caller caller(String id, String schoolId, Role role) {
        return new Caller(id, schoolId, id, Set.of(role), Locale.FRENCH);
    }
}
