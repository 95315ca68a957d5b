package be.classenumerique.api;

/**
 * The roles a person can hold on the platform. Rights are always checked on the object as well; a
 * role alone never grants access to another person's data.
 *
 * @since 0.1.0
 */
public enum Role {
    /** A learner, 6 to 18 years old. */
    PUPIL,
    /** Teaches one or more classes of a school. */
    TEACHER,
    /** Follows their own children through a verified guardianship. */
    PARENT,
    /** Runs one school: classes, accounts, rosters, privacy requests. */
    SCHOOL_ADMIN,
    /** Runs the platform: schools and plugins. */
    PLATFORM_ADMIN
}
