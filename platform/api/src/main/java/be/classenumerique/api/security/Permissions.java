package be.classenumerique.api.security;

import be.classenumerique.api.Caller;

/**
 * Answers whether someone holds a permission. Unknown ids are never held, so a typo denies rather than
 * grants. Checks on a plugin's own objects (its data about a pupil, say) stay with the plugin; these
 * answers say whether the role and the class allow it.
 *
 * @since 0.2.0
 */
public interface Permissions {

    /**
     * @param caller the signed-in person
     * @param permissionId a permission some started plugin defines
     * @return whether one of the caller's roles holds it
     * @since 0.2.0
     */
    boolean granted(Caller caller, String permissionId);

    /**
     * @param caller the signed-in person
     * @param permissionId a permission some started plugin defines
     * @param classId a class, possibly forged
     * @return whether the caller holds the permission and the class is theirs: a teacher of it, an admin
     *     of its school or a pupil in it; never a class of another school
     * @since 0.2.0
     */
    boolean grantedInClass(Caller caller, String permissionId, String classId);
}
