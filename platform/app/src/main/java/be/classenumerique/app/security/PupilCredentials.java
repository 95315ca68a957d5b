package be.classenumerique.app.security;

import be.classenumerique.api.Caller;
import be.classenumerique.app.i18n.BundleMessages;
import be.classenumerique.app.printing.LoginCardsPdf;
import be.classenumerique.core.people.service.PupilSignIn;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** What a teacher does for their pupils' sign-in: a new secret in one tap, a sheet of login cards. */
@Service
public class PupilCredentials {

    private final PupilSignIn signIn;
    private final PasswordEncoder hashes;
    private final BundleMessages messages =
            new BundleMessages("i18n/messages", getClass().getClassLoader());

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

    /**
     * New login cards for a class, as a PDF to print; the previous cards stop working.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param baseUrl the platform's public address, for the cards' links
     * @return the PDF
     */
    public byte[] printCards(Caller caller, String classId, String baseUrl) {
        return LoginCardsPdf.render(signIn.issueCards(caller, classId), baseUrl, caller.locale(), messages);
    }
}
