package be.classenumerique.app.security;

import be.classenumerique.core.people.service.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds an account by the login name typed on the login page. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    public AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String loginName) {
        if (loginName == null || loginName.isBlank() || loginName.length() > 254) {
            throw new UsernameNotFoundException("no account");
        }
        return accounts.findByLoginName(loginName)
                .filter(account -> account.passwordHash() != null)
                .map(account -> new PlatformUser(account, accounts.credentialVersion(account.id())))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
