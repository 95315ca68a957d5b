package be.classenumerique.app.security;

import be.classenumerique.api.Caller;
import be.classenumerique.core.people.domain.Account;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in account as Spring Security holds it, with what the platform needs to build a {@link Caller}. */
public final class PlatformUser extends User {

    private final Caller caller;
    private final long credentialVersion;

    /**
     * @param account who signed in
     * @param credentialVersion the version of their credentials when they did ({@code
     *     AccountRepository.credentialVersion}); the session ends once it changes
     */
    PlatformUser(Account account, long credentialVersion) {
        super(
                account.loginName(),
                // Pupils imported from a roster sign in with their class code and secret, never a password.
                account.passwordHash() == null ? "" : account.passwordHash(),
                account.active(),
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.credentialVersion = credentialVersion;
        this.caller = new Caller(
                account.id(), account.schoolId(), account.displayName(), Set.of(account.role()), account.language());
    }

    /** @return the version of the credentials this session signed in with */
    long credentialVersion() {
        return credentialVersion;
    }

    /** @return who this is, for the services */
    public Caller caller() {
        return caller;
    }
}
