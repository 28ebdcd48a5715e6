package app.baton.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** One figure with its label (and an optional hint), as the stat grids of the budget and report pages show it. */
public final class Stat {

    private Stat() {}

    public static Div of(String label, String value, @Nullable String detail) {
        Div stat = new Div();
        stat.addClassName("stat");
        Span l = new Span(label);
        l.addClassName("stat-label");
        Span v = new Span(value);
        v.addClassName("stat-value");
        stat.add(l, v);
        if (detail != null) {
            Span d = new Span(detail);
            d.addClassName("hint");
            stat.add(d);
        }
        return stat;
    }
}
