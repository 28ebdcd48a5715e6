package app.baton.shared.ui;

import com.github.benmanes.caffeine.cache.Interner;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import java.util.List;
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

    /**
     * Sets {@code host}'s content to the HTML of {@code parts}, which are only written out (see the class comment):
     * for a part of a page built from plain elements — a board of cards, a list of figures — that the server need not
     * keep element by element. Returns the HTML kept, as {@link #write} does.
     */
    public static String writeChildren(Component host, List<? extends Component> parts) {
        Document document = document();
        StringBuilder html = new StringBuilder();
        for (Component part : parts) {
            Node node = node(document, part);
            // in the document, so that its settings (no pretty printing) apply
            document.appendChild(node);
            html.append(node.outerHtml());
        }
        return write(host, html.toString());
    }

    /** The component's element as HTML. */
    public static String html(Component component) {
        return node(document(), component).outerHtml();
    }

    /**
     * One copy of each HTML text that pages show, however many pages show it: the navigation of a role in a language,
     * a table several people of a company have open. Weakly held, so a text no open page shows is collected.
     */
    private static final Interner<String> SHARED = Interner.newWeakInterner();

    /**
     * Sets {@code host}'s content to {@code html} (already escaped, e.g. from {@link #html}) and returns the copy of
     * {@code html} the page keeps, shared with every other page showing the same: keep that one, not your own.
     */
    public static String write(Component host, String html) {
        String shared = SHARED.intern(html);
        host.getElement().setProperty("innerHTML", shared);
        return shared;
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
