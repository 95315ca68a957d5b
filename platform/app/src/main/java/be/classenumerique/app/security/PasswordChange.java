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

    private final People people;
    private final PasswordEncoder hashes;

    public PasswordChange(People people, PasswordEncoder hashes) {
        this.people = people;
        this.hashes = hashes;
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
        String hash = people.passwordHash(caller).orElse(null);
        if (hash == null || current == null || !hashes.matches(current, hash)) {
            return "password.wrong-current";
        }
        if (chosen == null || chosen.length() < MIN_LENGTH || chosen.length() > 200) {
            return "password.too-short";
        }
        if (chosen.equals(current)) {
            return "password.same";
        }
        people.changeOwnPassword(caller, hashes.encode(chosen));
        return null;
    }
}
