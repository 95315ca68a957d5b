package be.classenumerique.core.authoring.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One activity of a module being edited.
 *
 * @param id its id once saved, kept across edits so drafts and answers stay attached; {@code null} for a
 *     new one
 * @param typeId its activity type, e.g. {@code builtin:single-choice}
 * @param fields the type's own fields, as a pack file would hold them
 */
public record ActivityDraft(String id, String typeId, Map<String, Object> fields) {

    public ActivityDraft {
        Objects.requireNonNull(typeId, "typeId");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** @return the field as text, or {@code ""} */
    public String text(String field) {
        return fields.get(field) instanceof String text ? text : "";
    }
}
