package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.shared.Secrets;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * Self-service password reset: a link sent to an adult's own e-mail address, valid one hour, usable once;
 * a newer link replaces an older one. Only the SHA-256 of a link's secret is stored, read by id.
 */
public final class PasswordResetLinks {

    /** How long a link works. */
    public static final Duration VALIDITY = Duration.ofHours(1);

    private static final int SECRET_BYTES = 32;
    private static final int SCHEMA_VERSION = 1;

    /** A link just made: its secret goes into the e-mail to the account's address, nowhere else. */
    public record Issued(Account account, String secret) {}

    private final MongoCollection<Document> links;
    private final MongoCollection<Document> latest;
    private final AccountRepository accounts;
    private final People people;
    private final SecureRandom random;
    private final Clock clock;

    public PasswordResetLinks(
            DocumentStore store, AccountRepository accounts, People people, SecureRandom random, Clock clock) {
        this.links = store.collection("password_reset_links");
        this.latest = store.collection("password_reset_latest");
        this.accounts = accounts;
        this.people = people;
        this.random = random;
        this.clock = clock;
    }

    /**
     * @param email as typed on the "forgotten password" page
     * @return a new link when the address is an active adult's sign-in name; empty otherwise, and the
     *     caller says the same thing either way
     */
    public Optional<Issued> issue(String email) {
        if (!Account.isEmailAddress(email)) {
            return Optional.empty();
        }
        Optional<Account> found = accounts.findByLoginName(email).filter(PasswordResetLinks::mayReset);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get();
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = Secrets.sha256(secret);
        Document previous = latest.find(new Document("_id", account.id())).first();
        if (previous != null) {
            links.deleteOne(new Document("_id", previous.getString("linkId")));
        }
        links.insertOne(new Document("_id", id)
                .append("accountId", account.id())
                .append("expiresAt", clock.instant().plus(VALIDITY).toString())
                .append("schemaVersion", SCHEMA_VERSION));
        latest.replaceOne(
                new Document("_id", account.id()),
                new Document("_id", account.id()).append("linkId", id).append("schemaVersion", SCHEMA_VERSION),
                new ReplaceOptions().upsert(true));
        return Optional.of(new Issued(account, secret));
    }

    /**
     * @param secret from a link, possibly forged
     * @return whose password the link resets, while it works
     */
    public Optional<Account> holder(String secret) {
        return Optional.ofNullable(secret)
                .map(Secrets::sha256)
                .map(id -> links.find(new Document("_id", id)).first())
                .filter(this::unexpired)
                .flatMap(link -> accounts.findById(link.getString("accountId")))
                .filter(PasswordResetLinks::mayReset);
    }

    /**
     * Sets the new password and spends the link: a second use, even racing the first, fails.
     *
     * @param secret from the link
     * @param newHash the adaptive hash of the new password, checked for length by the caller
     * @return whether the password was changed
     */
    public boolean use(String secret, String newHash) {
        if (secret == null) {
            return false;
        }
        Document link = links.findOneAndDelete(new Document("_id", Secrets.sha256(secret)));
        if (link == null || !unexpired(link)) {
            return false;
        }
        Optional<Account> account =
                accounts.findById(link.getString("accountId")).filter(PasswordResetLinks::mayReset);
        if (account.isEmpty()) {
            return false;
        }
        Account person = account.get();
        latest.deleteOne(new Document("_id", person.id()));
        people.changeOwnPassword(
                new Caller(
                        person.id(), person.schoolId(), person.displayName(), Set.of(person.role()), person.language()),
                newHash);
        return true;
    }

    private boolean unexpired(Document link) {
        return Instant.parse(link.getString("expiresAt")).isAfter(clock.instant());
    }

    private static boolean mayReset(Account account) {
        return account.active() && account.role() != Role.PUPIL && account.passwordHash() != null;
    }
}
