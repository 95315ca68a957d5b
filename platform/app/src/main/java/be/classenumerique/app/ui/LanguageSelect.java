package be.classenumerique.app.ui;

import be.classenumerique.app.i18n.BundleMessages;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** The platform's languages, each named in itself ("Nederlands", "Deutsch"), so anyone finds their own. */
public class LanguageSelect extends Select<Locale> {

    /**
     * @param label the field's label
     * @param initial the language chosen at first; French when it is not one of the platform's
     */
    public LanguageSelect(String label, Locale initial) {
        setLabel(label);
        setItems(BundleMessages.LANGUAGES);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setValue(BundleMessages.LANGUAGES.stream()
                .filter(locale -> initial != null && locale.getLanguage().equals(initial.getLanguage()))
                .findFirst()
                .orElse(Locale.FRENCH));
    }
}
