package be.classenumerique.app.security;

import be.classenumerique.api.Caller;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The session of the browser a person changed their own password or second factor in: it stays signed
 * in, while every other session of theirs ends ({@link ActiveAccountFilter}).
 */
@Component
public class SignedInSession {

    private final AccountRepository accounts;

    public SignedInSession(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * Moves this Vaadin session to the account's new credential version. Call from a Vaadin event, right
     * after the change.
     *
     * @param caller the signed-in person who changed their own credentials
     */
    public void keepAfterOwnCredentialChange(Caller caller) {
        Account account = accounts.findById(caller.accountId()).orElseThrow();
        PlatformUser user = new PlatformUser(account, accounts.credentialVersion(account.id()));
        SessionSignIn.replaceInVaadin(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
