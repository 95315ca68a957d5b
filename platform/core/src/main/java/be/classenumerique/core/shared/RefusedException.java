package be.classenumerique.core.shared;

/**
 * A request the caller may make in general but that cannot be carried out now (a closed assignment, a
 * replayed id for another activity…). Carries a message key so the UI can say why, translated.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final Object[] messageArguments;

    public RefusedException(String messageKey, String detail) {
        this(messageKey, detail, new Object[0]);
    }

    /**
     * @param messageKey the i18n key of the message
     * @param detail for logs, in English
     * @param messageArguments the message's placeholders, e.g. the name of the activity that is incomplete
     */
    public RefusedException(String messageKey, String detail, Object... messageArguments) {
        super(detail);
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.clone();
    }

    /** @return the values of the message's placeholders */
    public Object[] messageArguments() {
        return messageArguments.clone();
    }

    /** @return the i18n key of the message to show */
    public String messageKey() {
        return messageKey;
    }
}
