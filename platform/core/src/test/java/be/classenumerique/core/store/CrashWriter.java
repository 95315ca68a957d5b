package be.classenumerique.core.store;

import java.nio.file.Path;
import org.bson.Document;

/**
 * Writes to the embedded store as fast as it can and prints the id of every write the store has
 * acknowledged, until it is killed. Run in its own JVM by {@link EmbeddedStoreCrashTest}.
 */
public final class CrashWriter {

    private CrashWriter() {}

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        String round = args[1];
        try (DocumentStore store = DocumentStore.embedded(data)) {
            var collection = store.collection("crash");
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                String id = round + "-" + i;
                collection.insertOne(new Document("_id", id).append("key", id).append("payload", "x".repeat(200)));
                System.out.println(id);
                System.out.flush();
            }
        }
    }
}
