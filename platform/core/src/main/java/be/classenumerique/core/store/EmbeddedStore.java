package be.classenumerique.core.store;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded, in-process MongoDB-wire-compatible store: mongo-java-server on an H2 file, reached
 * through the real MongoDB driver on a loopback port. For trying the platform out, development and
 * tests; a school's production runs a MongoDB replica set. Its limits (no transactions, no TTL, no
 * secondary indexes) are listed in STACK.md and the README.
 */
public final class EmbeddedStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStore.class);

    private final MVStore file;
    private final CommittingH2Backend backend;
    private final MongoServer server;
    private final String connectionString;

    private EmbeddedStore(Path dataFile) {
        this.file = new MVStore.Builder().fileName(dataFile.toString()).open();
        this.backend = new CommittingH2Backend(file);
        this.server = new MongoServer(backend);
        this.connectionString = server.bindAndGetConnectionString();
        LOG.info("Embedded store on {} serving {}", dataFile, connectionString);
    }

    /**
     * Opens (or creates) the store in a folder and starts serving it on a free loopback port.
     *
     * @param dataDirectory the folder holding {@code store.mv.db}
     * @return the started store
     */
    public static EmbeddedStore start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDirectory, e);
        }
        return new EmbeddedStore(dataDirectory.resolve("store.mv.db"));
    }

    /** @return a MongoDB connection string for the driver, e.g. {@code mongodb://127.0.0.1:41234} */
    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
