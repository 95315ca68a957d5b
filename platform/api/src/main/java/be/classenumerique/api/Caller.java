package be.classenumerique.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: the signed-in person on whose behalf a plugin is called.
 *
 * @param accountId the person's stable id
 * @param schoolId the school the person belongs to; {@code null} for a platform admin
 * @param displayName the name to show (a pupil's first name and initial)
 * @param roles the roles held; never empty
 * @param locale the language the person reads in
 * @since 0.1.0
 */
public record Caller(String accountId, String schoolId, String displayName, Set<Role> roles, Locale locale) {

    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a caller holds at least one role");
        }
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * @param role a role
     * @return whether this caller holds it
     * @since 0.1.0
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
