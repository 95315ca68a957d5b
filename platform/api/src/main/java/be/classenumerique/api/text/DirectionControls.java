package be.classenumerique.api.text;

/**
 * The invisible Unicode controls that reorder the text around them: the embeddings and overrides U+202A to
 * U+202E and the isolates U+2066 to U+2069. Typed or pasted into a name they make it read as another
 * ("\u202Eevil" shows as "live"), so the platform refuses them in every name it is given, in forms and in a
 * roster import; a plugin that takes in names (a roster from another tool) refuses them too. Arabic and
 * Hebrew names need none of them: the platform shows each name isolated from the text around it, which
 * lays out right-to-left letters correctly.
 *
 * @since 0.2.1
 */
public final class DirectionControls {

    private DirectionControls() {}

    /**
     * @param text any text, or null
     * @return whether it holds at least one direction control
     * @since 0.2.1
     */
    public static boolean present(String text) {
        return text != null && text.codePoints().anyMatch(DirectionControls::isControl);
    }

    /**
     * @param codePoint a Unicode code point
     * @return whether it is an embedding, override or isolate control
     * @since 0.2.1
     */
    public static boolean isControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /**
     * @param text any text, or null
     * @return the text without its direction controls; null for null
     * @since 0.2.1
     */
    public static String strip(String text) {
        if (!present(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(codePoint -> !isControl(codePoint)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
