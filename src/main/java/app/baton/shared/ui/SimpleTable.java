package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A plain HTML table for a few dozen rows of figures (a chart's numbers, a comparison), scrolling sideways inside
 * itself on a phone instead of widening the page. Cells are texts or components, so a number can be a link to its rows.
 */
public class SimpleTable extends Div {

    private final Element body = new Element("tbody");

    public SimpleTable(List<String> headers) {
        addClassName("simple-table-wrap");
        Element table = new Element("table");
        table.getClassList().add("simple-table");
        Element head = new Element("thead");
        Element row = new Element("tr");
        for (int i = 0; i < headers.size(); i++) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(headers.get(i));
            if (i > 0) {
                th.getClassList().add("num");
            }
            row.appendChild(th);
        }
        head.appendChild(row);
        table.appendChild(head, body);
        getElement().appendChild(table);
    }

    /**
     * Adds a row: the first cell is its label (a row header), the others figures (aligned right). A cell is a text
     * ({@code String}), written straight into the cell, or a component (a link, a marked figure). Prefer texts: the
     * server keeps every node of an open page, and a text cell is two nodes (the cell, its text) where a {@code Span}
     * in it makes three (issue 16).
     */
    public SimpleTable addRow(List<?> cells) {
        Element row = new Element("tr");
        for (int i = 0; i < cells.size(); i++) {
            Element cell = new Element(i == 0 ? "th" : "td");
            if (i == 0) {
                cell.setAttribute("scope", "row");
            } else {
                cell.getClassList().add("num");
            }
            switch (cells.get(i)) {
                case String text -> cell.setText(text);
                case Component component -> cell.appendChild(component.getElement());
                default -> throw new IllegalArgumentException("a cell is a text or a component");
            }
            row.appendChild(cell);
        }
        body.appendChild(row);
        return this;
    }

    /** A row of plain texts. */
    public SimpleTable addTextRow(List<String> texts) {
        return addRow(texts);
    }

    public int rowCount() {
        return body.getChildCount();
    }
}
