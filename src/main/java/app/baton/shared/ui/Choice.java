package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A short choice (a year, a month, a KPI) as the browser's own {@code <select>} with its label, sent as the HTML of one
 * element ({@link Markup}): Vaadin's {@code Select} keeps an element for each item and its text for as long as the page
 * is open — the dashboard's four choices were about 50 of its nodes (issue 16, decision 017). On a phone the choice
 * opens the phone's own picker. The browser tells the server only the chosen position; a value the server sets is
 * written into the HTML again.
 *
 * @param <T> the type of the items
 */
@Tag("label")
public class Choice<T> extends Component {

    private final String label;
    private final List<T> items;
    private final SerializableFunction<T, String> caption;
    private T value;

    /** A choice of {@code items}, shown with {@code caption}, {@code value} chosen first (one of the items). */
    public Choice(String label, List<T> items, SerializableFunction<T, String> caption, T value) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a choice needs items");
        }
        this.label = label;
        this.items = List.copyOf(items);
        this.caption = caption;
        this.value = items.contains(value) ? value : items.getFirst();
        getElement().getClassList().add("choice");
        write();
    }

    /** Called with the item a person chose (not for values set by the server). */
    public Choice<T> onChoose(SerializableConsumer<T> listener) {
        getElement()
                .addEventListener("change", event -> {
                    T chosen = itemAt(
                            event.getEventData().get("event.target.value").asString());
                    if (chosen != null && !Objects.equals(chosen, value)) {
                        value = chosen;
                        // the server's copy follows the page's, and the rewritten select keeps the focus
                        write();
                        getElement().executeJs("const s = this.querySelector('select'); if (s) s.focus();");
                        listener.accept(chosen);
                    }
                })
                .addEventData("event.target.value");
        return this;
    }

    public T getValue() {
        return value;
    }

    /** Chooses {@code item} (one of the items) as if from the server: listeners are not called. */
    public void setValue(T item) {
        if (!items.contains(item)) {
            throw new IllegalArgumentException("not one of the choice's items");
        }
        value = item;
        write();
    }

    /** The item at the position the browser sent, or null for anything else (a page cannot choose outside the list). */
    T itemAt(String position) {
        try {
            int index = Integer.parseInt(position);
            return index >= 0 && index < items.size() ? items.get(index) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The label and the select as sent. */
    String html() {
        Document document = Markup.document();
        Element root = document.appendElement("div");
        root.appendElement("span").addClass("choice-label").text(label);
        // named by its label alone (a wrapping label would also read out the chosen option)
        Element select = root.appendElement("select").attr("aria-label", label);
        for (int i = 0; i < items.size(); i++) {
            Element option = select.appendElement("option")
                    .attr("value", Integer.toString(i))
                    .text(caption.apply(items.get(i)));
            if (Objects.equals(items.get(i), value)) {
                option.attr("selected", true);
            }
        }
        return root.html();
    }

    private void write() {
        Markup.write(this, html());
    }
}
