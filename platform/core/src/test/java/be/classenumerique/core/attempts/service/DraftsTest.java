package be.classenumerique.core.attempts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.core.MutableClock;
import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.content.service.ContentLoader;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers not yet sent survive leaving the page; each pupil sees only their own. */
class DraftsTest {

    private static final String MODULE = "mots-de-passe-solides";

    @TempDir
    Path data;

    private DocumentStore store;
    private Drafts drafts;
    private final Caller lea = caller("lea", Role.PUPIL);

    @BeforeEach
    void setUp() {
        store = DocumentStore.embedded(data);
        ModuleCatalogue catalogue = new ModuleCatalogue(new ContentLoader(TestActivityTypes.registry())
                .load(ContentLoader.packFolders(Path.of("../../content"))));
        drafts = new Drafts(store, catalogue, new MutableClock(Instant.parse("2026-10-05T07:00:00Z")));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aDraftComesBackUntilTheAnswerIsSent() {
        drafts.keep(lea, MODULE, "le-plus-solide", new LearnerResponse(Map.of("choice", 1)));
        drafts.keep(lea, MODULE, "le-plus-solide", new LearnerResponse(Map.of("choice", 2)));
        drafts.keep(lea, MODULE, "meilleur-ami", new LearnerResponse(Map.of("choice", 0)));

        assertThat(drafts.of(lea, MODULE)).hasSize(2);
        assertThat(drafts.of(lea, MODULE).get("le-plus-solide").integer("choice"))
                .contains(2);
        assertThat(drafts.of(caller("noah", Role.PUPIL), MODULE)).isEmpty();
        assertThat(drafts.allForPrivacyRequest("lea")).containsOnlyKeys(MODULE);

        drafts.sent(lea, MODULE, "le-plus-solide");
        assertThat(drafts.of(lea, MODULE)).containsOnlyKeys("meilleur-ami");
        drafts.forgetForErasure("lea");
        assertThat(drafts.of(lea, MODULE)).isEmpty();
    }

    @Test
    void onlyPupilsKeepDraftsOfRealActivitiesOfAReasonableSize() {
        assertThatThrownBy(() -> drafts.keep(
                        caller("t1", Role.TEACHER), MODULE, "le-plus-solide", new LearnerResponse(Map.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts.keep(lea, MODULE, "nope", new LearnerResponse(Map.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> drafts.keep(
                        lea, MODULE, "le-plus-solide", new LearnerResponse(Map.of("text", "x".repeat(20_000)))))
                .isInstanceOf(RefusedException.class);
        assertThat(drafts.of(lea, MODULE)).isEmpty();
    }

    private static Caller caller(String id, Role role) {
        return new Caller(id, "s1", id, Set.of(role), Locale.FRENCH);
    }
}
