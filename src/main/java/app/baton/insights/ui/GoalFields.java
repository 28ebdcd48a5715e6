package app.baton.insights.ui;

import app.baton.insights.ChannelGoal;
import app.baton.insights.GoalSheet;
import app.baton.shared.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The figures a channel may set on its own, read from its {@link ChannelGoal}. */
    static final Map<String, Function<ChannelGoal, @Nullable BigDecimal>> CHANNEL = channelFigures();

    private GoalFields() {}

    private static Map<String, Function<ChannelGoal, @Nullable BigDecimal>> channelFigures() {
        Map<String, Function<ChannelGoal, @Nullable BigDecimal>> figures = new java.util.LinkedHashMap<>();
        figures.put("cac", ChannelGoal::cac);
        figures.put("roas", ChannelGoal::roas);
        figures.put("roiPct", ChannelGoal::roiPct);
        figures.put("crPct", ChannelGoal::crPct);
        figures.put("ltvCac", ChannelGoal::ltvCac);
        return java.util.Collections.unmodifiableMap(figures);
    }

    /** The field of that name. */
    static Field field(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** A figure as people read it, "—" when the sheet leaves it out. */
    static String text(Field field, GoalSheet sheet, InsightLabels l) {
        return text(field.unit(), field.read().apply(sheet), l);
    }

    /** A value of {@code unit} as people read it, "—" when there is none. */
    static String text(Unit unit, @Nullable Object value, InsightLabels l) {
        if (value == null) {
            return "—";
        }
        Locale locale = l.locale();
        return switch (unit) {
            case PERCENT -> Formats.figure((BigDecimal) value, locale) + " %";
            case MONEY -> l.money((BigDecimal) value);
            case MONTHS -> l.t("goals.unit.months", value);
            case WEEKS -> l.t("goals.unit.weeks", value);
            case NUMBER ->
                value instanceof BigDecimal b ? Formats.figure(b, locale) : Formats.number(((Integer) value), locale);
        };
    }
}
