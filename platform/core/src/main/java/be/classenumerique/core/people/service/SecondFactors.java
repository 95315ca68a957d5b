package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.audit.service.AuditLog;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.Totp;
import be.classenumerique.core.shared.NotFoundException;
import be.classenumerique.core.shared.RefusedException;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The second sign-in factor of adults: a time-based code from an authenticator app (TOTP). Optional for
 * teachers and parents, required for school and platform admins. One document per person, read by the
 * account id; the last accepted step is kept so a code works only once.
 */
public final class SecondFactors {

    /** Steps accepted either side of now, for a phone's clock that is a little off. */
    private static final int DRIFT_STEPS = 1;

    private static final int KEY_BYTES = 20;
    private static final int SCHEMA_VERSION = 1;

    /** A key being set up, shown to the person and not yet stored. */
    public record Enrolment(String key, String uri) {}

    private final MongoCollection<Document> factors;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final SecureRandom random;
    private final Clock clock;
    private final AccountAuthority authority;
    private final SecondAdmin secondAdmin;

    public SecondFactors(
            DocumentStore store,
            AccountRepository accounts,
            Guardianships guardianships,
            AuditLog audit,
            SecureRandom random,
            Clock clock) {
        this.authority = new AccountAuthority(accounts, guardianships);
        this.secondAdmin = new SecondAdmin(store, audit, clock);
        this.factors = store.collection("second_factors");
        this.accounts = accounts;
        this.audit = audit;
        this.random = random;
        this.clock = clock;
    }

    /**
     * @param role a role
     * @return whether people with this role must have a second factor before they do anything
     */
    public static boolean requiredFor(Role role) {
        return role == Role.SCHOOL_ADMIN || role == Role.PLATFORM_ADMIN;
    }

    /**
     * @param accountId a person
     * @return whether their sign-in asks for a code
     */
    public boolean isEnabled(String accountId) {
        return factors.find(new Document("_id", accountId)).first() != null;
    }

