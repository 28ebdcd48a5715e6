package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A chart with the same numbers as a table, and a button to switch between them (for screen readers and for people
 * who prefer numbers). The chart is hidden when the table is shown.
 *
 * <p>The table is built the first time it is shown, not with the card: a hidden table is not sent to the browser,
 * but the server would keep every one of its cells for as long as the page is open — on the dashboard, three tables
 * of twelve rows were a third of what an open dashboard held (issue 16, decision 017). Pass the table's figures, not
 * the whole read model, to the supplier, so the card keeps only what the table needs.
 */
public class ChartCard extends Div {

    private final Component chart;
    private final Supplier<? extends Component> tableMaker;
    private @Nullable Component table;
    private final Button toggle = new Button();
    private boolean showingTable;

    public ChartCard(String title, Component chart, Supplier<? extends Component> table) {
        this.chart = chart;
        this.tableMaker = table;
        addClassName("chart-card");
        Div head = new Div(new H3(title), toggle);
        head.addClassName("chart-card-head");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> show(!showingTable));
        add(head, chart);
        show(false);
    }

    /** Shows the table ({@code true}), building it the first time, or the chart. */
    public void show(boolean tableView) {
        showingTable = tableView;
        chart.setVisible(!tableView);
        Component shown = table;
        if (tableView && shown == null) {
            shown = tableMaker.get();
            table = shown;
            add(shown);
        }
        if (shown != null) {
            shown.setVisible(tableView);
        }
        toggle.setText(getTranslation(tableView ? "chart.showChart" : "chart.showTable"));
    }

    public boolean showingTable() {
        return showingTable;
    }

    /** Whether the table has been built (it is, once shown). */
    public boolean tableBuilt() {
        return table != null;
    }
}
