package app.baton.shared.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The signed-out pages (sign-up, invitation and reset links) end the same way: a title, a message, one way on. */
public final class PublicPages {

    private PublicPages() {}

    /** Replaces the page's content by the language toggle, the title, the message and the link. */
    public static void show(HasComponents page, String title, Paragraph message, Anchor next) {
        page.removeAll();
        page.add(new LanguageToggle(), new H1(title), message, next);
    }

    /** A message paragraph with a class the journeys find it by. */
    public static Paragraph message(String text, String className) {
        Paragraph message = new Paragraph(text);
        message.addClassName(className);
        return message;
    }
}
