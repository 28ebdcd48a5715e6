package app.baton.experiments;

import app.baton.budgets.ChannelService;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.sales.ChannelFigures;
import app.baton.sales.SalesQueryService;
import app.baton.sales.VerifiedSales;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The metrics of an experiment as the company's own sales data shows them (decision 020): the orders, revenue and new
 * customers attributed to the experiment's channel on exactly its days (UTM tags or the channel's coupon codes),
 * against the spend its results give — CAC, ROAS, ROI and CPA. Only when every one of its days has sales data: a
 * partial period would make a channel look cheaper or dearer than it was. Called from secured services only.
 */
@Component
class OwnSalesMetrics {

    private final SalesQueryService sales;
    private final ChannelService channels;

    OwnSalesMetrics(SalesQueryService sales, ChannelService channels) {
        this.sales = sales;
        this.channels = channels;
    }

    /** One value per metric, in their order; {@code null} where the sales data cannot say. */
    List<@Nullable BigDecimal> of(ExperimentEntity experiment, BigDecimal spend) {
        List<Metric> metrics = experiment.metrics();
        List<@Nullable BigDecimal> none = Collections.nCopies(metrics.size(), null);
        if (spend.signum() <= 0) {
            return none;
        }
        VerifiedSales verified = sales.period(experiment.startDate(), experiment.endDate());
        String key = channels.channels(List.of(experiment.channelId())).stream()
                .map(ChannelService.ChannelView::key)
                .findFirst()
                .orElse(null);
        ChannelFigures figures = key == null ? null : verified.byChannel().get(key);
        if (!verified.complete() || figures == null) {
            return none;
        }
        List<@Nullable BigDecimal> values = new ArrayList<>();
        for (Metric metric : metrics) {
            MetricKind kind = metric.kind();
            BigDecimal first = figure(kind.firstFigure(), figures, spend);
            BigDecimal second = figure(kind.secondFigure(), figures, spend);
            values.add(first == null || second == null || second.signum() == 0 ? null : kind.compute(first, second));
        }
        return values;
    }

    /** The figure behind a raw figure's name from the sales data and the spend; null for what sales cannot know. */
    private static @Nullable BigDecimal figure(@Nullable String name, ChannelFigures figures, BigDecimal spend) {
        return switch (name == null ? "" : name) {
            case "cost" -> spend;
            case "revenue", "conversionValue" -> figures.revenue();
            case "newCustomers" -> BigDecimal.valueOf(figures.newCustomers());
            case "conversions" -> BigDecimal.valueOf(figures.orders());
            default -> null;
        };
    }
}
