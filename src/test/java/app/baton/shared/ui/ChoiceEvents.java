package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.JsonNodeFactory;

/** What the browser sends when a person picks an option of a {@link Choice}: its position, as text. */
public final class ChoiceEvents {

    private ChoiceEvents() {}

    /** The page's select changed to the option at {@code position} (any text, as a page could send it). */
    public static void choose(Component choice, String position) {
        var data = JsonNodeFactory.instance.objectNode().put("event.target.value", position);
        choice.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(choice.getElement(), "change", data));
    }

    /** The page's select changed to the option at {@code position}. */
    public static void choose(Component choice, int position) {
        choose(choice, Integer.toString(position));
    }
}
