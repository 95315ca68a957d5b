package be.classenumerique.core.shared;

/**
 * A request the caller may make in general but that cannot be carried out now (a closed assignment, a
 * replayed id for another activity…). Carries a message key so the UI can say why, translated.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;

    public RefusedException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** @return the i18n key of the message to show */
    public String messageKey() {
        return messageKey;
    }
}
