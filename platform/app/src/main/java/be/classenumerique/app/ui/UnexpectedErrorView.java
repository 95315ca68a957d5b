package be.classenumerique.app.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything unexpected: logged in full, shown as a short apology. */
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Unexpected error on {}", event.getLocation().getPath(), parameter.getCaughtException());
        show("error.unexpected.title", "error.unexpected.message");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
