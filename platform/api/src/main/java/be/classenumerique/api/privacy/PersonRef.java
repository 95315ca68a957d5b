package be.classenumerique.api.privacy;

import be.classenumerique.api.Role;
import java.util.Objects;

/**
 * The person a privacy request is about.
 *
 * @param accountId the person's stable id, the key under which a plugin stores their data
 * @param schoolId their school; {@code null} for a platform admin
 * @param role what the person is
 * @since 0.1.0
 */
public record PersonRef(String accountId, String schoolId, Role role) {

    public PersonRef {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
    }
}
