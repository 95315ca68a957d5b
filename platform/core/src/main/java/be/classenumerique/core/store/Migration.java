package be.classenumerique.core.store;

/**
 * One step of the database's schema history. Runs once per database, at start-up, in id order, and
 * must be idempotent: a run interrupted half-way is run again from the start.
 */
public interface Migration {

    /** @return a sortable id, e.g. {@code 0001-unique-login-names}; never changed once released */
    String id();

    /**
     * @param store the database to migrate
     */
    void apply(DocumentStore store);
}
