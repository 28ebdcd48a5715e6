package app.baton.shared.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table to export: a sheet name, headers and rows of cells. A cell is a {@link BigDecimal} or other
 * {@link Number} (written as a number), {@code null} (empty) or anything else (written as neutralised text).
 */
public final class Table {

    private final String name;
    private final List<String> headers;
    private final List<List<@Nullable Object>> rows = new ArrayList<>();

    public Table(String name, List<String> headers) {
        this.name = name;
        this.headers = List.copyOf(headers);
    }

    public Table add(List<@Nullable Object> row) {
        rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        return this;
    }

    /** Adds a row from the given cells. */
    public Table row(@Nullable Object... cells) {
        return add(java.util.Arrays.asList(cells));
    }

    public String name() {
        return name;
    }

    public List<String> headers() {
        return headers;
    }

    public List<List<@Nullable Object>> rows() {
        return java.util.Collections.unmodifiableList(rows);
    }

    /** A cell as text: numbers plain, everything else neutralised. */
    static String text(@Nullable Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (cell instanceof Number n) {
            return n.toString();
        }
        return SafeCells.neutralise(cell.toString());
    }
}
