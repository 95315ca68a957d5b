package be.classenumerique.app.health;

import be.classenumerique.app.plugins.PluginHost;
import be.classenumerique.core.content.service.ModuleCatalogue;
import be.classenumerique.core.store.DocumentStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}: whether the store answers, which store it is, and what was loaded. */
@RestController
public class HealthController {

    private final DocumentStore store;
    private final PluginHost plugins;
    private final ModuleCatalogue catalogue;

    public HealthController(DocumentStore store, PluginHost plugins, ModuleCatalogue catalogue) {
        this.store = store;
        this.plugins = plugins;
        this.catalogue = catalogue;
    }

    @GetMapping(value = "/health", produces = "application/json")
    public ResponseEntity<Map<String, Object>> health() {
        boolean storeUp;
        try {
            store.collection("migrations").find(new Document()).limit(1).first();
            storeUp = true;
        } catch (RuntimeException e) {
            storeUp = false;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", storeUp ? "UP" : "DOWN");
        body.put("store", store.kind().name().toLowerCase(java.util.Locale.ROOT));
        body.put("plugins", plugins.startedCount());
        body.put("pluginsRefused", plugins.describe().size() - plugins.startedCount());
        body.put("modules", catalogue.all().size());
        body.put("contentProblems", catalogue.problems().size());
        return ResponseEntity.status(storeUp ? 200 : 503).body(body);
    }
}
