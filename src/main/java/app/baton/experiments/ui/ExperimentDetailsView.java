package app.baton.experiments.ui;

import app.baton.budgets.ChannelService;
import app.baton.experiments.ExperimentAttachmentService;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.ExperimentStatus;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One experiment on one page: the proposal, its pre-registered metrics against the results, the suggested verdict,
 * the money it holds, the full history, and the actions open to the reader (edit and submit, decide, start, report
 * results, conclude).
 */
@Route("experiments/:experimentId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class ExperimentDetailsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ExperimentService experiments;
    private final ExperimentQueryService queries;
    private final ExperimentAttachmentService attachments;
    private final ExperimentLabels labels;
    private final String currency;
    private final ZoneId zone;
    private final Div content = new Div();
    private long experimentId;
    private String title = "";

    private final java.time.Clock clock;

    public ExperimentDetailsView(
            ExperimentService experiments,
            ExperimentQueryService queries,
            ExperimentAttachmentService attachments,
            ChannelService channels,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.clock = clock;
        this.experiments = experiments;
        this.queries = queries;
        this.attachments = attachments;
        this.currency = currentUser.requireMembership().currency();
        this.zone = currentUser.requireMembership().zoneId();
        this.labels = new ExperimentLabels(this, channels.channels(), currency);
        addClassName("page");
        addClassName("decision-page");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            experimentId = Long.parseLong(event.getRouteParameters()
                    .get(ExperimentNavigation.EXPERIMENT_ID)
                    .orElse(""));
            show(queries.detail(experimentId));
        } catch (NumberFormatException | DomainException e) {
            content.removeAll();
            Div empty = new Div(new Paragraph(getTranslation("experiment.notFound")));
            empty.addClassName("empty-state");
            content.add(empty);
        }
    }

    private void show(ExperimentDetail detail) {
        var row = detail.row();
        title = row.title();
        content.removeAll();
        HorizontalLayout header = new HorizontalLayout(new H2(row.title()), labels.status(row.status()));
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);

        Div ask = new Div();
        ask.addClassName("decision-ask");
        Span amount = new Span(labels.money(row.budget()));
        amount.addClassName("big-amount");
        ask.add(amount);
        ask.add(line("experiment.hypothesis", detail.hypothesis()));
        ask.add(line(
                "budget.channel",
                labels.channel(row.channelId()) + " · "
                        + getTranslation("experiment.method." + row.method().name())));
        ask.add(line("experiment.dates", labels.dates(row.startDate(), row.endDate())));
        ask.add(line("experiment.proposer", row.proposerName()));
        if (detail.engagementName() != null) {
            ask.add(line("experiment.engagement", detail.engagementName()));
        }
        if (detail.held().signum() > 0) {
            ask.add(line("experiment.held", labels.money(detail.held())));
        }
        content.add(
                header,
                ask,
                new ExperimentActionsPanel(
                        detail,
                        experiments,
                        queries,
                        labels,
                        currency,
                        java.time.LocalDate.now(clock.withZone(zone)),
                        this::act,
                        this::show),
                new ExperimentMetricsPanel(detail, labels));
        if (detail.abPlan() != null) {
            content.add(new AbTestPanel(detail));
        }
        if (detail.row().status() == ExperimentStatus.RUNNING
                || !detail.checkIns().isEmpty()) {
            content.add(new CheckInsPanel(detail, labels, zone));
        }
        if (detail.learnings() != null) {
            Div results = new Div(new H3(getTranslation("experiment.results.title")));
            results.add(line("experiment.results.spend", labels.money(detail.actualSpend())));
            results.add(line("experiment.results.learnings", detail.learnings()));
            content.add(results);
        }
        if (detail.mayAttach() || detail.row().status().ordinal() >= ExperimentStatus.RUNNING.ordinal()) {
            content.add(new AttachmentsPanel(attachments, detail.row().id(), detail.mayAttach(), zone));
        }
        content.add(new ExperimentHistoryPanel(detail, zone));
    }

    /** Runs a step on the experiment, shows it as it now is and says so (or shows the refusal and reads it again). */
    interface Act {
        void run(Supplier<ExperimentDetail> action, String successKey);
    }

    private void act(Supplier<ExperimentDetail> action, String successKey) {
        new Refusals()
                .then(refused -> show(queries.detail(experimentId)))
                .call(action)
                .ifPresent(detail -> {
                    show(detail);
                    Toasts.success(successKey);
                });
    }

    private Component line(String labelKey, @Nullable String value) {
        Div line = new Div();
        line.addClassName("decision-line");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        line.add(label, new Span(value == null ? "—" : value));
        return line;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
