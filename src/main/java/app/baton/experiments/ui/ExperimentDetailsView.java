package app.baton.experiments.ui;

import app.baton.budgets.ChannelService;
import app.baton.experiments.ExperimentAttachmentService;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.ExperimentRow;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.ExperimentStatus;
import app.baton.experiments.HistoryLine;
import app.baton.experiments.Metric;
import app.baton.experiments.ProposalCheck;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.Formats;
import app.baton.shared.ui.ReasonDialog;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One experiment on one page: the proposal, its pre-registered metrics against the results, the suggested verdict,
 * the money it holds, the full history, and the actions open to the reader (edit and submit, decide, start, report
 * results, conclude).
 */
@Route("experiments/:experimentId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class ExperimentDetailsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

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

    static void open(long id) {
        UI.getCurrent().navigate(ExperimentDetailsView.class, new RouteParameters("experimentId", Long.toString(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            experimentId = Long.parseLong(
                    event.getRouteParameters().get("experimentId").orElse(""));
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
        content.add(header, ask, actions(detail), metrics(detail));
        if (detail.learnings() != null) {
            Div results = new Div(new H3(getTranslation("experiment.results.title")));
            results.add(line("experiment.results.spend", labels.money(detail.actualSpend())));
            results.add(line("experiment.results.learnings", detail.learnings()));
            content.add(results);
        }
        if (detail.mayAttach() || detail.row().status().ordinal() >= ExperimentStatus.RUNNING.ordinal()) {
            content.add(new AttachmentsPanel(attachments, detail.row().id(), detail.mayAttach(), zone));
        }
        content.add(history(detail));
    }

    private Component actions(ExperimentDetail detail) {
        Div buttons = new Div();
        buttons.addClassName("decision-buttons");
        // the money and the guardrails, read before the buttons (full width, not in the buttons' grid)
        Div before = new Div();
        before.addClassName("decision-context");
        long id = detail.row().id();
        long version = detail.version();
        if (detail.mayEdit()) {
            Button edit = new Button(
                    getTranslation("experiment.edit"),
                    click -> UI.getCurrent()
                            .navigate(
                                    ExperimentFormView.class, new RouteParameters("experimentId", Long.toString(id))));
            Button submit = big(getTranslation("experiment.submit"), ButtonVariant.LUMO_SUCCESS);
            submit.addClickListener(click -> act(() -> experiments.submit(id, version), "experiment.submitted"));
            buttons.add(edit, submit);
        }
        if (detail.mayDecide() && detail.row().status() == app.baton.experiments.ExperimentStatus.SUBMITTED) {
            // the money beside the decision: the experiment tier's available money now and after approval
            ProposalCheck money = queries.check(
                    detail.row().budget(),
                    detail.row().startDate(),
                    detail.row().endDate());
            if (money.tier() != null) {
                java.math.BigDecimal free = money.tier().free();
                java.math.BigDecimal after = free.subtract(detail.row().budget());
                Paragraph context = new Paragraph(getTranslation(
                        "experiment.context.line",
                        labels.money(detail.row().budget()),
                        labels.money(money.tier().tierTotal()),
                        labels.money(money.tier().held()),
                        labels.money(money.tier().spentBesidesExperiments()),
                        labels.money(free),
                        labels.money(after)));
                context.addClassNames("decision-ask", "money-context");
                if (after.signum() < 0) {
                    context.addClassName("error-text");
                }
                before.add(context);
                // what else waits on the same money: other proposals not decided yet
                List<ExperimentRow> others = queries.experiments().stream()
                        .filter(e -> e.id() != id && e.status() == app.baton.experiments.ExperimentStatus.SUBMITTED)
                        .toList();
                if (!others.isEmpty()) {
                    Paragraph waiting = new Paragraph(getTranslation(
                            "experiment.context.others",
                            others.size(),
                            labels.money(others.stream()
                                    .map(ExperimentRow::budget)
                                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))));
                    waiting.addClassNames("warning-text", "money-others");
                    before.add(waiting);
                }
            }
        }
        if (detail.mayDecide()) {
            boolean broken = !detail.violations().isEmpty();
            Button approve = big(
                    getTranslation(broken ? "request.approveOverride" : "request.approve"), ButtonVariant.LUMO_SUCCESS);
            approve.addClickListener(click -> {
                if (broken) {
                    new ReasonDialog(
                                    "request.overrideTitle",
                                    "experiment.overrideText",
                                    "request.approve",
                                    reason -> act(() -> experiments.approve(id, version, reason), "request.approved"))
                            .open();
                } else {
                    act(() -> experiments.approve(id, version, null), "request.approved");
                }
            });
            Button reject = big(getTranslation("request.reject"), ButtonVariant.LUMO_ERROR);
            reject.addClickListener(click -> new ReasonDialog(
                            "request.rejectTitle",
                            "request.rejectText",
                            "request.reject",
                            reason -> act(() -> experiments.reject(id, version, reason), "request.rejected"))
                    .open());
            Button changes = new Button(
                    getTranslation("experiment.requestChanges"),
                    click -> new ReasonDialog(
                                    "experiment.requestChanges",
                                    "experiment.requestChangesText",
                                    "experiment.requestChanges",
                                    text -> act(
                                            () -> experiments.requestChanges(id, version, text),
                                            "experiment.changesRequested"))
                            .open());
            // a broken guardrail is read before the buttons, not under them
            detail.violations().forEach(v -> {
                Paragraph warning = new Paragraph(getTranslation(
                        "guardrail.rule.PER_EXPERIMENT_MAX.text", labels.money(v.value()), labels.money(v.limit())));
                warning.addClassName("error-text");
                before.add(warning);
            });
            buttons.add(approve, reject, changes);
        }
        if (detail.mayStart()) {
            java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(zone));
            java.time.LocalDate planned = detail.row().startDate();
            Button start = new Button(getTranslation("experiment.startNow"));
            if (today.isBefore(planned)) {
                // starting before the agreed date spends money the founder expected later: ask first
                long early = java.time.temporal.ChronoUnit.DAYS.between(today, planned);
                start.addClickListener(click -> new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                                getTranslation("experiment.startEarly.title"),
                                getTranslation(
                                        "experiment.startEarly.text",
                                        app.baton.shared.Formats.date(planned, getLocale()),
                                        early),
                                getTranslation("experiment.startEarly.confirm"),
                                event -> act(() -> experiments.start(id, version), "experiment.started"),
                                getTranslation("common.cancel"),
                                event -> {})
                        .open());
            } else {
                start.addClickListener(click -> act(() -> experiments.start(id, version), "experiment.started"));
            }
            buttons.add(start);
        }
        if (detail.maySubmitResults()) {
            Button results = big(getTranslation("experiment.results.submit"), ButtonVariant.LUMO_SUCCESS);
            results.addClickListener(
                    click -> new ResultsDialog(experiments, detail, labels, currency, this::show).open());
            buttons.add(results);
        }
        if (detail.mayConclude()) {
            Button conclude = big(getTranslation("experiment.conclude.title"), ButtonVariant.LUMO_SUCCESS);
            conclude.addClickListener(click -> new ConcludeDialog(
                            experiments, queries, detail, currency, (fresh, requestId) -> {
                                Toasts.success("experiment.concluded");
                                if (requestId != null) {
                                    UI.getCurrent().navigate("budget/requests/" + requestId);
                                } else {
                                    show(fresh);
                                }
                            })
                    .open());
            buttons.add(conclude);
        }
        return new Div(before, buttons);
    }

    private Component metrics(ExperimentDetail detail) {
        Div section = new Div(new H3(getTranslation("experiment.metrics")));
        Grid<Metric> grid = new Grid<>();
        grid.addColumn(labels::metricName)
                .setHeader(getTranslation("experiment.metric.kind"))
                .setFlexGrow(2);
        grid.addColumn(m -> labels.value(m, m.baseline())).setHeader(getTranslation("experiment.metric.baseline"));
        grid.addColumn(m -> labels.value(m, m.target())).setHeader(getTranslation("experiment.metric.target"));
        grid.addColumn(m -> labels.value(m, m.actual())).setHeader(getTranslation("experiment.results.actual"));
        grid.addComponentColumn(m -> labels.outcome(m.outcome())).setHeader(getTranslation("experiment.outcome"));
        grid.setItems(detail.metrics());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        section.add(grid);
        if (detail.suggestion() != null) {
            Paragraph verdict = new Paragraph(getTranslation(
                    "experiment.verdict",
                    getTranslation(
                            "experiment.conclusion." + detail.suggestion().name())));
            verdict.addClassName("outcome");
            section.add(verdict);
        }
        Paragraph locked = new Paragraph(getTranslation("experiment.metrics.lockedNote"));
        locked.addClassName("hint");
        section.add(locked);
        return section;
    }

    private Component history(ExperimentDetail detail) {
        Div history = new Div(new H3(getTranslation("request.history")));
        history.addClassName("history");
        for (HistoryLine line : detail.history()) {
            String who = line.who() == null ? getTranslation("audit.system") : line.who();
            history.add(new Paragraph(getTranslation(
                    "experiment.history." + line.action().replaceAll("_\\d{4}-.*", ""),
                    who,
                    Formats.dateTime(line.at(), zone, getLocale()))));
            if (line.comment() != null) {
                Paragraph comment = new Paragraph(line.comment());
                comment.addClassName("override-reason");
                history.add(comment);
            }
        }
        if (!detail.stillNeeded().isEmpty()) {
            history.add(new Paragraph(
                    getTranslation("request.history.waitingFor", String.join("、", detail.stillNeeded()))));
        }
        return history;
    }

    private Button big(String text, ButtonVariant tone) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, tone, ButtonVariant.LUMO_LARGE);
        button.addClassName("decision-button");
        return button;
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
