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

    /**
     * @return the texts listed under the key, after adding a problem unless there are {@code min} to
     *     {@code max} of them, none empty
     */
    static List<String> texts(ActivityConfig config, String key, int min, int max, List<ConfigProblem> problems) {
        List<String> texts = config.textList(key).orElse(List.of());
        if (texts.size() < min || texts.size() > max || texts.stream().anyMatch(String::isBlank)) {
            problems.add(new ConfigProblem(key, "'" + key + "' must list " + min + " to " + max + " non-empty texts"));
        }
        return texts;
    }

    static void onlyKeys(ActivityConfig config, List<String> allowed, List<ConfigProblem> problems) {
        config.values().keySet().stream()
                .filter(key -> !allowed.contains(key))
                .forEach(key -> problems.add(new ConfigProblem(key, "unknown key '" + key + "'")));
    }
}
