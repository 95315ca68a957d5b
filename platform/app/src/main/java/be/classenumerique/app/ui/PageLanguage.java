package be.classenumerique.app.ui;

import be.classenumerique.app.i18n.BundleMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Declares the page's language on {@code <html lang>} from the first load, for screen readers and
 * hyphenation; a signed-in person's own language replaces it in {@link MainLayout}.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale requested = response.getVaadinRequest().getLocale();
            String language = BundleMessages.LANGUAGES.stream()
                    .map(Locale::getLanguage)
                    .filter(candidate -> requested != null && candidate.equals(requested.getLanguage()))
                    .findFirst()
                    .orElse("fr");
            response.getDocument().select("html").attr("lang", language);
        });
    }
}
