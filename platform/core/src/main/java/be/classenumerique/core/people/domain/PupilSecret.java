package be.classenumerique.core.people.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a pupil proves who they are after tapping their name in their class: two pictures out of nine
 * for the youngest, two simple words for older pupils. The secret is kept only as an adaptive hash of
 * its {@link #normalize normal form}.
 */
public final class PupilSecret {

    /** The nine pictures, by id; their names are translated and their images are in the theme. */
    public static final List<String> PICTURES =
            List.of("soleil", "lune", "etoile", "arbre", "poisson", "maison", "velo", "fleur", "chat");

    /** How many pictures make a secret. */
    public static final int PICTURES_IN_SECRET = 2;

    /** The kinds of secret. */
    public enum Kind {
        /** Tap two of nine pictures: for pupils who do not read or type yet. */
        PICTURES,
        /** Type two words: for pupils who read. */
        WORDS
    }

    private PupilSecret() {}

    /**
     * The kind a class's pupils get: pictures up to P4, words from P5.
     *
     * @param level an FWB level such as {@code P3}
     * @return the kind of secret
     */
    public static Kind kindForLevel(String level) {
        return Set.of("P1", "P2", "P3", "P4").contains(level) ? Kind.PICTURES : Kind.WORDS;
    }

    /**
     * @param pictures the picture ids tapped, in any order
     * @return the normal form of a picture secret, or empty when the taps are not two distinct known pictures
     */
    public static String pictures(List<String> pictures) {
        TreeSet<String> distinct = new TreeSet<>(pictures);
        if (distinct.size() != PICTURES_IN_SECRET || !PICTURES.containsAll(distinct)) {
            return "";
        }
        return String.join("+", distinct);
    }

    /**
     * @param typed words as typed, with any case, accents or spacing
     * @return the normal form of a word secret: lower case, no accents, words joined by dashes
     */
    public static String words(String typed) {
        String plain = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return String.join("-", plain.trim().split("[^a-z0-9]+")).replaceAll("^-|-$", "");
    }
}
