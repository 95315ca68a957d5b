package be.classenumerique.core.schools.domain;

import java.util.List;

/**
 * A school: the tenant every class, person and record belongs to.
 *
 * @param id stable id
 * @param name its name
 * @param classIds its classes, so a school's screen reads them by id
 */
public record School(String id, String name, List<String> classIds) {

    public School {
        classIds = List.copyOf(classIds);
    }
}
