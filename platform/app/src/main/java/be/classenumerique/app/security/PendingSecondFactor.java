package be.classenumerique.app.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in whose password was right and whose code from the authenticator app is still awaited. Kept in
 * the HTTP session, never in the security context: until the code is right, the session is not signed in.
 *
 * @param accountId whose password was right
 * @param loginName as typed, for the throttle
 * @param address where the password came from, for the throttle
 * @param expiresAt when the code must have been typed by
 */
public record PendingSecondFactor(String accountId, String loginName, String address, Instant expiresAt)
        implements Serializable {

    /** The session attribute it is kept under. */
    public static final String ATTRIBUTE = PendingSecondFactor.class.getName();
}
