package be.classenumerique.core.store;

import be.classenumerique.api.text.DirectionControls;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.List;
import org.bson.Document;

/**
 * Takes direction controls ({@link DirectionControls}) out of names stored before they were refused, for
 * the migrations of the collections that hold names. A name made of controls only becomes "?" for an admin
 * to rename, never blank. Each update names the value it read, so a name changed meanwhile is left as the
 * person wrote it.
 */
public final class StoredNames {

    private StoredNames() {}

    /** @return how many documents had a name cleaned in {@code field} */
    public static int clean(MongoCollection<Document> collection, String field) {
        int cleaned = 0;
        for (Document document : collection.find().projection(Projections.include(field))) {
            String value = text(document, field);
            if (DirectionControls.present(value)) {
                collection.updateOne(
                        new Document("_id", document.get("_id")).append(field, value),
                        new Document("$set", new Document(field, cleanName(value))));
                cleaned++;
            }
        }
        return cleaned;
    }

    /** @return how many documents had a name cleaned in one of the sub-documents of the list {@code field} */
    public static int cleanInList(MongoCollection<Document> collection, String field, String nameField) {
        int cleaned = 0;
        for (Document document : collection.find().projection(Projections.include(field))) {
            List<Document> items = document.getList(field, Document.class, List.of());
            if (items.stream().anyMatch(item -> DirectionControls.present(text(item, nameField)))) {
                List<Document> cleanItems = items.stream()
                        .map(item -> new Document(item).append(nameField, cleanName(text(item, nameField))))
                        .toList();
                collection.updateOne(
                        new Document("_id", document.get("_id")).append(field, items),
                        new Document("$set", new Document(field, cleanItems)));
                cleaned++;
            }
        }
        return cleaned;
    }

    private static String text(Document document, String field) {
        return document.get(field) instanceof String value ? value : null;
    }

    private static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String cleaned = DirectionControls.strip(name).strip();
        return cleaned.isEmpty() ? "?" : cleaned;
    }
}
