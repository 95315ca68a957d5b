package be.classenumerique.core.schools.domain;

import java.util.List;

/** The levels of the Fédération Wallonie-Bruxelles that classes and modules are given. */
public final class Levels {

    /** Special education, outside the year-by-year order. */
    public static final String SPECIALISED = "SPECIALISED";

    /** The year-by-year levels, primary then secondary, in order. */
    public static final List<String> ORDERED =
            List.of("P1", "P2", "P3", "P4", "P5", "P6", "S1", "S2", "S3", "S4", "S5", "S6");

    /** Every level, in the order a school lists them. */
    public static final List<String> ALL = java.util.stream.Stream.concat(
                    ORDERED.stream(), java.util.stream.Stream.of(SPECIALISED))
            .toList();

    private Levels() {}

    /** @return whether the code names a level */
    public static boolean isKnown(String level) {
        return ALL.contains(level);
    }
}
