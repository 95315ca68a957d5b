package be.classenumerique.app.activities;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.api.ui.LearnerViewContext;
import be.classenumerique.app.i18n.PlatformI18nProvider;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import be.classenumerique.core.content.service.ContentLoader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in question types grade on the server, tolerate any response, and refuse bad configurations. */
class QuestionTypesTest {

    private static final PlatformI18nProvider I18N = new PlatformI18nProvider();
    private static final Map<String, Object> FEEDBACK = Map.of("correct", "Bravo", "incorrect", "Non");

    @Test
    void multipleChoiceCountsRightTicksAndTakesWrongOnesBack() {
        MultipleChoiceActivity type = new MultipleChoiceActivity(I18N);
        ActivityConfig config =
                config(type, Map.of("choices", List.of("a", "b", "c", "d"), "answers", List.of(0, 1, 3)));

        assertThat(type.validate(config)).isEmpty();
        assertThat(grade(type, config, Map.of("choices", List.of(0, 1, 3))).outcome())
                .isEqualTo(Outcome.CORRECT);
        assertThat(grade(type, config, Map.of("choices", List.of(0, 1))).score())
                .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(grade(type, config, Map.of("choices", List.of(0, 1, 2, 3))).outcome())
                .isEqualTo(Outcome.PARTIAL);
        assertThat(grade(type, config, Map.of("choices", List.of(2))).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(grade(type, config, Map.of("choices", "not a list")).outcome())
                .isEqualTo(Outcome.INCORRECT);
        assertThat(type.validate(config(type, Map.of("choices", List.of("a", "b"), "answers", List.of(5)))))
                .extracting(problem -> problem.field())
                .contains("answers");
    }

    @Test
    void trueFalseWantsABoolean() {
        TrueFalseActivity type = new TrueFalseActivity(I18N);
        ActivityConfig config = config(type, Map.of("answer", false, "hint", "Réfléchis"));

        assertThat(type.validate(config)).isEmpty();
        assertThat(grade(type, config, Map.of("value", false)).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(grade(type, config, Map.of("value", true)).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(grade(type, config, Map.of("value", "false")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.validate(config(type, Map.of("answer", "faux")))).isNotEmpty();
    }

    @Test
    void aNumberIsRightWithinItsToleranceWrittenAsPupilsWriteIt() {
        NumberActivity type = new NumberActivity(I18N);
        ActivityConfig config = config(type, Map.of("answer", 1500.5, "tolerance", 0.5, "unit", "m"));

        assertThat(type.validate(config)).isEmpty();
        for (String right : List.of("1500,5", "1 500.5", "1500", "+1501", "1\u202f500,9")) {
            assertThat(grade(type, config, Map.of("text", right)).outcome())
                    .as(right)
                    .isEqualTo(Outcome.CORRECT);
        }
        for (String wrong : List.of("1499,9", "quinze cents", "", "1e3", "9".repeat(40))) {
            assertThat(grade(type, config, Map.of("text", wrong)).outcome())
                    .as(wrong)
                    .isEqualTo(Outcome.INCORRECT);
        }
        assertThat(type.validate(config(type, Map.of("answer", 3, "tolerance", -1))))
                .isNotEmpty();
    }

    @Test
    void aShortTextForgivesCaseSpacesAndAccentsUnlessAccentsAreRequired() {
        ShortTextActivity type = new ShortTextActivity(I18N);
        ActivityConfig lenient = config(type, Map.of("answers", List.of("Élève", "écolier")));
        ActivityConfig strict = config(type, Map.of("answers", List.of("élève"), "accents", "required"));

        assertThat(type.validate(lenient)).isEmpty();
        assertThat(grade(type, lenient, Map.of("text", "  eleve. ")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(grade(type, lenient, Map.of("text", "ÉCOLIER")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(grade(type, strict, Map.of("text", "eleve")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(grade(type, strict, Map.of("text", "Élève")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(grade(type, lenient, Map.of("text", "")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(grade(type, lenient, Map.of()).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.validate(config(type, Map.of("answers", List.of("x"), "accents", "maybe"))))
                .isNotEmpty();
    }

    @Test
    void theRepositorysContentIsValidForTheRealTypes() {
        ActivityTypeRegistry registry = new ActivityTypeRegistry(List.of(
                new LessonActivity(I18N, (moduleId, path) -> true),
                new SingleChoiceActivity(I18N),
                new MultipleChoiceActivity(I18N),
                new TrueFalseActivity(I18N),
                new NumberActivity(I18N),
                new ShortTextActivity(I18N),
                new OrderingActivity(I18N),
                new MatchingActivity(I18N),
                new FillInBlanksActivity(I18N)));

        ContentLoader.Result result =
                new ContentLoader(registry).load(ContentLoader.packFolders(Path.of("../../content")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.modules())
                .extracting(module -> module.id())
                .contains("mots-de-passe-solides", "infos-ou-intox", "pas-a-pas");
    }

    @Test
    void orderingCountsEachItemInItsPlace() {
        OrderingActivity type = new OrderingActivity(I18N);
        ActivityConfig config = config(type, Map.of("items", List.of("a", "b", "c", "d")));

        assertThat(type.validate(config)).isEmpty();
        assertThat(grade(type, config, Map.of("order", List.of(0, 1, 2, 3))).outcome())
                .isEqualTo(Outcome.CORRECT);
        assertThat(grade(type, config, Map.of("order", List.of(1, 0, 2, 3))).score())
                .isEqualTo(0.5);
        assertThat(grade(type, config, Map.of("order", List.of(0, 0, 0, 0))).outcome())
                .isEqualTo(Outcome.INCORRECT);
        assertThat(grade(type, config, Map.of("order", List.of(0, 1, 2))).outcome())
                .isEqualTo(Outcome.INCORRECT);
        assertThat(type.validate(config(type, Map.of("items", List.of("seul")))))
                .isNotEmpty();
    }

    @Test
    void matchingCountsEachRightPair() {
        MatchingActivity type = new MatchingActivity(I18N);
        ActivityConfig config = config(
                type,
                Map.of(
                        "pairs",
                        List.of(
                                Map.of("left", "chat", "right", "cat"),
                                Map.of("left", "chien", "right", "dog"),
                                Map.of("left", "oiseau", "right", "bird"))));

        assertThat(type.validate(config)).isEmpty();
        assertThat(grade(type, config, Map.of("matches", Map.of("0", 0, "1", 1, "2", 2)))
                        .outcome())
                .isEqualTo(Outcome.CORRECT);
        assertThat(grade(type, config, Map.of("matches", Map.of("0", 0, "1", 2, "2", 1)))
                        .outcome())
                .isEqualTo(Outcome.PARTIAL);
        assertThat(grade(type, config, Map.of("matches", Map.of("x", 0))).outcome())
                .isEqualTo(Outcome.INCORRECT);
        assertThat(type.validate(config(type, Map.of("pairs", List.of(Map.of("left", "seul"))))))
                .isNotEmpty();
    }

    @Test
    void blanksForgiveCaseAndAccentsAndAcceptAlternatives() {
        FillInBlanksActivity type = new FillInBlanksActivity(I18N);
        ActivityConfig config = config(type, Map.of("text", "Dans l’[[ordre]], sans [[bug|bogue]]."));

        assertThat(type.validate(config)).isEmpty();
        assertThat(grade(type, config, Map.of("blanks", List.of("ORDRE", "Bogue")))
                        .outcome())
                .isEqualTo(Outcome.CORRECT);
        assertThat(grade(type, config, Map.of("blanks", List.of("ordre", "erreur")))
                        .score())
                .isEqualTo(0.5);
        assertThat(grade(type, config, Map.of("blanks", "ordre")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.validate(config(type, Map.of("text", "Pas de trou.")))).isNotEmpty();
    }

    @Test
    void everyQuestionTypeShowsItsWholeQuestionAsTextThatLabelsTheAnswer() {
        String question = "Dans le groupe de ta classe, quelqu'un partage une photo gênante d'une élève pour se"
                + " moquer d'elle. Plein de monde réagit avec des émojis qui rient. Que fais-tu ?";
        Map<QuestionActivity, Map<String, Object>> types = Map.of(
                new SingleChoiceActivity(I18N), Map.of("choices", List.of("a", "b"), "answer", 0),
                new MultipleChoiceActivity(I18N), Map.of("choices", List.of("a", "b"), "answers", List.of(0)),
                new TrueFalseActivity(I18N), Map.of("answer", true),
                new NumberActivity(I18N), Map.of("answer", 3, "unit", "m"),
                new ShortTextActivity(I18N), Map.of("answers", List.of("oui")),
                new OrderingActivity(I18N), Map.of("items", List.of("a", "b")),
                new MatchingActivity(I18N), Map.of("pairs", List.of(Map.of("left", "chat", "right", "cat"))),
                new FillInBlanksActivity(I18N), Map.of("text", "Un [[trou]]."));
        types.forEach((type, own) -> {
            Map<String, Object> values = new HashMap<>(config(type, own).values());
            values.put("prompt", question);
            ActivityConfig config = new ActivityConfig("q-1", type.id(), Locale.FRENCH, values);
            Component shown = type.learnerView(
                            new LearnerViewContext(config, Locale.FRENCH, Optional.empty(), () -> {}))
                    .component();

            List<Component> all = descendants(shown).toList();
            Paragraph asked = all.stream()
                    .filter(Paragraph.class::isInstance)
                    .map(Paragraph.class::cast)
                    .filter(paragraph -> paragraph.hasClassName("cn-question"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(type.id() + " shows no question"));
            // The whole question, its French punctuation kept on the line of the word before it.
            assertThat(asked.getText()).as(type.id()).isEqualTo(question.replace(" ?", "\u00a0?"));
            String id = asked.getId().orElseThrow();
            assertThat(all)
                    .as(type.id() + ": an input or group is labelled by the question")
                    .anyMatch(component -> component instanceof HasAriaLabel field
                            ? field.getAriaLabelledBy().filter(id::equals).isPresent()
                            : id.equals(component.getElement().getAttribute("aria-labelledby")));
            // No field carries the question as its own label, which it would cut to its width.
            assertThat(all)
                    .as(type.id())
                    .noneMatch(component -> component instanceof HasLabel field && question.equals(field.getLabel()));
        });
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(QuestionTypesTest::descendants));
    }

    private static ActivityConfig config(ActivityType type, Map<String, Object> own) {
        Map<String, Object> values = new HashMap<>(own);
        values.put("title", "Titre");
        values.put("prompt", "Question ?");
        values.put("feedback", FEEDBACK);
        return new ActivityConfig("q", type.id(), Locale.FRENCH, values);
    }

    private static be.classenumerique.api.activity.Grade grade(
            ActivityType type, ActivityConfig config, Map<String, Object> response) {
        return type.grade(config, new LearnerResponse(response));
    }
}
