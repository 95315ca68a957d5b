package be.classenumerique.core.schools.domain;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A school: the tenant every class, person and record belongs to.
 *
 * @param id stable id
 * @param name its name
 * @param classIds the classes of the current school year, so a school's screen reads them by id
 * @param year the current school year, e.g. {@code 2026-2027}
 * @param archive the classes of past years, by year; kept with their pupils' work
 */
public record School(String id, String name, List<String> classIds, String year, Map<String, List<String>> archive) {

    /** The time zone school days, due dates and the audit log's days are counted in. */
    public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Brussels");

    public School {
        classIds = List.copyOf(classIds);
        archive = archive == null ? Map.of() : copy(archive);
    }

    /** A school in its first year on the platform. */
    public School(String id, String name, List<String> classIds) {
        this(id, name, classIds, null, Map.of());
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> archive) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        archive.forEach((year, classIds) -> copy.put(year, List.copyOf(classIds)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
