package be.classenumerique.core.shared;

/**
 * The object does not exist, or the caller may not know that it does: another school's or another
 * class's object answers exactly like a missing one.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
