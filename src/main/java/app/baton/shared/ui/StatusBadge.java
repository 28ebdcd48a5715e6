package app.baton.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;

/**
 * A state or role shown as a coloured pill with its text (never colour alone). Styled by {@code baton.css}
 * through {@code badge-<tone>} classes.
 */
public class StatusBadge extends Span {

    /** The colour family of a badge. */
    public enum Tone {
        NEUTRAL,
        INFO,
        SUCCESS,
        WARNING,
        DANGER
    }

    private final Tone tone;

    public StatusBadge(String text, Tone tone) {
        super(text);
        this.tone = tone;
        addClassName("baton-badge");
        addClassName(toneClass(tone));
    }

    public Tone tone() {
        return tone;
    }

    /**
     * A grid column's badges drawn by the browser from each row's text and tone ({@code LitRenderer}): a component
     * column keeps a component, its element and its text on the server for every row shown, for as long as the page
     * is open (issue 16). Lit escapes the text.
     */
    public static <T> LitRenderer<T> renderer(SerializableFunction<T, StatusBadge> badge) {
        return LitRenderer.<T>of("<span class=\"baton-badge ${item.tone}\">${item.text}</span>")
                .withProperty("tone", row -> toneClass(badge.apply(row).tone()))
                .withProperty("text", row -> badge.apply(row).getText());
    }

    private static String toneClass(Tone tone) {
        return "badge-" + tone.name().toLowerCase(java.util.Locale.ROOT);
    }
}
