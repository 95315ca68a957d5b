package be.classenumerique.app.activities;

import be.classenumerique.api.activity.ActivityConfig;
import be.classenumerique.api.activity.ConfigProblem;
import java.util.List;

/** Validation steps the built-in activity types share. */
final class Fields {

    private Fields() {}

    static void requireText(ActivityConfig config, String key, List<ConfigProblem> problems) {
        if (config.text(key).filter(text -> !text.isBlank()).isEmpty()) {
            problems.add(new ConfigProblem(key, "'" + key + "' must be a non-empty text"));
        }
    }

    static void onlyKeys(ActivityConfig config, List<String> allowed, List<ConfigProblem> problems) {
        config.values().keySet().stream()
                .filter(key -> !allowed.contains(key))
                .forEach(key -> problems.add(new ConfigProblem(key, "unknown key '" + key + "'")));
    }
}