    /**
     * Makes a new key for the signed-in person to add to their app; nothing is stored until {@link
     * #confirm} sees a code made with it.
     *
     * @param caller an adult who signs in with a password
     * @param issuer the platform's name, as the app shows it
     * @return the key and the {@code otpauth://} address to show as a QR code
     */
    public Enrolment start(Caller caller, String issuer) {
        Account person = adult(caller);
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        String base32 = Totp.base32(key);
        String label = encode(issuer + ":" + person.loginName());
        return new Enrolment(
                base32,
                "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(issuer)
                        + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /**
     * Keeps the key once the person's app shows the right code for it, replacing any earlier key (a new
     * phone); the person's other sessions end. Replacing a key needs more than a session: whoever found
     * a signed-in browser must not move the second factor to their own phone.
     *
     * @param caller the person who started the enrolment
     * @param key the key from {@link #start}
     * @param code what the app shows
     * @param currentCredentialProven whether the person proved again, with their password or a code of
     *     their current key, that they are who signed in; needed when they already have a key
     * @throws RefusedException {@code security.code.wrong} when the code does not match, {@code
     *     security.proof.needed} when a key would be replaced without that proof
     */
    public void confirm(Caller caller, String key, String code, boolean currentCredentialProven) {
        Account person = adult(caller);
        if (isEnabled(person.id()) && !currentCredentialProven) {
            throw new RefusedException("security.proof.needed", "replacing a second factor needs the password");
        }
        byte[] secret = Totp.fromBase32(key);
        long step = matchingStep(secret, code, Long.MIN_VALUE)
                .orElseThrow(() -> new RefusedException("security.code.wrong", "wrong code"));
        factors.replaceOne(
                new Document("_id", person.id()),
                new Document("_id", person.id())
                        .append("key", key)
                        .append("lastStep", step)
                        .append("since", clock.instant().toString())
                        .append("schemaVersion", SCHEMA_VERSION),
                new ReplaceOptions().upsert(true));
        accounts.credentialsChanged(person.id());
        audit.record(caller, person.schoolId(), "person.second-factor.enable", person.id(), "");
    }

    /**
     * Checks a code at sign-in. A code is accepted once: a second use of the same or an older step fails,
     * even when two sign-ins race.
     *
     * @param accountId the person whose password was right
     * @param code what they typed
     * @return whether the code is right and unused
     */
    public boolean verify(String accountId, String code) {
        Document factor = factors.find(new Document("_id", accountId)).first();
        if (factor == null) {
            return false;
        }
        long lastStep = factor.get("lastStep", Number.class).longValue();
        Optional<Long> step = matchingStep(Totp.fromBase32(factor.getString("key")), code, lastStep);
        return step.isPresent()
                && factors.updateOne(
                                        Filters.and(Filters.eq("_id", accountId), Filters.lt("lastStep", step.get())),
                                        Updates.set("lastStep", step.get()))
                                .getModifiedCount()
                        == 1;
    }

    /**
     * Turns the second factor off for the signed-in person, who proves it with a current code; their
     * other sessions end. Admins cannot: theirs is required.
     *
     * @param caller the person
     * @param code what their app shows
     * @throws RefusedException {@code security.code.wrong} for a wrong code, {@code security.required}
     *     for an admin
     */
    public void disableOwn(Caller caller, String code) {
        Account person = adult(caller);
        if (requiredFor(person.role())) {
            throw new RefusedException("security.required", "second factor required for admins");
        }
        if (!verify(person.id(), code)) {
            throw new RefusedException("security.code.wrong", "wrong code");
        }
        factors.deleteOne(new Document("_id", person.id()));
        accounts.credentialsChanged(person.id());
        audit.record(caller, person.schoolId(), "person.second-factor.disable", person.id(), "");
    }

    /**
     * Removes a person's second factor when they lost their phone; their sessions end, and they set up a
     * new one at their next sign-in if their role requires it.
     *
     * @param caller an admin who manages the person's account ({@link AccountAuthority}), or a platform
     *     admin for a school admin; a school admin's factor also needs a second admin ({@link SecondAdmin})
     * @param personId the person; never the caller
     * @throws NotFoundException for anyone else
     * @throws be.classenumerique.core.shared.RefusedException {@code people.second-admin} when a second
     *     admin must still confirm
     */
    public void reset(Caller caller, String personId) {
        Account person = accounts.findById(personId)
                .filter(found -> !found.id().equals(caller.accountId()))
                .filter(found -> authority.manages(caller, found)
                        || (caller.has(Role.PLATFORM_ADMIN) && found.role() == Role.SCHOOL_ADMIN))
                .orElseThrow(() -> new NotFoundException("person"));
        secondAdmin.require(caller, person, "person.second-factor.reset");
        factors.deleteOne(new Document("_id", person.id()));
        accounts.credentialsChanged(person.id());
        audit.record(caller, person.schoolId(), "person.second-factor.reset", person.id(), "");
    }

    /**
     * @param accountId a person
     * @return whether they have a second factor and since when, never the key
     */
    public Map<String, Object> factsForPrivacyRequest(String accountId) {
        Document factor = factors.find(new Document("_id", accountId)).first();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("enabled", factor != null);
        if (factor != null) {
            facts.put("since", factor.getString("since"));
        }
        return facts;
    }

    /** Forgets the key of an erased person. */
    public void forgetForErasure(String accountId) {
        factors.deleteOne(new Document("_id", accountId));
    }

    private Optional<Long> matchingStep(byte[] key, String code, long afterStep) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + Totp.DIGITS + "}")) {
            return Optional.empty();
        }
        long now = Totp.step(clock.instant().getEpochSecond());
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if (step > afterStep && constantTimeEquals(Totp.code(key, step), typed)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private static boolean constantTimeEquals(String expected, String typed) {
        return java.security.MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
    }

    private Account adult(Caller caller) {
        return accounts.findById(caller.accountId())
                .filter(person -> person.role() != Role.PUPIL && person.passwordHash() != null)
                .orElseThrow(() -> new NotFoundException("person"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
