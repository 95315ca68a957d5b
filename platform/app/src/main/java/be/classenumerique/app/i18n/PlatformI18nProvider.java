package be.classenumerique.app.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The platform's own translations ({@code i18n/messages_*.properties}) for Vaadin's {@code getTranslation}. */
@Component
public class PlatformI18nProvider implements I18NProvider {

    private final BundleMessages messages =
            new BundleMessages("i18n/messages", getClass().getClassLoader());

    @Override
    public List<Locale> getProvidedLocales() {
        return BundleMessages.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(locale == null ? Locale.FRENCH : locale, key, params);
    }
}
