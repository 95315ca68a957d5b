package be.classenumerique.core.assignments.domain;

import be.classenumerique.core.content.domain.Module;

/**
 * An assignment as one pupil sees it.
 *
 * @param assignment the assignment
 * @param module its module
 * @param status to do, late or done
 * @param activitiesDone how many of the module's activities the pupil answered
 */
public record PupilTask(Assignment assignment, Module module, Status status, int activitiesDone) {

    /** Where the pupil stands, in the order a pupil's home lists them. */
    public enum Status {
        LATE,
        TO_DO,
        DONE
    }

    /** @return how many activities the module has */
    public int activitiesTotal() {
        return module.activities().size();
    }
}
