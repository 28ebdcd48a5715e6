package app.baton.shared.ui;

import com.vaadin.flow.component.html.Span;

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

    public StatusBadge(String text, Tone tone) {
        super(text);
        addClassName("baton-badge");
        addClassName("badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
    }
}
