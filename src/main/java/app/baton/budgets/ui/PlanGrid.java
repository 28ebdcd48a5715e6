package app.baton.budgets.ui;

import app.baton.budgets.ChannelRow;
import app.baton.budgets.FiscalYear;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanView;
import app.baton.budgets.TierView;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The plan as a grid: each tier with its channels below it, the year and the twelve months, and a total row. In an
 * ACTIVE plan an amount that differs from the original shows the original beneath it. Only the grid scrolls
 * sideways on a phone; the name column stays in place.
 */
class PlanGrid extends Grid<PlanGrid.Row> {

    /** One line of the grid: a tier, a channel within it, or the plan total. */
    record Row(
            String label,
            boolean group,
            @Nullable ChannelRow channel,
            BigDecimal total,
            @Nullable BigDecimal originalTotal,
            List<BigDecimal> months,
            @Nullable List<BigDecimal> originals) {}

    private final BudgetLabels labels;

    PlanGrid(PlanView plan, BudgetLabels labels, Consumer<ChannelRow> open) {
        this.labels = labels;
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        addClassName("plan-grid");
        setAllRowsVisible(true);
        addColumn(Row::label)
                .setHeader(getTranslation("budget.grid.name"))
                .setFrozen(true)
                .setWidth("11rem")
                .setFlexGrow(0);
        addColumn(amount(r -> r.total(), r -> r.originalTotal()))
                .setHeader(getTranslation("budget.grid.year"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("9rem")
                .setFlexGrow(0);
        List<YearMonth> months = plan.months();
        for (int m = 0; m < FiscalYear.MONTHS; m++) {
            int month = m;
            addColumn(amount(
                            r -> r.months().get(month),
                            r -> r.originals() == null ? null : r.originals().get(month)))
                    .setHeader(app.baton.shared.Formats.shortMonth(months.get(m), getLocale()))
                    .setTextAlign(ColumnTextAlign.END)
                    .setWidth("7.5rem")
                    .setFlexGrow(0);
        }
        setPartNameGenerator(r -> r.group() ? "group-row" : null);
        addItemClickListener(e -> {
            if (e.getItem().channel() != null) {
                open.accept(e.getItem().channel());
            }
        });
        setItems(rows(plan));
    }

    private LitRenderer<Row> amount(
            java.util.function.Function<Row, BigDecimal> current,
            java.util.function.Function<Row, @Nullable BigDecimal> original) {
        return LitRenderer.<Row>of("<div class=\"amount\">${item.c}</div><div class=\"original\">${item.o}</div>")
                .withProperty("c", r -> labels.money(current.apply(r)))
                .withProperty("o", r -> {
                    BigDecimal o = original.apply(r);
                    BigDecimal c = current.apply(r);
                    return o == null || o.compareTo(c) == 0
                            ? ""
                            : getTranslation("budget.grid.original", labels.money(o));
                });
    }

    private List<Row> rows(PlanView plan) {
        boolean active = plan.status() == PlanStatus.ACTIVE;
        List<Row> rows = new ArrayList<>();
        for (TierView tier : plan.tiers()) {
            rows.add(new Row(
                    labels.tier(tier.tier()),
                    true,
                    null,
                    tier.total(),
                    active ? tier.originalTotal() : null,
                    tier.months(),
                    active ? tier.originals() : null));
            for (ChannelRow channel : tier.channels()) {
                rows.add(new Row(
                        labels.channel(channel.channelId()),
                        false,
                        channel,
                        channel.total(),
                        active ? channel.originalTotal() : null,
                        channel.months(),
                        active ? channel.originals() : null));
            }
        }
        rows.add(new Row(
                getTranslation("budget.grid.total"),
                true,
                null,
                plan.allocated(),
                active ? plan.baselineTotal() : null,
                plan.monthTotals(),
                null));
        return rows;
    }
}
