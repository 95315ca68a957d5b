package be.classenumerique.app.security;

import be.classenumerique.api.Caller;
import be.classenumerique.core.people.service.People;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Adults' passwords: an admin's temporary one, and the person's own choice. */
@Service
public class PasswordChange {

    /** The shortest password an adult may choose. */
    public static final int MIN_LENGTH = 10;

    /** The longest, in UTF-8 bytes: bcrypt reads no further, and refuses longer ones. */
    public static final int MAX_BYTES = 72;

    private static final int MAX_LENGTH = 200;

    /**
     * @param chosen a new password
     * @return the message key of what is wrong with it, or {@code null}
     */
    public static String problemWith(String chosen) {
        if (chosen == null || chosen.length() < MIN_LENGTH) {
            return "password.too-short";
        }
        if (chosen.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "password.too-long";
        }
        return null;
    }

    private final People people;
    private final PasswordEncoder hashes;
    private final LoginThrottle throttle;

    public PasswordChange(People people, PasswordEncoder hashes, LoginThrottle throttle) {
        this.people = people;
        this.hashes = hashes;
        this.throttle = throttle;
    }

    /**
     * Checks the signed-in person's password again, before a change that a session alone must not allow;
     * throttled like sign-ins, so a found session cannot guess it.
     *
     * @param caller the signed-in person
     * @param password what they typed
     * @return whether it is their current password
     */
    public boolean proves(Caller caller, String password) {
        String key = "password-again:" + caller.accountId();
        if (throttle.isLockedFor(key)) {
            return false;
        }
        String hash = people.passwordHash(caller).orElse(null);
        if (hash == null || password == null || password.length() > MAX_LENGTH || !hashes.matches(password, hash)) {
            throttle.failedFor(key);
            return false;
        }
        throttle.succeeded(key);
        return true;
    }

    /** @return a temporary password for the person, to say once */
    public String resetByAdmin(Caller admin, String personId) {
        return people.resetPassword(admin, personId, hashes::encode);
    }

    /**
     * @param caller the signed-in person
     * @param current their current password
     * @param chosen the new one
     * @return the message key of the problem, or {@code null} when the password was changed
     */
    public String change(Caller caller, String current, String chosen) {
        if (!proves(caller, current)) {
            return "password.wrong-current";
        }
        String problem = problemWith(chosen);
        if (problem != null) {
            return problem;
        }
        if (chosen.equals(current)) {
            return "password.same";
        }
        people.changeOwnPassword(caller, hashes.encode(chosen));
        return null;
    }
}
