package be.classenumerique.core;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ActivityType;
import be.classenumerique.api.activity.ConfigProblem;
import be.classenumerique.api.activity.Grade;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.api.activity.Outcome;
import be.classenumerique.api.ui.ActivityViews;
import be.classenumerique.core.activities.service.ActivityTypeRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two built-in activity types' grading rules as the core sees them: the real ones live in the app
 * with their Vaadin views, which the core may not depend on. These follow the same pack format.
 */
public final class TestActivityTypes {

    private TestActivityTypes() {}

    public static ActivityTypeRegistry registry() {
        return new ActivityTypeRegistry(List.of(
                new Lesson(),
                new SingleChoice(),
                new StandIn("builtin:multiple-choice"),
                new StandIn("builtin:true-false"),
                new StandIn("builtin:number"),
                new StandIn("builtin:short-text"),
                new StandIn("builtin:ordering"),
                new StandIn("builtin:matching"),
                new StandIn("builtin:fill-in-blanks")));
    }

    private abstract static class Headless implements ActivityType {
        @Override
        public String name(Locale locale) {
            return id();
        }

        @Override
        public ActivityViews views() {
            throw new UnsupportedOperationException("no views in core tests");
        }
    }

    static final class Lesson extends Headless {
        @Override
        public String id() {
            return "builtin:lesson";
        }

        @Override
        public List<ConfigProblem> validate(ActivityConfig config) {
            return config.text("body").isPresent() ? List.of() : List.of(new ConfigProblem("body", "body missing"));
        }

        @Override
        public Grade grade(ActivityConfig config, LearnerResponse response) {
            return new Grade(Outcome.COMPLETED, 0, 0, "");
        }
    }

    static final class SingleChoice extends Headless {
        @Override
        public String id() {
            return "builtin:single-choice";
        }

        @Override
        public List<ConfigProblem> validate(ActivityConfig config) {
            List<ConfigProblem> problems = new ArrayList<>();
            int choices = config.textList("choices").map(List::size).orElse(0);
            int answer = config.integer("answer").orElse(-1);
            if (answer < 0 || answer >= choices) {
                problems.add(new ConfigProblem("answer", "'answer' must be the 0-based index of one of the choices"));
            }
            return problems;
        }

        @Override
        public Grade grade(ActivityConfig config, LearnerResponse response) {
            return response.integer("choice").equals(config.integer("answer"))
                    ? Grade.correct(1, "bravo")
                    : Grade.incorrect(1, "non");
        }
    }

    /**
     * The app's other question types, so repository content loads here; their own validation and grading
     * are tested in the app, with the real types.
     */
    static final class StandIn extends Headless {
        private final String id;

        StandIn(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<ConfigProblem> validate(ActivityConfig config) {
            return List.of();
        }

        @Override
        public Grade grade(ActivityConfig config, LearnerResponse response) {
            return Grade.incorrect(1, "");
        }
    }
}
