package app.baton.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain HTML table for a few dozen rows of figures (a chart's numbers, a comparison), scrolling sideways inside
 * itself on a phone instead of widening the page. Cells are texts or plain components (a link to a number's rows, a
 * marked figure).
 *
 * <p>The table reaches the browser as the {@link Markup} of one element, not as an element the server keeps for each
 * row, cell and text: the dashboard's tables were about half of its nodes (issue 16, decision 017). The server keeps
 * the table's HTML text only. Texts are escaped; a component cell is written as its HTML when it is added, so later
 * changes to it do not show. Links keep {@code router-link}, so they navigate without reloading the page.
 */
public class SimpleTable extends Div {

    private static final String END = "</tbody></table>";

    /** The whole table's HTML: the same string the element sends, so the server keeps it once. */
    private String html;

    /** Rows added since {@link #html} was last put together (tables are built row by row, then shown once). */
    private final StringBuilder added = new StringBuilder();

    private int rows;
    private boolean pending;

    public SimpleTable(List<String> headers) {
        addClassName("simple-table-wrap");
        Element row = Markup.document().appendElement("tr");
        for (int i = 0; i < headers.size(); i++) {
            Element th = row.appendElement("th").attr("scope", "col").text(headers.get(i));
            if (i > 0) {
                th.addClass("num");
            }
        }
        html = "<table class=\"simple-table\"><thead>" + row.outerHtml() + "</thead><tbody>" + END;
    }

    /**
     * A link from a figure to the rows behind it, written straight into the table's HTML: a router link (the page
     * moves without reloading) with the given class. Cheaper than a component made only to be written out.
     */
    public record Link(String href, String text, String className) {}

    /** A text in a {@code <span>} with a class (a total in bold, an overspent figure in red). */
    public record Marked(String text, String className) {}

    /**
     * Adds a row: the first cell is its label (a row header), the others figures (aligned right). A cell is a text
     * ({@code String}), a {@link Link}, a {@link Marked} text, or a plain component, written as its HTML.
     */
    public SimpleTable addRow(List<?> cells) {
        Document document = Markup.document();
        Element row = document.appendElement("tr");
        for (int i = 0; i < cells.size(); i++) {
            Element cell = row.appendElement(i == 0 ? "th" : "td");
            if (i == 0) {
                cell.attr("scope", "row");
            } else {
                cell.addClass("num");
            }
            switch (cells.get(i)) {
                case String text -> cell.text(text);
                case Link link ->
                    cell.appendElement("a")
                            .attr("href", link.href())
                            .attr("router-link", true)
                            .addClass(link.className())
                            .text(link.text());
                case Marked marked ->
                    cell.appendElement("span").addClass(marked.className()).text(marked.text());
                case Component component -> cell.appendChild(Markup.node(document, component));
                default -> throw new IllegalArgumentException("a cell is a text, a link, a marked text or a component");
            }
        }
        added.append(row.outerHtml());
        rows++;
        write();
        return this;
    }

    /** A row of plain texts. */
    public SimpleTable addTextRow(List<String> texts) {
        return addRow(texts);
    }

    public int rowCount() {
        return rows;
    }

    /** The table's markup as it is sent. */
    public String html() {
        if (!added.isEmpty()) {
            html = html.substring(0, html.length() - END.length()) + added + END;
            added.setLength(0);
            added.trimToSize();
        }
        return html;
    }

    /** The texts of the body's rows, cell by cell, as a reader sees them (for tests). */
    public List<List<String>> rowTexts() {
        return Jsoup.parseBodyFragment(html()).select("tbody > tr").stream()
                .map(row -> row.children().stream().map(Element::text).toList())
                .toList();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        pending = false;
        html = Markup.write(this, html());
    }

    /** Rows added to a shown table are written once, just before the next answer. */
    private void write() {
        if (pending || !isAttached()) {
            return;
        }
        pending = true;
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
            pending = false;
            html = Markup.write(this, html());
        }));
    }
}
