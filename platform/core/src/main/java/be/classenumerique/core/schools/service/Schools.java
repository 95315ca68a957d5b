package be.classenumerique.core.schools.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.People;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.shared.Names;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The platform admin's work: the schools on the platform, each opened with its first school admin. */
public final class Schools {

    /** A school just opened, with its admin's temporary password to hand over once. */
    public record Opened(School school, Account admin, String temporaryPassword) {}

    private final SchoolRepository schools;
    private final AuditLog audit;
    private final People people;

    public Schools(SchoolRepository schools, People people, AuditLog audit) {
        this.people = people;
        this.schools = schools;
        this.audit = audit;
    }

    /**
     * @param caller a platform admin
     * @return every school, by name
     */
    public List<School> all(Caller caller) {
        requirePlatformAdmin(caller);
        return schools.allSchools();
    }

    /**
     * Opens a school with its first admin, who must choose their own password at their first sign-in.
     *
     * @param caller a platform admin
     * @param name the school's name
     * @param adminName the admin's name
     * @param adminEmail the admin's e-mail, their sign-in name
     * @param hasher the adaptive hash for the temporary password
     * @return the school, its admin and the temporary password
     * @throws RefusedException for an empty name, a name with direction controls ({@code
     *     name.direction-control}), a bad e-mail or one already used
     */
    public Opened open(Caller caller, String name, String adminName, String adminEmail, UnaryOperator<String> hasher) {
        requirePlatformAdmin(caller);
        String schoolName = name == null ? "" : name.strip();
        String adminsName = adminName == null ? "" : adminName.strip();
        if (schoolName.isEmpty() || schoolName.length() > 150 || adminsName.isEmpty()) {
            throw new RefusedException("schools.refused.name", "name");
        }
        Names.refuseDirectionControls(schoolName);
        School school = new School("school-" + UUID.randomUUID(), schoolName, List.of());
        People.Created admin = people.createAdult(
                caller, school.id(), Role.SCHOOL_ADMIN, adminName, adminEmail, Locale.FRENCH, hasher);
        schools.save(school);
        audit.record(caller, school.id(), "school.open", admin.account().id(), "");
        return new Opened(school, admin.account(), admin.temporaryPassword());
    }

    private static void requirePlatformAdmin(Caller caller) {
        if (!caller.has(Role.PLATFORM_ADMIN)) {
            throw new NotFoundException("schools");
        }
    }
}
