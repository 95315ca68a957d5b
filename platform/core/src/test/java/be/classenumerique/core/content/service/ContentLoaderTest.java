package be.classenumerique.core.content.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.core.TestActivityTypes;
import be.classenumerique.core.content.domain.ContentProblem;
import be.classenumerique.core.content.domain.Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    private static final Path REPOSITORY_CONTENT = Path.of("../../content");

    private final ContentLoader loader = new ContentLoader(TestActivityTypes.registry());

    @TempDir
    Path content;

    @Test
    void theRepositorysOwnPacksAreValid() {
        ContentLoader.Result result = loader.load(ContentLoader.packFolders(REPOSITORY_CONTENT));

        assertThat(result.problems()).isEmpty();
        assertThat(result.modules()).extracting(Module::id).contains("mots-de-passe-solides");
        Module passwords = result.modules().getFirst();
        assertThat(passwords.language().getLanguage()).isEqualTo("fr");
        assertThat(passwords.activity("le-plus-solide")).isPresent();
    }

    @Test
    void aBrokenPackIsSkippedWithFileAndLineWhileTheOthersLoad() throws IOException {
        pack("good", "good-module", validModule("good-module"));
        pack("broken", "broken-module", validModule("broken-module").replace("    answer: 1", "    answer: 7"));

        ContentLoader.Result result = loader.load(ContentLoader.packFolders(content));

        assertThat(result.modules()).extracting(Module::id).containsExactly("good-module");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("broken/modules/broken-module.yaml");
            assertThat(problem.line()).isEqualTo(lineOf(validModule("broken-module"), "    answer: 1"));
            assertThat(problem.message()).contains("'answer'").contains("q1");
        });
    }

    @Test
    void lessonImagesNeedAnAltTextAndAFileOfThePack() throws IOException {
        pack(
                "pictures",
                "with-image",
                validModule("with-image")
                        .replace("body: Bonjour.", "body: \"Bonjour. ![Un robot](images/robot.png)\""));
        Files.createDirectories(content.resolve("packs/pictures/images"));
        Files.write(content.resolve("packs/pictures/images/robot.png"), new byte[] {1, 2, 3});
        pack("no-alt", "no-alt", validModule("no-alt").replace("body: Bonjour.", "body: \"![](images/x.png)\""));
        pack(
                "elsewhere",
                "elsewhere",
                validModule("elsewhere")
                        .replace(
                                "body: Bonjour.",
                                "body: \"![Un robot](https://example.com/x.png) ![Deux](../x.png)\""));

        ContentLoader.Result result = loader.load(ContentLoader.packFolders(content));

        assertThat(result.modules()).extracting(Module::id).containsExactly("with-image");
        assertThat(result.modules().getFirst().activity("intro").orElseThrow().text("body"))
                .hasValueSatisfying(
                        body -> assertThat(body).contains("![Un robot](/content-files/with-image/images/robot.png)"));
        assertThat(result.problems())
                .extracting(ContentProblem::message)
                .anySatisfy(message -> assertThat(message).contains("needs an alt text"))
                .anySatisfy(message -> assertThat(message).contains("https://example.com/x.png"))
                .anySatisfy(message -> assertThat(message).contains("../x.png"));
        ModuleCatalogue catalogue = new ModuleCatalogue(result);
        assertThat(catalogue.file("with-image", "images/robot.png")).isPresent();
        assertThat(catalogue.file("with-image", "../pack.yaml")).isEmpty();
        assertThat(catalogue.file("with-image", "pack.yaml")).isEmpty();
    }

    @Test
    void aLessonMayBeReadAloudFromARecordingOfItsPack() throws IOException {
        pack(
                "spoken",
                "spoken",
                validModule("spoken").replace("body: Bonjour.", "body: Bonjour.\n    audio: audio/bonjour.ogg"));
        Files.createDirectories(content.resolve("packs/spoken/audio"));
        Files.write(content.resolve("packs/spoken/audio/bonjour.ogg"), new byte[] {1, 2, 3});
        pack(
                "missing",
                "missing",
                validModule("missing").replace("body: Bonjour.", "body: Bonjour.\n    audio: x.ogg"));
        pack("other", "other", validModule("other").replace("body: Bonjour.", "body: Bonjour.\n    audio: x.exe"));
        pack("heavy", "heavy", validModule("heavy").replace("body: Bonjour.", "body: Bonjour.\n    audio: big.wav"));
        Files.write(content.resolve("packs/heavy/big.wav"), new byte[5 * 1024 * 1024 + 1]);

        ContentLoader.Result result = loader.load(ContentLoader.packFolders(content));

        assertThat(result.modules()).extracting(Module::id).containsExactly("spoken");
        assertThat(result.modules().getFirst().activity("intro").orElseThrow().text("audio"))
                .hasValue("/content-files/spoken/audio/bonjour.ogg");
        assertThat(result.problems())
                .extracting(ContentProblem::message)
                .anySatisfy(message -> assertThat(message).contains("'x.ogg' is not in the pack"))
                .anySatisfy(message -> assertThat(message).contains("'x.exe' must be a .mp3"))
                .anySatisfy(message -> assertThat(message).contains("'big.wav'").contains("5 MB"));
        assertThat(new ModuleCatalogue(result).file("spoken", "audio/bonjour.ogg"))
                .isPresent();
    }

    @Test
    void anActivityMayWorkOnNarrowerCompetencesThanItsModule() throws IOException {
        pack(
                "tagged",
                "tagged",
                validModule("tagged").replace("body: Bonjour.", "body: Bonjour.\n    competences: [digcomp:4.2]"));
        pack(
                "badly-tagged",
                "badly-tagged",
                validModule("badly-tagged")
                        .replace("body: Bonjour.", "body: Bonjour.\n    competences: [digcomp:9.9]"));

        ContentLoader.Result result = loader.load(ContentLoader.packFolders(content));

        Module tagged = result.modules().getFirst();
        assertThat(tagged.id()).isEqualTo("tagged");
        assertThat(tagged.competencesOf("intro")).containsExactly("digcomp:4.2");
        assertThat(tagged.competencesOf("q1")).isEqualTo(tagged.competences());
        assertThat(tagged.activity("intro").orElseThrow().values()).doesNotContainKey("competences");
        assertThat(result.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("unknown competence 'digcomp:9.9'"));
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        pack("bad", "bad-module", "id: bad-module\nversion: 1\ntitle: [unclosed\nsummary: x\n");

        ContentProblem problem =
                loader.load(ContentLoader.packFolders(content)).problems().getFirst();

        assertThat(problem.file()).endsWith("bad-module.yaml");
        assertThat(problem.line()).isGreaterThanOrEqualTo(3);
        assertThat(problem.message()).startsWith("not valid YAML");
    }

    @Test
    void unknownKeysTypesCompetencesAndLevelsAreEachReported() throws IOException {
        String module = validModule("odd")
                .replace("competences: [digcomp:4.1]", "competences: [digcomp:2.9]")
                .replace("levels: [P5, P6]", "levels: [P5, Q9]")
                .replace("type: builtin:lesson", "type: builtin:hologram")
                .replace("licence: CC-BY-SA-4.0", "licence: CC-BY-SA-4.0\ncolour: blue");
        pack("odd", "odd", module);

        ContentLoader.Result result = loader.load(ContentLoader.packFolders(content));

        assertThat(result.modules()).isEmpty();
        assertThat(result.problems())
                .extracting(ContentProblem::message)
                .anySatisfy(message -> assertThat(message).contains("unknown competence 'digcomp:2.9'"))
                .anySatisfy(message -> assertThat(message).contains("unknown level 'Q9'"))
                .anySatisfy(message -> assertThat(message).contains("unknown activity type 'builtin:hologram'"))
                .anySatisfy(message -> assertThat(message).contains("unknown key 'colour'"));
    }

    @Test
    void aMissingModuleFileAndAPathLeavingThePackAreRefused() throws IOException {
        Path pack = Files.createDirectories(content.resolve("packs/holes"));
        Files.writeString(
                pack.resolve("pack.yaml"),
                "id: holes\nversion: 1\ntitle: {fr: Trous}\nlicence: CC0-1.0\nmodules:\n  - modules/absent.yaml\n  - ../../etc/passwd\n");

        ContentLoader.Result result = loader.load(ContentLoader.packFolders(content));

        assertThat(result.problems())
                .extracting(ContentProblem::toString)
                .anySatisfy(text -> assertThat(text).contains("absent.yaml: file not found"))
                .anySatisfy(text -> assertThat(text).contains("leaves the pack"));
    }

    @Test
    void aModuleIdUsedByTwoPacksLoadsOnlyOnce() throws IOException {
        pack("first", "same", validModule("same"));
        pack("second", "same", validModule("same"));

        ContentLoader.Result result = loader.load(ContentLoader.packFolders(content));

        assertThat(result.modules()).hasSize(1);
        assertThat(result.problems())
                .singleElement()
                .extracting(ContentProblem::message)
                .asString()
                .contains("already used");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        pack("latin", "latin", "");
        Files.write(
                content.resolve("packs/latin/modules/latin.yaml"),
                validModule("latin").replace("Leçon", "Le\u00e7on").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(loader.load(ContentLoader.packFolders(content)).problems())
                .singleElement()
                .extracting(ContentProblem::message)
                .isEqualTo("not UTF-8 text");
    }

    @Test
    void digCompIdsFollowTheFrameworksShape() {
        assertThat(ContentLoader.isDigComp("digcomp:1.3")).isTrue();
        assertThat(ContentLoader.isDigComp("digcomp:2.6")).isTrue();
        assertThat(ContentLoader.isDigComp("digcomp:1.4")).isFalse();
        assertThat(ContentLoader.isDigComp("digcomp:6.1")).isFalse();
        assertThat(ContentLoader.isDigComp("DigComp 1.1")).isFalse();
    }

    private void pack(String folder, String moduleId, String module) throws IOException {
        Path pack = Files.createDirectories(
                        content.resolve("packs").resolve(folder).resolve("modules"))
                .getParent();
        Files.writeString(
                pack.resolve("pack.yaml"),
                "id: " + folder + "\nversion: 1\ntitle:\n  fr: Paquet " + folder
                        + "\nlicence: CC-BY-SA-4.0\nmodules:\n  - modules/" + moduleId + ".yaml\n");
        Files.writeString(pack.resolve("modules").resolve(moduleId + ".yaml"), module);
    }

    private static int lineOf(String text, String line) {
        return text.substring(0, text.indexOf(line)).split("\n", -1).length;
    }

    private static String validModule(String id) {
        return """
                id: %s
                version: 1
                language: fr
                title: Leçon d’essai
                summary: Un module pour les tests.
                levels: [P5, P6]
                durationMinutes: 10
                competences: [digcomp:4.1]
                licence: CC-BY-SA-4.0
                activities:
                  - id: intro
                    type: builtin:lesson
                    title: Introduction
                    body: Bonjour.
                  - id: q1
                    type: builtin:single-choice
                    title: Question
                    prompt: Laquelle ?
                    choices: [a, b]
                    answer: 1
                """.formatted(id);
    }
}
