package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * A chart with the same numbers as a table, and a button to switch between them (for screen readers and for people
 * who prefer numbers). The table is always in the page; the chart is hidden when the table is shown.
 */
public class ChartCard extends Div {

    private final Component chart;
    private final Component table;
    private final Button toggle = new Button();
    private boolean showingTable;

    public ChartCard(String title, Component chart, Component table) {
        this.chart = chart;
        this.table = table;
        addClassName("chart-card");
        Div head = new Div(new H3(title), toggle);
        head.addClassName("chart-card-head");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> show(!showingTable));
        add(head, chart, table);
        show(false);
    }

    /** Shows the table ({@code true}) or the chart. */
    public void show(boolean tableView) {
        showingTable = tableView;
        chart.setVisible(!tableView);
        table.setVisible(tableView);
        toggle.setText(getTranslation(tableView ? "chart.showChart" : "chart.showTable"));
    }

    public boolean showingTable() {
        return showingTable;
    }
}
