package be.classenumerique.core.content.domain;

import java.util.Objects;

/**
 * Who wrote a module in the platform, and who may see it.
 *
 * @param schoolId the school it belongs to: nobody outside it sees it
 * @param authorId the teacher who wrote it; only they change it
 * @param authorName their name, to show on the module
 * @param shared whether the school's other teachers see it too (a pupil it is assigned to always does)
 * @param basedOn the catalogue module it was adapted from, or {@code null}
 */
public record Authorship(String schoolId, String authorId, String authorName, boolean shared, String basedOn) {

    public Authorship {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(authorName, "authorName");
    }
}
