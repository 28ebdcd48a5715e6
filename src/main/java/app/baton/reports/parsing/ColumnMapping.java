package app.baton.reports.parsing;

import app.baton.shared.DomainException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A vendor's own layout: which of its headers holds which field. Saved once per agency and tried on every file the
 * agency uploads that none of the known formats recognises. Headers are kept normalised (lower case, full-width
 * folded, spaces collapsed), so {@code Spend (TWD)} and {@code spend (twd)} are the same column.
 */
public record ColumnMapping(Map<String, Field> columns) {

    private static final Set<Field> NAMES = EnumSet.of(Field.CAMPAIGN, Field.CHANNEL);
    private static final Set<Field> COUNTS = EnumSet.of(Field.IMPRESSIONS, Field.CLICKS);

    /**
     * Normalises the headers and checks the mapping can make rows: a campaign or channel column, a cost column, an
     * impressions or clicks column, each field at most once. Refusals: {@code mapping.incomplete}, {@code
     * mapping.duplicateField}.
     */
    public ColumnMapping {
        Map<String, Field> normalised = new LinkedHashMap<>();
        Set<Field> seen = EnumSet.noneOf(Field.class);
        columns.forEach((header, field) -> {
            String key = Headers.normalise(header);
            if (key.isEmpty()) {
                return;
            }
            if (!seen.add(field)) {
                throw new DomainException("mapping.duplicateField", field.name());
            }
            normalised.put(key, field);
        });
        if (seen.stream().noneMatch(NAMES::contains)
                || !seen.contains(Field.COST)
                || seen.stream().noneMatch(COUNTS::contains)) {
            throw new DomainException("mapping.incomplete");
        }
        columns = Map.copyOf(normalised);
    }

    /** The same header normalisation the known formats use. */
    public static String normalise(String header) {
        return Headers.normalise(header);
    }
}
