package be.classenumerique.core.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Turns stored documents back into the plain JSON-like values the api's records take. */
public final class Bson {

    private Bson() {}

    public static Map<String, Object> plain(Document document) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (document != null) {
            document.forEach((key, value) -> values.put(key, plainValue(value)));
        }
        return values;
    }

    private static Object plainValue(Object value) {
        if (value instanceof Document document) {
            return plain(document);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Bson::plainValue).toList();
        }
        return value;
    }
}
