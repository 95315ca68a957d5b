package be.classenumerique.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that writes to the embedded store with SIGKILL ({@code kill -9}) and checks that
 * every write it had acknowledged is there after a restart, with its unique index in step.
 */
class EmbeddedStoreCrashTest {

    private static final int ROUNDS = 3;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
        try (DocumentStore store = DocumentStore.embedded(data)) {
            store.collection("crash").createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        }
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.addAll(writeUntilKilled("r" + round));
        }

        try (DocumentStore store = DocumentStore.embedded(data)) {
            var collection = store.collection("crash");
            List<String> missing = acknowledged.stream()
                    .filter(id -> collection.find(new Document("_id", id)).first() == null)
                    .toList();
            assertThat(missing).as("acknowledged writes lost by kill -9").isEmpty();
            String last = acknowledged.getLast();
            assertThat(collection.find(new Document("key", last)).first())
                    .as("unique index in step with the data")
                    .isNotNull();
            assertThatThrownBy(() -> collection.insertOne(new Document("_id", "other").append("key", last)))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    private List<String> writeUntilKilled(String round) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashWriter.class.getName(),
                        data.toString(),
                        round)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(round + "-")) {
                    acknowledged.add(line);
                    if (acknowledged.size() == ACKNOWLEDGED_BEFORE_KILL) {
                        writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no last commit
                        break;
                    }
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSize(ACKNOWLEDGED_BEFORE_KILL);
        return acknowledged;
    }
}
