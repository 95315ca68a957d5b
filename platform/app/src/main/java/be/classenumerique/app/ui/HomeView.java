package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.app.security.CurrentCaller;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page: sends each person to their own home. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentCaller currentCaller;

    public HomeView(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = currentCaller.require();
        if (caller.has(Role.PUPIL)) {
            event.forwardTo(LearnView.class);
        } else if (caller.has(Role.TEACHER) || caller.has(Role.SCHOOL_ADMIN)) {
            event.forwardTo(ClassesView.class);
        } else if (caller.has(Role.PARENT)) {
            event.forwardTo(ChildrenView.class);
        } else {
            event.forwardTo(PluginsView.class);
        }
    }
}
