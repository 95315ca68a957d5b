package be.classenumerique.app.security;

import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.ClassRoster;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.ClassSignInGuard;
import be.classenumerique.core.people.service.PupilSignIn;
import be.classenumerique.core.schools.domain.SchoolClass;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a pupil's class code, tapped name and secret, or a login card, through the same throttle as
 * passwords: a few wrong secrets lock that pupil for a while, whoever tries, and a few more in a row
 * lock the tablet; past its budget, the class pauses picture and word sign-in until its teacher reopens it
 * ({@link ClassSignInGuard}).
 */
@Component
public class PupilAuthenticator {

    /** Why a pupil sign-in was refused; each has its own translated message. */
    public enum Refusal {
        /** The secret does not match (or the pupil has none yet). */
        WRONG_SECRET,
        /** Too many wrong secrets for this pupil, or on this tablet, lately. */
        THROTTLED,
        /** Too many wrong secrets in the class: its teacher must reopen sign-in. */
        CLASS_PAUSED
    }

    /** The outcome: an authentication, or why there is none. */
    public record Outcome(Optional<Authentication> authentication, Refusal refusal) {
        static Outcome refused(Refusal refusal) {
            return new Outcome(Optional.empty(), refusal);
        }

        static Outcome signedIn(Account pupil, long credentialVersion) {
            PlatformUser user = new PlatformUser(pupil, credentialVersion);
            return new Outcome(
                    Optional.of(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())),
                    null);
        }
    }

    private final PupilSignIn signIn;
    private final PasswordEncoder hashes;
    private final LoginThrottle throttle;
    private final ClassSignInGuard guard;
    private final AccountRepository accounts;

    public PupilAuthenticator(
            PupilSignIn signIn,
            PasswordEncoder hashes,
            LoginThrottle throttle,
            ClassSignInGuard guard,
            AccountRepository accounts) {
        this.accounts = accounts;
        this.guard = guard;
        this.signIn = signIn;
        this.hashes = hashes;
        this.throttle = throttle;
    }

    /**
     * A class code looked up: its roster, or whether guessing codes from this address is paused.
     *
     * @param roster the class's pupils, when the code is known
     * @param throttled whether this address tried too many unknown codes
     * @param paused whether the class's picture and word sign-in waits for its teacher
     */
    public record RosterLookup(Optional<ClassRoster> roster, boolean throttled, boolean paused) {}

    /**
     * Looks a class code up. Wrong codes count against the address, so nobody can walk through codes to
     * collect pupils' names.
     *
     * @param classCode a code as typed
     * @param locale the reader's language
     * @param address the device's network address
     * @return the class's roster, or why there is none
     */
    public RosterLookup roster(String classCode, Locale locale, String address) {
        String key = "class-code:" + address;
        if (throttle.isLocked(key, address)) {
            return new RosterLookup(Optional.empty(), true, false);
        }
        Optional<ClassRoster> roster = signIn.roster(classCode, locale);
        if (roster.isEmpty()) {
            throttle.failed(key, address);
        }
        return new RosterLookup(
                roster,
                false,
                roster.map(found -> guard.paused(found.classId())).orElse(false));
    }

    /**
     * @param classCode the class code the tablet shows
     * @param pupilId the name tapped
     * @param normalSecret the secret in its normal form ({@code PupilSecret.pictures} or {@code words})
     * @param address the tablet's network address
     * @param tablet the tablet's id, from its cookie
     * @return the pupil's authentication, or why not
     */
    public Outcome withSecret(String classCode, String pupilId, String normalSecret, String address, String tablet) {
        Optional<SchoolClass> schoolClass = signIn.classOfCode(classCode);
        if (schoolClass.isEmpty()) {
            return Outcome.refused(Refusal.WRONG_SECRET);
        }
        if (guard.paused(schoolClass.get().id())) {
            return Outcome.refused(Refusal.CLASS_PAUSED);
        }
        String pupilKey = "pupil:" + pupilId;
        String tabletKey = "tablet:" + tablet;
        if (throttle.isLocked(pupilKey, address) || throttle.isLockedFor(tabletKey)) {
            return Outcome.refused(Refusal.THROTTLED);
        }
        Optional<Account> pupil = signIn.pupilOfClass(classCode, pupilId);
        Optional<String> hash = pupil.flatMap(found -> signIn.secretHash(found.id()));
        if (hash.isEmpty() || normalSecret.isEmpty() || !hashes.matches(normalSecret, hash.get())) {
            throttle.failed(pupilKey, address);
            throttle.failedFor(tabletKey);
            boolean paused = guard.failed(schoolClass.get(), pupilId, tablet);
            return Outcome.refused(paused ? Refusal.CLASS_PAUSED : Refusal.WRONG_SECRET);
        }
        throttle.succeeded(pupilKey);
        throttle.succeeded(tabletKey);
        guard.succeeded(schoolClass.get().id(), pupilId, tablet);
        return Outcome.signedIn(pupil.get(), accounts.credentialVersion(pupilId));
    }

    /**
     * @param token the token of a card's link
     * @param address the device's network address
     * @return the pupil's authentication, or why not
     */
    public Outcome withCard(String token, String address) {
        // Per address: one device scanning forged or revoked cards must not block everyone's cards.
        String key = "card:" + address;
        if (throttle.isLocked(key, address)) {
            return Outcome.refused(Refusal.THROTTLED);
        }
        Optional<Account> pupil = signIn.pupilByCard(token);
        if (pupil.isEmpty()) {
            throttle.failed(key, address);
            return Outcome.refused(Refusal.WRONG_SECRET);
        }
        return Outcome.signedIn(
                pupil.get(), accounts.credentialVersion(pupil.get().id()));
    }
}
