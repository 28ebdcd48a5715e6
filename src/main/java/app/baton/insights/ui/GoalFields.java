package app.baton.insights.ui;

import app.baton.insights.GoalSheet;
import app.baton.shared.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The goal sheet's figures in the order the form and the comparison show them: each with its message key
 * ({@code goals.field.<name>}), how it reads from a sheet, and its unit. One list, so the form and the side-by-side
 * table never disagree.
 */
final class GoalFields {

    /** How a figure is written: a plain number, a percentage, money, months or weeks. */
    enum Unit {
        NUMBER,
        PERCENT,
        MONEY,
        MONTHS,
        WEEKS
    }

    record Field(String name, Unit unit, Function<GoalSheet, @Nullable Object> read) {}

    static final List<Field> ALL = List.of(
            new Field("salesGrowthPct", Unit.PERCENT, GoalSheet::salesGrowthPct),
            new Field("newCustomers", Unit.NUMBER, GoalSheet::newCustomers),
            new Field("brandedSearches", Unit.NUMBER, GoalSheet::brandedSearches),
            new Field("socialMentions", Unit.NUMBER, GoalSheet::socialMentions),
            new Field("positiveReviewPct", Unit.PERCENT, GoalSheet::positiveReviewPct),
            new Field("siteVisits", Unit.NUMBER, GoalSheet::siteVisits),
            new Field("cac", Unit.MONEY, GoalSheet::cac),
            new Field("roas", Unit.NUMBER, GoalSheet::roas),
            new Field("roiPct", Unit.PERCENT, GoalSheet::roiPct),
            new Field("crPct", Unit.PERCENT, GoalSheet::crPct),
            new Field("ltvCac", Unit.NUMBER, GoalSheet::ltvCac),
            new Field("seoMonths", Unit.MONTHS, GoalSheet::seoMonths),
            new Field("contentMonths", Unit.MONTHS, GoalSheet::contentMonths),
            new Field("brandMonths", Unit.MONTHS, GoalSheet::brandMonths),
            new Field("searchAdsWeeks", Unit.WEEKS, GoalSheet::searchAdsWeeks),
            new Field("socialAdsWeeks", Unit.WEEKS, GoalSheet::socialAdsWeeks));

    /** The figures a channel may set on its own. */
    static final List<Field> CHANNEL = ALL.stream()
            .filter(f -> List.of("cac", "roas", "roiPct", "crPct", "ltvCac").contains(f.name()))
            .toList();

    private GoalFields() {}

    /** A channel's own targets read as a sheet, so that they are written as the company's are. */
    static GoalSheet asSheet(GoalSheet base, app.baton.insights.ChannelGoal g) {
        return new GoalSheet(
                base.inForceFrom(),
                null,
                null,
                null,
                null,
                null,
                null,
                g.cac(),
                g.roas(),
                g.roiPct(),
                g.crPct(),
                g.ltvCac(),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    /** A figure as people read it, "—" when the sheet leaves it out. */
    static String text(Field field, GoalSheet sheet, InsightLabels l) {
        Object value = field.read().apply(sheet);
        if (value == null) {
            return "—";
        }
        Locale locale = l.locale();
        return switch (field.unit()) {
            case PERCENT -> Formats.figure((BigDecimal) value, locale) + " %";
            case MONEY -> l.money((BigDecimal) value);
            case MONTHS -> l.t("goals.unit.months", value);
            case WEEKS -> l.t("goals.unit.weeks", value);
            case NUMBER ->
                value instanceof BigDecimal b ? Formats.figure(b, locale) : Formats.number(((Integer) value), locale);
        };
    }
}
