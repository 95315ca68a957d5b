package be.classenumerique.core.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The platform's MongoDB database: either the embedded store in the data folder, or a real MongoDB
 * (replica set) named by a connection string, written with majority, journaled write concern.
 */
public final class DocumentStore implements AutoCloseable {

    /** Which store serves the platform. */
    public enum Kind {
        /** mongo-java-server on an H2 file: trial, development and tests only. */
        EMBEDDED,
        /** A real MongoDB named by {@code MONGODB_URI}. */
        MONGODB
    }

    private static final String DEFAULT_DATABASE = "classenumerique";

    private final Kind kind;
    private final Optional<EmbeddedStore> embedded;
    private final MongoClient client;
    private final MongoDatabase database;

    private DocumentStore(Kind kind, Optional<EmbeddedStore> embedded, ConnectionString uri, WriteConcern concern) {
        this.kind = kind;
        this.embedded = embedded;
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(uri)
                .writeConcern(concern)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build();
        this.client = MongoClients.create(settings);
        this.database =
                client.getDatabase(Optional.ofNullable(uri.getDatabase()).orElse(DEFAULT_DATABASE));
    }

    /**
     * Starts the embedded store in a folder and connects to it.
     *
     * @param dataDirectory the folder for the store's file
     * @return a connected store
     */
    public static DocumentStore embedded(Path dataDirectory) {
        EmbeddedStore store = EmbeddedStore.start(dataDirectory);
        return new DocumentStore(
                Kind.EMBEDDED,
                Optional.of(store),
                new ConnectionString(store.connectionString() + "/" + DEFAULT_DATABASE),
                WriteConcern.ACKNOWLEDGED);
    }

    /**
     * Connects to a real MongoDB.
     *
     * @param uri a MongoDB connection string
     * @return a connected store writing with majority, journaled write concern
     */
    public static DocumentStore mongodb(String uri) {
        return new DocumentStore(
                Kind.MONGODB, Optional.empty(), new ConnectionString(uri), WriteConcern.MAJORITY.withJournal(true));
    }

    /** @return which store this is */
    public Kind kind() {
        return kind;
    }

    /**
     * @param name a collection name; plugin collections start with the plugin id
     * @return the collection
     */
    public MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    @Override
    public void close() {
        client.close();
        embedded.ifPresent(EmbeddedStore::close);
    }
}
