package be.classenumerique.core.people.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * One invitation code a school made, as its admin sees it: never the code itself.
 *
 * @param pupilName the child the code was for
 * @param issuedByName who made it
 * @param issuedAt when
 * @param expiresAt when it stops working
 * @param state what became of it
 * @param usedByName the parent who used it, when used
 * @since 0.3.0
 */
public record InvitationCode(
        String pupilName,
        String issuedByName,
        Instant issuedAt,
        Instant expiresAt,
        State state,
        Optional<String> usedByName) {

    /** What became of a code. */
    public enum State {
        /** Not used yet, still valid. */
        UNUSED,
        /** A parent used it: they follow the child. */
        USED,
        /** A parent used it; the school has not approved the link yet. */
        PENDING,
        /** A newer code for the same child replaced it before it was used. */
        REPLACED,
        /** Its 14 days passed unused. */
        EXPIRED
    }
}
