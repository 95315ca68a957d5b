package be.classenumerique.app.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;

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

    /** Stands for the name in a translation, so the sentence can be cut around it; never in a message. */
    static final String NAME = "\uE000";

    /**
     * @param component an empty heading or paragraph
     * @param sentence the translated sentence with {@link #NAME} where the name goes, e.g. {@code
     *     getTranslation("learn.hello", PersonNames.NAME)}
     * @param name the person's name
     * @return the component holding the sentence, the name in a {@code <bdi>} of its own
     */
    static <T extends HasElement> T inSentence(T component, String sentence, String name) {
        int at = sentence.indexOf(NAME);
        Element element = component.getElement();
        if (at < 0) {
            element.setText(sentence);
            return component;
        }
        element.appendChild(
                Element.createText(sentence.substring(0, at)),
                new Element("bdi").setText(name),
                Element.createText(sentence.substring(at + NAME.length())));
        return component;
    }
}
