package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.GuardianshipRepository;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A parent's children: only those linked to the parent by a live guardianship. */
@Route("children")
@RolesAllowed("PARENT")
public class ChildrenView extends Main implements HasDynamicTitle {

    public ChildrenView(CurrentCaller currentCaller, GuardianshipRepository guardianships, AccountRepository accounts) {
        Caller caller = currentCaller.require();
        add(new H2(getTranslation("children.title")));
        List<Account> children = accounts.findAll(guardianships.childrenOf(caller));
        if (children.isEmpty()) {
            add(new Paragraph(getTranslation("children.none")));
        }
        Div cards = new Div();
        cards.addClassName("cn-cards");
        for (Account child : children) {
            Div card = new Div(new H3(child.displayName()));
            card.addClassName("cn-card");
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("children.title") + " — " + getTranslation("app.name");
    }
}
