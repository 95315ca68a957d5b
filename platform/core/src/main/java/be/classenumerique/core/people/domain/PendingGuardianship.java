package be.classenumerique.core.people.domain;

import java.time.Instant;

/**
 * A parent who used an invitation code in a school that approves each link: they follow the child only
 * once an admin approves.
 *
 * @param id the claim's id
 * @param parentName the parent's name
 * @param parentEmail the address the parent signs in with, for the admin to recognise them
 * @param pupilName the child
 * @param issuedByName who made the code
 * @param claimedAt when the parent used it
 * @since 0.3.0
 */
public record PendingGuardianship(
        String id, String parentName, String parentEmail, String pupilName, String issuedByName, Instant claimedAt) {}
