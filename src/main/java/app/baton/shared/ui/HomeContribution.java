package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a module adds to the home page without the home page depending on it, like {@link NavigationBadge} for the
 * menu: its cards for the signed-in person, and the first steps of a new company it knows how to tick. Read once
 * per visit of the page, so a module reads what both need in one go.
 */
public interface HomeContribution {

    /** A card and where it stands among the others (lower first). */
    record Card(int order, Component component) {}

    /**
     * One step of a new company's start: its key ({@code home.firstRun.<key>}), where it is done, and whether it is.
     * Steps with the same key from several modules are one step, done when any of them says so.
     */
    record Step(int order, String key, String route, boolean done) {}

    /** The cards and, for a founder, the first steps. */
    record Part(List<Card> cards, List<Step> steps) {}

    /** This module's part of the home page for the signed-in person (nothing for a role it has nothing for). */
    Part part();

    /** The home page's card: a title, a sentence, an optional detail, and a button that opens {@code route}. */
    static Div card(String title, String text, @Nullable String detail, String action, String route) {
        Div card = new Div();
        card.addClassName("home-card");
        card.add(new H3(title), new Paragraph(text));
        if (detail != null) {
            Span extra = new Span(detail);
            extra.addClassName("home-card-detail");
            card.add(extra);
        }
        Button open = new Button(action, click -> UI.getCurrent().navigate(route));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(open);
        return card;
    }
}
