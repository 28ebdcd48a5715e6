package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;

/**
 * Parts of a page that never change on their own (a table of figures, the navigation) sent as the HTML of one element
 * instead of a tree of elements: the server keeps every element of an open page, with its maps of attributes,
 * properties and listeners, for as long as the page is open (issue 16, decision 017). Components given here are only
 * written out — their attributes, classes and texts; they must have no properties (checked) and their listeners are
 * never called, so only links, icons and marked texts belong here. Texts are escaped by the HTML writer.
 */
public final class Markup {

    private Markup() {}

    /** A document to write nodes into, without the whitespace of pretty printing. */
    public static Document document() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /** The component's element as an HTML node of {@code document}. */
    public static Node node(Document document, Component component) {
        requirePlain(component.getElement());
        return ElementUtil.toJsoup(document, component.getElement());
    }

    /** The component's element as HTML. */
    public static String html(Component component) {
        return node(document(), component).outerHtml();
    }

    /** Sets {@code host}'s content to {@code html} (already escaped, e.g. from {@link #html}). */
    public static void write(Component host, String html) {
        host.getElement().setProperty("innerHTML", html);
    }

    private static void requirePlain(Element element) {
        if (element.isTextNode()) {
            return;
        }
        if (element.getPropertyNames().findAny().isPresent()) {
            throw new IllegalArgumentException(
                    "<" + element.getTag() + "> is written as HTML: it cannot keep properties "
                            + element.getPropertyNames().toList());
        }
        element.getChildren().forEach(Markup::requirePlain);
    }
}
