package be.classenumerique.app.printing;

import be.classenumerique.api.Messages;
import be.classenumerique.core.people.domain.Invitation;
import be.classenumerique.core.schools.domain.School;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words of a parent's invitation, the same on a printed letter and in an e-mail.
 *
 * @param school the school's name
 * @param title what the letter is about
 * @param intro who the child is and what the parent will see
 * @param codeLabel what introduces the code
 * @param code the one-time code, grouped for copying
 * @param validity until when it works
 * @param newAccount what to do without an account
 * @param existingAccount what to do with one
 * @param privacy why the code stays private
 */
public record InvitationText(
        String school,
        String title,
        String intro,
        String codeLabel,
        String code,
        String validity,
        String newAccount,
        String existingAccount,
        String privacy) {

    /**
     * @param invitation the invitation
     * @param baseUrl the platform's public address
     * @param locale the parents' language
     * @param messages the platform's messages
     * @return its words
     */
    public static InvitationText of(Invitation invitation, String baseUrl, Locale locale, Messages messages) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(School.TIME_ZONE);
        return new InvitationText(
                invitation.schoolName(),
                messages.get(locale, "letter.title"),
                messages.get(locale, "letter.intro", invitation.childName()),
                messages.get(locale, "letter.code"),
                invitation.code(),
                messages.get(locale, "letter.valid", date.format(invitation.expiresAt())),
                messages.get(locale, "letter.new", baseUrl + "/parent"),
                messages.get(locale, "letter.existing", baseUrl + "/login?adulte"),
                messages.get(locale, "letter.privacy"));
    }

    /** @return the invitation as the body of an e-mail */
    public String asMail() {
        return String.join(
                "\n\n", school, intro, codeLabel + "\n\n    " + code, validity, newAccount, existingAccount, privacy);
    }
}
