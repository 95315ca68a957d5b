package be.classenumerique.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** A friendly error page: what happened in plain words and a way back, never a stack trace. */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String title = "";

    void show(String titleKey, String messageKey) {
        title = getTranslation(titleKey);
        removeAll();
        addClassName("cn-error");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(messageKey)));
        add(new Anchor("", getTranslation("error.home")));
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.name");
    }
}
