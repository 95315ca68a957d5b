package be.classenumerique.app.ui;

import be.classenumerique.core.authoring.domain.ActivityDraft;
import be.classenumerique.core.authoring.domain.QuestionLines;
import be.classenumerique.core.content.service.MarkdownRenderer;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Edits one activity of a module: a lesson page in Markdown with its preview beside it, or a question
 * with plain-text fields (one choice per line, a {@code *} before the right ones). Activity types of
 * plugins are kept as they are: they are changed in their own module.
 */
class ActivityEditor extends Div {

    static final String LESSON = "builtin:lesson";
    /** The types a teacher can write here, in the order the "add" list offers them. */
    static final List<String> EDITABLE = List.of(
            LESSON,
            "builtin:single-choice",
            "builtin:multiple-choice",
            "builtin:true-false",
            "builtin:short-text",
            "builtin:number",
            "builtin:ordering",
            "builtin:matching",
            "builtin:fill-in-blanks");

    private final String activityId;
    private final String typeId;
    private final Map<String, Object> kept;
    private final H3 heading = new H3();
    private final String typeName;
    private final TextField title = new TextField();
    private final Div fields = new Div();
    private final MultiSelectComboBox<String> competences = new MultiSelectComboBox<>();
    private Supplier<Map<String, Object>> own = Map::of;

    /**
     * @param draft the activity as it stands
     * @param typeName the type's name in the teacher's language
     * @param actions the buttons to move or remove it
     */
    ActivityEditor(
            ActivityDraft draft,
            String typeName,
            MarkdownRenderer markdown,
            Competences competenceChoices,
            Button... actions) {
        this.activityId = draft.id();
        this.typeId = draft.typeId();
        this.kept = new LinkedHashMap<>(draft.fields());
        this.typeName = typeName;
        addClassName("cn-activity-editor");
        title.setLabel(getTranslation("authoring.activity.title-field"));
        title.setValue(draft.text("title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        Div buttons = new Div(actions);
        buttons.addClassName("cn-activity-actions");
        competences.setLabel(getTranslation("authoring.activity.competences"));
        competences.setHelperText(getTranslation("authoring.activity.competences.help"));
        competences.setItems(competenceChoices.refs());
        competences.setItemLabelGenerator(competenceChoices.label()::apply);
        competences.setWidthFull();
        if (draft.fields().get("competences") instanceof List<?> tags) {
            competences.setValue(new java.util.LinkedHashSet<>(
                    tags.stream().map(String::valueOf).toList()));
        }
        add(heading, buttons, title, fields, competences);
        if (typeId.equals(LESSON)) {
            lesson(draft, markdown);
        } else if (EDITABLE.contains(typeId)) {
            question(draft);
        } else {
            fields.add(new Paragraph(getTranslation("authoring.activity.plugin")));
            own = () -> {
                Map<String, Object> values = new LinkedHashMap<>(kept);
                values.remove("title");
                return values;
            };
        }
    }

    /**
     * What an activity may be tagged with.
     *
     * @param refs competence references, in the order to offer them
     * @param label how to name one
     */
    record Competences(List<String> refs, java.util.function.Function<String, String> label) {}

    void number(int position) {
        heading.setText(getTranslation("authoring.activity.heading", position, typeName));
    }

    /**
     * @return the activity as typed
     * @throws RefusedException when a field cannot be read, with the message to show
     */
    ActivityDraft draft() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title.getValue().strip());
        values.putAll(own.get());
        values.remove("competences");
        if (!competences.getValue().isEmpty()) {
            values.put("competences", new ArrayList<>(competences.getValue()));
        }
        return new ActivityDraft(activityId, typeId, values);
    }

    private void lesson(ActivityDraft draft, MarkdownRenderer markdown) {
        TextArea body = new TextArea(getTranslation("authoring.lesson.body"));
        body.setHelperText(getTranslation("authoring.lesson.body.help"));
        body.setValue(draft.text("body"));
        body.setMaxLength(20_000);
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        Div preview = new Div();
        preview.addClassName("cn-markdown-preview");
        preview.getElement().setAttribute("aria-label", getTranslation("authoring.lesson.preview"));
        preview.getElement().setAttribute("role", "region");
        Runnable render = () -> {
            preview.removeAll();
            // Rendered and cleaned exactly as pupils will see it: raw HTML and scripts never survive.
            preview.add(new Html("<div>" + markdown.toSafeHtml(body.getValue()) + "</div>"));
        };
        body.addValueChangeListener(change -> render.run());
        render.run();
        Div side = new Div(body, new Paragraph(getTranslation("authoring.lesson.preview")), preview);
        side.addClassName("cn-lesson-editor");
        fields.add(side);
        // A recording comes from the pack of an adapted module; it stays with the page.
        Object audio = kept.get("audio");
        own = () -> audio == null ? Map.of("body", body.getValue()) : Map.of("body", body.getValue(), "audio", audio);
    }

