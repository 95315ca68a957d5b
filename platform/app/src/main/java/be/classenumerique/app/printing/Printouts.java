package be.classenumerique.app.printing;

import be.classenumerique.api.Caller;
import be.classenumerique.app.i18n.BundleMessages;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.schools.service.ClassService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The paper a class needs: pupils' login cards and parents' invitation letters. */
@Service
public class Printouts {

    private final PupilSignIn signIn;
    private final Guardianships guardianships;
    private final ClassService classes;
    private final BundleMessages messages =
            new BundleMessages("i18n/messages", getClass().getClassLoader());
    private final PdfFonts fonts = new PdfFonts();

    public Printouts(PupilSignIn signIn, Guardianships guardianships, ClassService classes) {
        this.signIn = signIn;
        this.guardianships = guardianships;
        this.classes = classes;
    }

    /**
     * New login cards for a class; the previous cards stop working.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param baseUrl the platform's public address, for the cards' links
     * @return the PDF
     */
    public byte[] loginCards(Caller caller, String classId, String baseUrl) {
        return LoginCardsPdf.render(signIn.issueCards(caller, classId), baseUrl, caller.locale(), messages, fonts);
    }

    /**
     * The class list to print: each pupil and how they sign in (never their secret).
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @return the PDF
     */
    public byte[] classList(Caller caller, String classId) {
        var schoolClass = classes.get(caller, classId);
        List<ClassListPdf.Line> lines = classes.pupils(caller, classId).stream()
                .map(pupil -> {
                    var facts = signIn.signInFactsForPrivacyRequest(pupil.id());
                    String secret = messages.get(
                            caller.locale(),
                            "classlist.secret." + facts.get("secret").toString().toLowerCase(Locale.ROOT));
                    String card = Boolean.TRUE.equals(facts.get("card"))
                            ? messages.get(caller.locale(), "classlist.card")
                            : "";
                    return new ClassListPdf.Line(pupil.displayName(), card.isEmpty() ? secret : secret + ", " + card);
                })
                .toList();
        return ClassListPdf.render(
                schoolClass.name(), signIn.classCode(caller, classId), lines, caller.locale(), messages, fonts);
    }

    /**
     * @param export a person's privacy export, already made (and audited) for the caller
     * @param locale the reader's language
     * @return the export as a readable PDF
     */
    public byte[] personalData(Map<String, Object> export, Locale locale) {
        return PersonalDataPdf.render(export, locale, messages, fonts);
    }

    /**
     * A letter with a new one-time code for each pupil of a class, valid 14 days.
     *
     * @param caller a teacher of the class or an admin of its school
     * @param classId the class
     * @param baseUrl the platform's public address
     * @param language the parents' language
     * @return the PDF
     */
    public byte[] invitationLetters(Caller caller, String classId, String baseUrl, Locale language) {
        var invitations = classes.pupils(caller, classId).stream()
                .map(pupil -> guardianships.invite(caller, pupil.id()))
                .toList();
        return InvitationLettersPdf.render(invitations, baseUrl, language, messages, fonts);
    }
}
