package be.classenumerique.core.people.service;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.util.List;
import org.bson.Document;

/**
 * Which pupils a parent follows: one document per parent, read by the parent's id. Only live links are
 * kept here; claiming by invitation code and revoking come with the school core.
 */
public final class GuardianshipRepository {

    private static final int SCHEMA_VERSION = 1;

    private final MongoCollection<Document> guardianships;

    public GuardianshipRepository(DocumentStore store) {
        this.guardianships = store.collection("guardianships");
    }

    /** Links a parent to a pupil; linking twice changes nothing. */
    public void link(String parentId, String pupilId) {
        guardianships.updateOne(
                new Document("_id", parentId),
                new Document("$addToSet", new Document("pupilIds", pupilId))
                        .append("$set", new Document("schemaVersion", SCHEMA_VERSION)),
                new UpdateOptions().upsert(true));
    }

    /**
     * @param caller a parent
     * @return the pupils the caller is a live guardian of; nothing for anyone else
     */
    public List<String> childrenOf(Caller caller) {
        if (!caller.has(Role.PARENT)) {
            return List.of();
        }
        Document document =
                guardianships.find(new Document("_id", caller.accountId())).first();
        return document == null ? List.of() : document.getList("pupilIds", String.class, List.of());
    }
}
