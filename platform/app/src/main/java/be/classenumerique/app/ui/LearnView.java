package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.content.service.ModuleCatalogue;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A pupil's home: the modules to do, as big cards. */
@Route("learn")
@RolesAllowed("PUPIL")
public class LearnView extends Main implements HasDynamicTitle {

    public LearnView(CurrentCaller currentCaller, ModuleCatalogue catalogue) {
        Caller caller = currentCaller.require();
        add(new H2(getTranslation("learn.hello", caller.displayName())));
        add(Card.grid(catalogue.all().stream()
                .map(module -> new Card(
                        "learn/" + module.id(),
                        module.title(),
                        module.summary(),
                        getTranslation("module.duration", module.durationMinutes())))
                .toArray(Card[]::new)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.learn") + " — " + getTranslation("app.name");
    }
}
