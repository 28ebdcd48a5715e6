package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn in the browser by Apache ECharts (npm {@code echarts}, Apache-2.0) through the small
 * {@code <baton-chart>} web component in {@code frontend/baton-chart.js}. The server builds the ECharts option as
 * JSON; the component only draws it. Always pair it with a table of the same numbers ({@link ChartCard}).
 */
@Tag("baton-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./baton-chart.js")
public class EChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EChart(String ariaLabel) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        setWidthFull();
        setHeight("280px");
    }

    /** A new, empty option object to fill in. */
    public static ObjectNode option() {
        return JSON.createObjectNode();
    }

    /** Draws this option (replacing the previous one). */
    public void setOption(ObjectNode option) {
        getElement().setAttribute("option", JSON.writeValueAsString(option));
    }

    /** The option as last set, as JSON (for tests). */
    public String optionJson() {
        return getElement().getAttribute("option");
    }
}
