package be.classenumerique.app.ui;

import be.classenumerique.core.shared.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An object that does not exist or that the person may not see: both look the same. */
@AnonymousAllowed
public class ObjectNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.not-found.title", "error.not-found.message");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