    @SuppressWarnings("unchecked")
    private void question(ActivityDraft draft) {
        TextArea prompt = area("authoring.question.prompt", draft.text("prompt"));
        TextField hint = field("authoring.question.hint", draft.text("hint"));
        Map<String, Object> feedback =
                draft.fields().get("feedback") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        TextField correct = field(
                "authoring.question.correct",
                feedback.getOrDefault("correct", getTranslation("authoring.question.correct.default"))
                        .toString());
        TextField incorrect = field(
                "authoring.question.incorrect",
                feedback.getOrDefault("incorrect", getTranslation("authoring.question.incorrect.default"))
                        .toString());
        fields.add(prompt);
        Supplier<Map<String, Object>> answer = answerFields(draft);
        fields.add(hint, correct, incorrect);
        own = () -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("prompt", prompt.getValue().strip());
            values.putAll(answer.get());
            values.put(
                    "feedback",
                    Map.of(
                            "correct",
                            correct.getValue().strip(),
                            "incorrect",
                            incorrect.getValue().strip()));
            if (!hint.getValue().isBlank()) {
                values.put("hint", hint.getValue().strip());
            }
            return values;
        };
    }

    /** The fields that say what the right answer is, for each built-in question type. */
    @SuppressWarnings("unchecked")
    private Supplier<Map<String, Object>> answerFields(ActivityDraft draft) {
        Map<String, Object> values = draft.fields();
        switch (typeId) {
            case "builtin:single-choice", "builtin:multiple-choice" -> {
                boolean single = typeId.equals("builtin:single-choice");
                List<String> choices = (List<String>) values.getOrDefault("choices", List.of());
                Set<Integer> right = new TreeSet<>();
                if (single && values.get("answer") instanceof Integer index) {
                    right.add(index);
                } else if (values.get("answers") instanceof List<?> indexes) {
                    indexes.forEach(index -> right.add((Integer) index));
                }
                TextArea lines = area("authoring.question.choices", QuestionLines.marked(choices, right));
                lines.setHelperText(getTranslation(
                        single ? "authoring.question.choices.single" : "authoring.question.choices.multiple"));
                fields.add(lines);
                return () -> {
                    QuestionLines.Marked marked = QuestionLines.parseMarked(lines.getValue());
                    if (single && marked.right().size() != 1) {
                        throw new RefusedException("authoring.choices.one", "right choices", title.getValue());
                    }
                    if (marked.right().isEmpty()) {
                        throw new RefusedException("authoring.choices.some", "no right choice", title.getValue());
                    }
                    return single
                            ? Map.of(
                                    "choices",
                                    marked.choices(),
                                    "answer",
                                    marked.right().iterator().next())
                            : Map.of("choices", marked.choices(), "answers", new ArrayList<>(marked.right()));
                };
            }
            case "builtin:true-false" -> {
                Select<Boolean> answer = new Select<>();
                answer.setLabel(getTranslation("authoring.question.true-false"));
                answer.setItems(true, false);
                answer.setItemLabelGenerator(value -> getTranslation(value ? "activity.true" : "activity.false"));
                answer.setValue(!Boolean.FALSE.equals(values.get("answer")));
                fields.add(answer);
                return () -> Map.of("answer", answer.getValue());
            }
            case "builtin:number" -> {
                NumberField answer = new NumberField(getTranslation("authoring.question.number"));
                NumberField tolerance = new NumberField(getTranslation("authoring.question.tolerance"));
                tolerance.setMin(0);
                TextField unit = field("authoring.question.unit", String.valueOf(values.getOrDefault("unit", "")));
                if (values.get("answer") instanceof Number number) {
                    answer.setValue(number.doubleValue());
                }
                tolerance.setValue(values.get("tolerance") instanceof Number number ? number.doubleValue() : 0.0);
                fields.add(answer, tolerance, unit);
                return () -> {
                    if (answer.getValue() == null || answer.isInvalid()) {
                        throw new RefusedException("authoring.number.missing", "no number", title.getValue());
                    }
                    Map<String, Object> own = new LinkedHashMap<>();
                    own.put("answer", answer.getValue());
                    own.put("tolerance", tolerance.getValue() == null ? 0.0 : Math.abs(tolerance.getValue()));
                    if (!unit.getValue().isBlank()) {
                        own.put("unit", unit.getValue().strip());
                    }
                    return own;
                };
            }
            case "builtin:short-text" -> {
                TextArea answers = area("authoring.question.answers", String.join("\n", (List<String>)
                        values.getOrDefault("answers", List.of())));
                Checkbox accents = new Checkbox(getTranslation("authoring.question.accents"));
                accents.setValue("required".equals(values.get("accents")));
                answers.setHelperText(getTranslation("authoring.question.answers.help"));
                fields.add(answers, accents);
                return () -> Map.of(
                        "answers",
                        QuestionLines.lines(answers.getValue()),
                        "accents",
                        accents.getValue() ? "required" : "ignored");
            }
            case "builtin:ordering" -> {
                TextArea items = area("authoring.question.items", String.join("\n", (List<String>)
                        values.getOrDefault("items", List.of())));
                items.setHelperText(getTranslation("authoring.question.items.help"));
                fields.add(items);
                return () -> Map.of("items", QuestionLines.lines(items.getValue()));
            }
            case "builtin:matching" -> {
                TextArea pairs = area("authoring.question.pairs", QuestionLines.pairs((List<Map<String, Object>>)
                        values.getOrDefault("pairs", List.of())));
                pairs.setHelperText(getTranslation("authoring.question.pairs.help"));
                fields.add(pairs);
                return () -> Map.of("pairs", QuestionLines.parsePairs(pairs.getValue()));
            }
            case "builtin:fill-in-blanks" -> {
                TextArea text = area("authoring.question.blanks", String.valueOf(values.getOrDefault("text", "")));
                text.setHelperText(getTranslation("authoring.question.blanks.help"));
                fields.add(text);
                return () -> Map.of("text", text.getValue().strip());
            }
            default -> throw new IllegalStateException("not an editable type: " + typeId);
        }
    }

    private TextArea area(String key, String value) {
        TextArea area = new TextArea(getTranslation(key));
        area.setValue(value);
        area.setMaxLength(20_000);
        area.setWidthFull();
        return area;
    }

    private TextField field(String key, String value) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value);
        field.setMaxLength(1000);
        field.setWidthFull();
        return field;
    }

    /** @return a small button for the activity's own actions */
    static Button action(String label, Runnable run) {
        Button button = new Button(label, click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
