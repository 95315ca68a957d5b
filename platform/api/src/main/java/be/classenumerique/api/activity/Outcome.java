package be.classenumerique.api.activity;

/**
 * How a graded response turned out.
 *
 * @since 0.1.0
 */
public enum Outcome {
    /** Fully right. */
    CORRECT,
    /** Partly right: some points. */
    PARTIAL,
    /** Wrong. */
    INCORRECT,
    /** Nothing to grade, e.g. a lesson page that was read. */
    COMPLETED
}
