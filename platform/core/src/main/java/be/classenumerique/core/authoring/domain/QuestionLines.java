package be.classenumerique.core.authoring.domain;

import be.classenumerique.core.shared.RefusedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plain-text forms a teacher types questions in, one item per line, and back: choices with a {@code *}
 * before each right one, pairs as {@code left = right}. Blank lines are ignored.
 */
public final class QuestionLines {

    private static final String RIGHT = "*";
    private static final String PAIR = "=";

    private QuestionLines() {}

    /**
     * Choices with the right ones marked.
     *
     * @param choices the choices, in order
     * @param right the 0-based indexes of the right ones
     */
    public record Marked(List<String> choices, Set<Integer> right) {

        public Marked {
            choices = List.copyOf(choices);
            right = java.util.Collections.unmodifiableSet(new TreeSet<>(right));
        }
    }

    /** @return the non-blank lines, stripped */
    public static List<String> lines(String text) {
        return (text == null ? "" : text)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** @return one choice per line, a {@code *} before each right one */
    public static String marked(List<String> choices, Set<Integer> right) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            lines.add((right.contains(i) ? RIGHT + " " : "") + choices.get(i));
        }
        return String.join("\n", lines);
    }

    /**
     * @param text one choice per line, a {@code *} before each right one
     * @return the choices and which are right
     * @throws RefusedException {@code authoring.choices.empty} when a line holds only a {@code *}
     */
    public static Marked parseMarked(String text) {
        List<String> choices = new ArrayList<>();
        Set<Integer> right = new TreeSet<>();
        for (String line : lines(text)) {
            if (line.startsWith(RIGHT)) {
                String choice = line.substring(RIGHT.length()).strip();
                if (choice.isEmpty()) {
                    throw new RefusedException("authoring.choices.empty", "a lone *");
                }
                right.add(choices.size());
                choices.add(choice);
            } else {
                choices.add(line);
            }
        }
        return new Marked(choices, right);
    }

    /** @return one pair per line as {@code left = right} */
    public static String pairs(List<Map<String, Object>> pairs) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> pair : pairs) {
            lines.add(pair.get("left") + " " + PAIR + " " + pair.get("right"));
        }
        return String.join("\n", lines);
    }

    /**
     * @param text one pair per line as {@code left = right}
     * @return the pairs, each with {@code left} and {@code right}
     * @throws RefusedException {@code authoring.pairs.format} for a line without both sides
     */
    public static List<Map<String, Object>> parsePairs(String text) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (String line : lines(text)) {
            int separator = line.indexOf(PAIR);
            String left = separator < 0 ? "" : line.substring(0, separator).strip();
            String right = separator < 0 ? "" : line.substring(separator + 1).strip();
            if (left.isEmpty() || right.isEmpty()) {
                throw new RefusedException("authoring.pairs.format", "pair without two sides", line);
            }
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("left", left);
            pair.put("right", right);
            pairs.add(pair);
        }
        return pairs;
    }
}
