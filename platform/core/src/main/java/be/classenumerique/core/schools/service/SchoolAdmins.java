package be.classenumerique.core.schools.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.shared.NotFoundException;

/** The one rule for school-wide admin work: only an admin of a school acts on that school. */
public final class SchoolAdmins {

    private SchoolAdmins() {}

    /**
     * @param caller who asks
     * @param schools where schools are read
     * @return the caller's school, when the caller is its admin
     * @throws NotFoundException for anyone else
     */
    public static School schoolOf(Caller caller, SchoolRepository schools) {
        if (!caller.has(Role.SCHOOL_ADMIN) || caller.schoolId() == null) {
            throw new NotFoundException("school");
        }
        return schools.findSchool(caller.schoolId()).orElseThrow(() -> new NotFoundException("school"));
    }
}
