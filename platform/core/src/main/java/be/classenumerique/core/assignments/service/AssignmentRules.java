package be.classenumerique.core.assignments.service;

import be.classenumerique.core.assignments.domain.Assignment;
import be.classenumerique.core.attempts.service.SubmissionRules;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.store.DocumentStore;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The rules of the work given to a pupil: the lowest number of tries any of it allows, and no answer
 * after the due day of work that does not accept late answers.
 */
public final class AssignmentRules implements SubmissionRules {

    private final MongoCollection<Document> assignments;
    private final MongoCollection<Document> byClass;
    private final Clock clock;

    public AssignmentRules(DocumentStore store, Clock clock) {
        this.assignments = store.collection("assignments");
        this.byClass = store.collection("class_assignments");
        this.clock = clock;
    }

    @Override
    public Optional<String> refusal(String pupilId, SchoolClass schoolClass, String moduleId, int triesSoFar) {
        List<Assignment> given = AssignmentDocuments.ofClass(byClass, assignments, schoolClass.id()).stream()
                .filter(assignment -> assignment.moduleId().equals(moduleId))
                .filter(assignment -> assignment.audience().includes(pupilId, schoolClass))
                .toList();
        boolean closed = given.stream()
                .anyMatch(assignment -> !assignment.lateAccepted()
                        && assignment.due().filter(clock.instant()::isAfter).isPresent());
        if (closed) {
            return Optional.of("attempt.refused.closed");
        }
        boolean noTriesLeft = given.stream()
                .filter(assignment -> assignment.maxTries() > 0)
                .anyMatch(assignment -> triesSoFar >= assignment.maxTries());
        return noTriesLeft ? Optional.of("attempt.refused.no-more-tries") : Optional.empty();
    }
}
