package be.classenumerique.app.security;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.text.DirectionControls;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.ClaimOutcome;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.Guardianships;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * A parent's own account, created with a school's invitation code: the code is checked first, so a bad
 * code creates nothing, and claimed last, so the new account follows the child at once.
 */
@Service
public class ParentSignUp {

    /** The shortest password a parent may choose. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    /** The new account's authentication, or the message key saying why there is none. */
    public record Result(Optional<Authentication> authentication, String problemKey) {
        static Result problem(String key) {
            return new Result(Optional.empty(), key);
        }
    }

    private final Guardianships guardianships;
    private final AccountRepository accounts;
    private final PasswordEncoder hashes;
    private final LoginThrottle throttle;

    public ParentSignUp(
            Guardianships guardianships, AccountRepository accounts, PasswordEncoder hashes, LoginThrottle throttle) {
        this.throttle = throttle;
        this.guardianships = guardianships;
        this.accounts = accounts;
        this.hashes = hashes;
    }

    public Result signUp(String code, String name, String email, String password, Locale language) {
        Optional<ClaimOutcome.Status> problem = guardianships.problemWith(code);
        if (problem.isPresent()) {
            return Result.problem("children.claim." + problem.get().name().toLowerCase(Locale.ROOT));
        }
        // Only a valid code's holder learns that an address has an account, and only for a few addresses.
        String codeKey = "sign-up-code:" + Guardianships.idOf(code);
        if (throttle.isLockedFor(codeKey)) {
            return Result.problem("signup.throttled");
        }
        String displayName = name == null ? "" : name.strip();
        if (displayName.isEmpty() || displayName.length() > 120) {
            return Result.problem("signup.name.invalid");
        }
        if (DirectionControls.present(displayName)) {
            return Result.problem("name.direction-control");
        }
        if (!Account.isEmailAddress(email)) {
            return Result.problem("signup.email.invalid");
        }
        if (password == null
                || password.length() < MIN_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > PasswordChange.MAX_BYTES) {
            return Result.problem("signup.password.invalid");
        }
        Account parent = new Account(
                UUID.randomUUID().toString(),
                guardianships.schoolOfCode(code).orElseThrow(),
                Role.PARENT,
                displayName,
                email,
                hashes.encode(password),
                language == null ? Locale.FRENCH : language,
                List.of(),
                true);
        try {
            accounts.insert(parent);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throttle.failedFor(codeKey);
                return Result.problem("signup.email.taken");
            }
            throw e;
        }
        Caller caller = new Caller(
                parent.id(), parent.schoolId(), parent.displayName(), Set.of(Role.PARENT), parent.language());
        ClaimOutcome.Status claimed = guardianships.claim(caller, code).status();
        if (claimed != ClaimOutcome.Status.LINKED && claimed != ClaimOutcome.Status.PENDING) {
            // Someone used the code between the check and the claim: the account stays, without a child,
            // and can claim another code; the parent is told.
            return Result.problem("children.claim.used");
        }
        PlatformUser user = new PlatformUser(parent, accounts.credentialVersion(parent.id()));
        return new Result(
                Optional.of(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())),
                null);
    }
}
