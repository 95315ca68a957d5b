package be.classenumerique.core.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.core.content.domain.Module;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facets count what a filter would keep; a filter keeps a module only when every choice matches. */
class CatalogueFilterTest {

    private static final Module PASSWORDS = module("mdp", List.of("P5", "P6"), List.of("digcomp:4.1"), 15, "content");
    private static final Module CODING =
            module("code", List.of("S1"), List.of("digcomp:3.4", "crcn:3.4"), 45, "coding");

    @Test
    void facetsCountEachValue() {
        Map<String, Map<String, Integer>> facets = CatalogueFilter.facets(List.of(PASSWORDS, CODING));

        assertThat(facets.get("level")).containsOnlyKeys("P5", "P6", "S1").containsValues(1);
        assertThat(facets.get("area"))
                .containsEntry("digcomp:4", 1)
                .containsEntry("digcomp:3", 1)
                .hasSize(2);
        assertThat(facets.get("length")).containsEntry("SHORT", 1).containsEntry("LONG", 1);
        assertThat(facets.get("source")).containsEntry("coding", 1).containsEntry("content", 1);
    }

    @Test
    void aFilterKeepsOnlyModulesMatchingEveryChoice() {
        assertThat(CatalogueFilter.none().keeps(CODING)).isTrue();
        assertThat(new CatalogueFilter("P5", null, null, null, null).keeps(PASSWORDS))
                .isTrue();
        assertThat(new CatalogueFilter("P5", "digcomp:3", null, null, null).keeps(PASSWORDS))
                .isFalse();
        assertThat(new CatalogueFilter(null, "digcomp:3", CatalogueFilter.Length.LONG, "fr", "coding").keeps(CODING))
                .isTrue();
        assertThat(new CatalogueFilter(null, null, CatalogueFilter.Length.MEDIUM, null, null).keeps(CODING))
                .isFalse();
    }

    private static Module module(String id, List<String> levels, List<String> competences, int minutes, String source) {
        return new Module(
                id, 1, "pack", source, Locale.FRENCH, id, id, levels, minutes, competences, "CC0-1.0", List.of());
    }
}
