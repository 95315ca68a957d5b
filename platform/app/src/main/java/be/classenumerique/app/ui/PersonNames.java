package be.classenumerique.app.ui;

import com.vaadin.flow.component.HasElement;

/**
 * Shows a name apart from the text around it: an Arabic or Hebrew name takes its own direction and never
 * reorders the words, numbers or punctuation beside it ({@code dir="auto"} isolates it, as {@code <bdi>}
 * would).
 */
final class PersonNames {

    private PersonNames() {}

    /** @return the component whose whole text is a name, marked to be laid out on its own */
    static <T extends HasElement> T isolated(T component) {
        component.getElement().setAttribute("dir", "auto");
        return component;
    }
}
