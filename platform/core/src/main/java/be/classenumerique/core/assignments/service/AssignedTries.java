package be.classenumerique.core.assignments.service;

import be.classenumerique.core.assignments.domain.Assignment;
import be.classenumerique.core.attempts.service.TryLimits;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import java.util.OptionalInt;
import org.bson.Document;

/** The tries a teacher allowed in the work they gave: the lowest limit of the assignments meant for the pupil. */
public final class AssignedTries implements TryLimits {

    private final MongoCollection<Document> assignments;
    private final MongoCollection<Document> byClass;

    public AssignedTries(DocumentStore store) {
        this.assignments = store.collection("assignments");
        this.byClass = store.collection("class_assignments");
    }

    @Override
    public OptionalInt of(String pupilId, SchoolClass schoolClass, String moduleId) {
        return AssignmentDocuments.ofClass(byClass, assignments, schoolClass.id()).stream()
                .filter(assignment -> assignment.moduleId().equals(moduleId))
                .filter(assignment -> assignment.maxTries() > 0)
                .filter(assignment -> assignment.audience().includes(pupilId, schoolClass))
                .mapToInt(Assignment::maxTries)
                .min();
    }
}
