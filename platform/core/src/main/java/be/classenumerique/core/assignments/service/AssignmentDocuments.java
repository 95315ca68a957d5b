package be.classenumerique.core.assignments.service;

import be.classenumerique.core.assignments.domain.Assignment;
import be.classenumerique.core.assignments.domain.Audience;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** How assignments are stored: one document each, and one list of ids per class; both read by id. */
final class AssignmentDocuments {

    private AssignmentDocuments() {}

    static List<Assignment> ofClass(
            MongoCollection<Document> byClass, MongoCollection<Document> assignments, String classId) {
        Document list = byClass.find(new Document("_id", classId)).first();
        List<Assignment> found = new ArrayList<>();
        if (list != null) {
            for (String id : list.getList("ids", String.class, List.of())) {
                find(assignments, id).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(Assignment::opensAt).reversed());
        return found;
    }

    static Optional<Assignment> find(MongoCollection<Document> assignments, String id) {
        return Optional.ofNullable(assignments.find(new Document("_id", id)).first())
                .map(AssignmentDocuments::fromDocument);
    }

    static Document toDocument(Assignment assignment) {
        return new Document("_id", assignment.id())
                .append("schemaVersion", 1)
                .append("schoolId", assignment.schoolId())
                .append("classId", assignment.classId())
                .append("moduleId", assignment.moduleId())
                .append("audience", assignment.audience().kind().name())
                .append("audienceIds", assignment.audience().ids())
                .append("opensAt", assignment.opensAt().toString())
                .append(
                        "dueAt",
                        assignment.dueAt() == null ? null : assignment.dueAt().toString())
                .append("required", assignment.required())
                .append("createdBy", assignment.createdBy())
                .append("createdAt", assignment.createdAt().toString())
                .append("maxTries", assignment.maxTries())
                .append("lateAccepted", assignment.lateAccepted());
    }

    static Assignment fromDocument(Document document) {
        String due = document.getString("dueAt");
        return new Assignment(
                document.getString("_id"),
                document.getString("schoolId"),
                document.getString("classId"),
                document.getString("moduleId"),
                new Audience(
                        Audience.Kind.valueOf(document.getString("audience")),
                        document.getList("audienceIds", String.class, List.of())),
                Instant.parse(document.getString("opensAt")),
                due == null ? null : Instant.parse(due),
                document.getBoolean("required", true),
                document.getString("createdBy"),
                Instant.parse(document.getString("createdAt")),
                document.get("maxTries", 0),
                document.getBoolean("lateAccepted", true));
    }
}
