package be.classenumerique.app.mail;

import be.classenumerique.api.Caller;
import be.classenumerique.app.i18n.BundleMessages;
import be.classenumerique.app.printing.InvitationText;
import be.classenumerique.app.web.PublicAddress;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.Invitation;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A parent's invitation code sent by e-mail instead of on paper: the same words as the printed letter. */
@Service
public class InvitationMail {

    private final PlatformMail mail;
    private final Guardianships guardianships;
    private final AccountRepository accounts;
    private final PublicAddress address;
    private final BundleMessages messages =
            new BundleMessages("i18n/messages", getClass().getClassLoader());

    public InvitationMail(
            PlatformMail mail, Guardianships guardianships, AccountRepository accounts, PublicAddress address) {
        this.address = address;
        this.mail = mail;
        this.guardianships = guardianships;
        this.accounts = accounts;
    }

    /**
     * Invites the parents a roster import named, each in their child's language.
     *
     * @param caller the admin who imported
     * @param parentsByPupil the parents' addresses for each newly imported pupil
     * @return how many invitations left
     */
    public int inviteAll(Caller caller, Map<String, List<String>> parentsByPupil) {
        int sent = 0;
        for (Map.Entry<String, List<String>> pupil : parentsByPupil.entrySet()) {
            Locale language =
                    accounts.findById(pupil.getKey()).map(Account::language).orElse(Locale.FRENCH);
            for (String email : pupil.getValue()) {
                if (invite(caller, pupil.getKey(), email, language) == null) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** @return whether invitations can go by e-mail */
    public boolean enabled() {
        return mail.enabled();
    }

    /**
     * Makes a new one-time code for the pupil's parent and e-mails it; the address is not kept.
     *
     * @param caller a teacher of the pupil's class or an admin of the pupil's school
     * @param pupilId the pupil
     * @param email the parent's address
     * @param language the parent's language
     * @return the message key of the problem, or {@code null} when the mail is on its way
     * @throws be.classenumerique.core.shared.NotFoundException when the caller may not invite for the pupil
     */
    public String invite(Caller caller, String pupilId, String email, Locale language) {
        if (!enabled()) {
            return "invite.mail.off";
        }
        if (!Account.isEmailAddress(email)) {
            return "signup.email.invalid";
        }
        Invitation invitation = guardianships.invite(caller, pupilId);
        InvitationText text = InvitationText.of(invitation, address.base(), language, messages);
        mail.send(email.strip(), text.title(), text.asMail(), "parent invitation");
        return null;
    }
}
