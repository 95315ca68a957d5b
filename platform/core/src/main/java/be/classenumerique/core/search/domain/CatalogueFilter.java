package be.classenumerique.core.search.domain;

import be.classenumerique.core.content.domain.Module;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a teacher narrows the catalogue to: a level, a DigComp area, a length, a language, a source; each
 * {@code null} when not chosen. Also counts, for a set of modules, how many each value would keep (facets).
 *
 * @param level e.g. {@code P5}
 * @param area e.g. {@code digcomp:4}
 * @param length a duration bucket
 * @param language e.g. {@code fr}
 * @param source {@code content} or a plugin id
 */
public record CatalogueFilter(String level, String area, Length length, String language, String source) {

    /** Durations, as a teacher plans a lesson. */
    public enum Length {
        SHORT(0, 15),
        MEDIUM(16, 30),
        LONG(31, Integer.MAX_VALUE);

        private final int min;
        private final int max;

        Length(int min, int max) {
            this.min = min;
            this.max = max;
        }

        /** @return the bucket a duration in minutes falls in */
        public static Length of(int minutes) {
            return Arrays.stream(values())
                    .filter(length -> minutes >= length.min && minutes <= length.max)
                    .findFirst()
                    .orElse(LONG);
        }
    }

    /** @return no filter at all */
    public static CatalogueFilter none() {
        return new CatalogueFilter(null, null, null, null, null);
    }

    /** @return whether the module passes every chosen criterion */
    public boolean keeps(Module module) {
        return (level == null || module.levels().contains(level))
                && (area == null || areas(module).anyMatch(area::equals))
                && (length == null || Length.of(module.durationMinutes()) == length)
                && (language == null || module.language().getLanguage().equals(language))
                && (source == null || module.source().equals(source));
    }

    /** @return the DigComp areas a module's DigComp competences belong to, e.g. {@code digcomp:4} */
    public static Stream<String> areas(Module module) {
        return module.competences().stream()
                .filter(competence -> competence.startsWith("digcomp:"))
                .map(competence ->
                        competence.contains(".") ? competence.substring(0, competence.indexOf('.')) : competence)
                .distinct();
    }

    /**
     * @param modules the modules a search found
     * @return for each facet, each value and how many of the modules have it
     */
    public static Map<String, Map<String, Integer>> facets(Collection<Module> modules) {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        facets.put("level", count(modules, module -> module.levels().stream()));
        facets.put("area", count(modules, CatalogueFilter::areas));
        facets.put(
                "length",
                count(
                        modules,
                        module -> Stream.of(Length.of(module.durationMinutes()).name())));
        facets.put(
                "language", count(modules, module -> Stream.of(module.language().getLanguage())));
        facets.put("source", count(modules, module -> Stream.of(module.source())));
        return facets;
    }

    private static Map<String, Integer> count(Collection<Module> modules, Function<Module, Stream<String>> values) {
        Map<String, Integer> counts = new TreeMap<>();
        modules.forEach(module -> values.apply(module).forEach(value -> counts.merge(value, 1, Integer::sum)));
        return counts;
    }
}
