package app.baton.budgets.ui;

import app.baton.shared.Formats;
import app.baton.shared.Money;
import app.baton.shared.ui.MoneyField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Revenue forecast and marketing budget, with the share of revenue computed as the founder types and the guidance
 * beside it (6–8 % for B2B, 10–14 % for high-growth companies).
 */
class PlanHeaderForm extends FormLayout {

    final MoneyField revenue;
    final MoneyField total;
    private final Span share = new Span();

    PlanHeaderForm(String currency, @Nullable BigDecimal revenueValue, @Nullable BigDecimal totalValue) {
        revenue = new MoneyField(getTranslation("budget.plan.revenueForecast"), currency);
        total = new MoneyField(getTranslation("budget.plan.totalBudget"), currency);
        revenue.setRequired(true);
        total.setRequired(true);
        revenue.setAmount(revenueValue);
        total.setAmount(totalValue);
        share.addClassName("share-of-revenue");
        Paragraph guidance = new Paragraph(getTranslation("budget.plan.guidance"));
        guidance.addClassName("hint");
        revenue.addValueChangeListener(e -> updateShare());
        total.addValueChangeListener(e -> updateShare());
        add(revenue, total, share, guidance);
        setColspan(share, 2);
        setColspan(guidance, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("520px", 2));
        updateShare();
    }

    private void updateShare() {
        Optional<BigDecimal> r = revenue.amount();
        Optional<BigDecimal> t = total.amount();
        BigDecimal percent = r.isPresent() && t.isPresent() ? Money.percent(t.get(), r.get()) : null;
        share.setText(getTranslation("budget.plan.shareOfRevenue", Formats.percent(percent, getLocale())));
    }

    /** Both amounts, or empty after marking the fields that are missing or wrong. */
    Optional<BigDecimal[]> values() {
        Optional<BigDecimal> r = revenue.requiredAmount();
        Optional<BigDecimal> t = total.requiredAmount();
        if (r.isEmpty() || t.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal[] {r.get(), t.get()});
    }
}
