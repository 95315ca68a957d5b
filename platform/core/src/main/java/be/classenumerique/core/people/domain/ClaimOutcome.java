package be.classenumerique.core.people.domain;

import java.util.Optional;

/**
 * What claiming an invitation code did.
 *
 * @param status whether the link was made, and if not, why
 * @param childName the child now followed, when linked
 */
public record ClaimOutcome(Status status, Optional<String> childName) {

    /** Why a claim did or did not link. */
    public enum Status {
        /** The parent now follows the child. */
        LINKED,
        /** The code is spent; the parent follows the child once the school approves. */
        PENDING,
        /** A newer code for the same child replaced this one. */
        REPLACED,
        /** No such code (mistyped, or from another platform). */
        UNKNOWN,
        /** The code is older than its 14 days. */
        EXPIRED,
        /** Someone already used the code. */
        USED
    }

    public static ClaimOutcome refused(Status status) {
        return new ClaimOutcome(status, Optional.empty());
    }
}
