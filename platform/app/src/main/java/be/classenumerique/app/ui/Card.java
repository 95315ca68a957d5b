package be.classenumerique.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A big, tappable card linking to a screen: the whole card is the link, at least 44 px high. */
final class Card extends Anchor {

    Card(String href, String title, String... lines) {
        setHref(href);
        addClassName("cn-card");
        add(new H3(title));
        for (String line : lines) {
            add(new Paragraph(line));
        }
    }

    static Component grid(Card... cards) {
        com.vaadin.flow.component.html.Div grid = new com.vaadin.flow.component.html.Div(cards);
        grid.addClassName("cn-cards");
        return grid;
    }
}
