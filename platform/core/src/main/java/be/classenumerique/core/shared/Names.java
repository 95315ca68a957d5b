package be.classenumerique.core.shared;

import be.classenumerique.api.text.DirectionControls;

/** What every name given to the platform must respect, whoever types it: a person's, a class's, a school's. */
public final class Names {

    private Names() {}

    /**
     * @param name a name as typed or imported
     * @throws RefusedException {@code name.direction-control} when it holds a control that would make it
     *     read as another ({@link DirectionControls})
     */
    public static void refuseDirectionControls(String name) {
        if (DirectionControls.present(name)) {
            throw new RefusedException("name.direction-control", "direction control in a name");
        }
    }
}
