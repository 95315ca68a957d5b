package be.classenumerique.app.seed;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first platform admin of a real deployment, which has no demo seed: created at start from
 * {@code CN_ADMIN_EMAIL} and {@code CN_ADMIN_PASSWORD} when no account has that e-mail yet. The
 * password is only read once; change it after the first sign-in and remove it from the environment.
 */
@Component
public class PlatformAdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformAdminBootstrap.class);
    private static final int MIN_PASSWORD = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final String email;
    private final String password;

    public PlatformAdminBootstrap(
            AccountRepository accounts,
            PasswordEncoder passwords,
            @Value("${cn.admin-email:}") String email,
            @Value("${cn.admin-password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (email.isBlank() || accounts.findByLoginName(email).isPresent()) {
            return;
        }
        if (password.length() < MIN_PASSWORD
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                        > be.classenumerique.app.security.PasswordChange.MAX_BYTES) {
            LOG.error(
                    "CN_ADMIN_PASSWORD must have at least {} characters and at most {} bytes: no platform admin created",
                    MIN_PASSWORD,
                    be.classenumerique.app.security.PasswordChange.MAX_BYTES);
            return;
        }
        accounts.insert(new Account(
                "platform-" + UUID.randomUUID(),
                null,
                Role.PLATFORM_ADMIN,
                "Administration de la plateforme",
                email,
                passwords.encode(password),
                Locale.FRENCH,
                List.of(),
                true));
        LOG.info("Platform admin {} created", email);
    }
}
