package be.classenumerique.core.people.service;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.store.DocumentStore;
import be.classenumerique.core.store.StoredNames;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;

/** Accounts, read by id or by their unique login name. */
public final class AccountRepository {

    static final String COLLECTION = "accounts";
    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> accounts;
    private final MongoCollection<Document> credentials;

    public AccountRepository(DocumentStore store) {
        this.accounts = store.collection(COLLECTION);
        this.credentials = store.collection("account_credentials");
    }

    /**
     * @param id an account
     * @return the version of its credentials: a session signed in under an older one has ended
     * @since 0.3.0
     */
    public long credentialVersion(String id) {
        Document document = credentials.find(new Document("_id", id)).first();
        return document == null ? 0 : document.get("version", Number.class).longValue();
    }

    /**
     * Records that an account's password or second factor changed: every session signed in before ends
     * at its next check, on every node.
     *
     * @param id the account
     * @since 0.3.0
     */
    public void credentialsChanged(String id) {
        credentials.updateOne(
                new Document("_id", id),
                new Document("$inc", new Document("version", 1L))
                        .append("$set", new Document("schemaVersion", SCHEMA_VERSION)),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }

    /**
     * Cleans people's names stored with direction controls; migrations call it once.
     *
     * @return how many names were cleaned
     */
    public static int removeDirectionControls(DocumentStore store) {
        return StoredNames.clean(store.collection(COLLECTION), "displayName");
    }

    /** Declares the unique index on login names; used by the first migration. */
    public static void createIndexes(DocumentStore store) {
        store.collection(COLLECTION).createIndex(Indexes.ascending("loginName"), new IndexOptions().unique(true));
    }

    public Optional<Account> findById(String id) {
        return Optional.ofNullable(accounts.find(new Document("_id", id)).first())
                .map(AccountRepository::fromDocument);
    }

    public Optional<Account> findByLoginName(String loginName) {
        return Optional.ofNullable(accounts.find(new Document("loginName", Account.normalizeLoginName(loginName)))
                        .first())
                .map(AccountRepository::fromDocument);
    }

    /**
     * @param ids account ids
     * @return the accounts that exist, in the order of the ids
     */
    public List<Account> findAll(Collection<String> ids) {
        List<Account> found = new ArrayList<>();
        for (String id : ids) {
            findById(id).ifPresent(found::add);
        }
        return found;
    }

    /** @throws com.mongodb.MongoWriteException when the id or login name is taken */
    public void insert(Account account) {
        accounts.insertOne(toDocument(account));
    }

    /**
     * Creates or replaces an account by id.
     *
     * @throws com.mongodb.MongoWriteException when the login name belongs to another account
     */
    public void save(Account account) {
        accounts.replaceOne(new Document("_id", account.id()), toDocument(account), new ReplaceOptions().upsert(true));
    }

    /**
     * Creates or replaces many accounts in one round trip.
     *
     * @throws com.mongodb.MongoBulkWriteException when a login name belongs to another account
     */
    public void saveAll(List<Account> batch) {
        if (batch.isEmpty()) {
            return;
        }
        accounts.bulkWrite(batch.stream()
                .map(account -> new ReplaceOneModel<>(
                        new Document("_id", account.id()), toDocument(account), new ReplaceOptions().upsert(true)))
                .toList());
    }

    /** Deletes an account; for erasures. */
    public void delete(String id) {
        accounts.deleteOne(new Document("_id", id));
        credentials.deleteOne(new Document("_id", id));
    }

    public long count() {
        return accounts.countDocuments();
    }

    private static Document toDocument(Account account) {
        return new Document("_id", account.id())
                .append("schemaVersion", SCHEMA_VERSION)
                .append("schoolId", account.schoolId())
                .append("role", account.role().name())
                .append("displayName", account.displayName())
                .append("loginName", account.loginName())
                .append("passwordHash", account.passwordHash())
                .append("language", account.language().toLanguageTag())
                .append("classIds", account.classIds())
                .append("active", account.active());
    }

    private static Account fromDocument(Document document) {
        return new Account(
                document.getString("_id"),
                document.getString("schoolId"),
                Role.valueOf(document.getString("role")),
                document.getString("displayName"),
                document.getString("loginName"),
                document.getString("passwordHash"),
                Locale.forLanguageTag(document.getString("language")),
                document.getList("classIds", String.class, List.of()),
                document.getBoolean("active", true));
    }
}
