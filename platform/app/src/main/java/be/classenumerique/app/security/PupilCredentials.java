package be.classenumerique.app.security;

import be.classenumerique.api.Caller;
import be.classenumerique.core.people.service.PupilSignIn;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** A teacher gives a pupil a new sign-in secret in one tap. */
@Service
public class PupilCredentials {

    private final PupilSignIn signIn;
    private final PasswordEncoder hashes;

    public PupilCredentials(PupilSignIn signIn, PasswordEncoder hashes) {
        this.signIn = signIn;
        this.hashes = hashes;
    }

    /**
     * @param caller a teacher of the pupil's class or an admin of its school
     * @param pupilId the pupil
     * @return the new secret, to show once
     */
    public PupilSignIn.NewSecret resetSecret(Caller caller, String pupilId) {
        return signIn.resetSecret(caller, pupilId, hashes::encode);
    }
}
