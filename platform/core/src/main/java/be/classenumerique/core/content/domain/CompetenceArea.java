package be.classenumerique.core.content.domain;

import java.util.List;
import java.util.Map;

/**
 * An area (a domain, for CRCN) of a competence framework, with its competences.
 *
 * @param ref e.g. {@code digcomp:1}
 * @param titles language code → title
 * @param competences the competences' references, e.g. {@code digcomp:1.1}, in order
 */
public record CompetenceArea(String ref, Map<String, String> titles, List<String> competences) {

    public CompetenceArea {
        titles = Map.copyOf(titles);
        competences = List.copyOf(competences);
    }
}
