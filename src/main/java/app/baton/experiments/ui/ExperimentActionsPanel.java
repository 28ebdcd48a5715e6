package app.baton.experiments.ui;

import app.baton.budgets.ui.BudgetNavigation;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.ExperimentRow;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.ProposalCheck;
import app.baton.shared.ui.ReasonDialog;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * What the reader may do with an experiment, with what they should read first: the tier's money and the other
 * proposals waiting on it, a broken guardrail; then edit and submit, approve, reject or send back, start, submit
 * results, conclude.
 */
final class ExperimentActionsPanel extends Div {

    private final ExperimentService experiments;
    private final ExperimentQueryService queries;
    private final ExperimentLabels labels;
    private final String currency;
    private final java.time.LocalDate today;
    private final ExperimentDetailsView.Act act;
    private final java.util.function.Consumer<ExperimentDetail> show;

    ExperimentActionsPanel(
            ExperimentDetail detail,
            ExperimentService experiments,
            ExperimentQueryService queries,
            ExperimentLabels labels,
            String currency,
            java.time.LocalDate today,
            ExperimentDetailsView.Act act,
            java.util.function.Consumer<ExperimentDetail> show) {
        this.experiments = experiments;
        this.queries = queries;
        this.labels = labels;
        this.currency = currency;
        this.today = today;
        this.act = act;
        this.show = show;
        fill(detail);
    }

    private void fill(ExperimentDetail detail) {
        Div buttons = new Div();
        buttons.addClassName("decision-buttons");
        // the money and the guardrails, read before the buttons (full width, not in the buttons' grid)
        Div before = new Div();
        before.addClassName("decision-context");
        long id = detail.row().id();
        long version = detail.version();
        if (detail.mayEdit()) {
            Button edit = new Button(getTranslation("experiment.edit"), click -> ExperimentNavigation.toEdit(id));
            Button submit = big(getTranslation("experiment.submit"), ButtonVariant.LUMO_SUCCESS);
            submit.addClickListener(click -> act.run(() -> experiments.submit(id, version), "experiment.submitted"));
            buttons.add(edit, submit);
        }
        if (detail.mayDecide() && detail.row().status() == app.baton.experiments.ExperimentStatus.SUBMITTED) {
            moneyContext(detail, before);
        }
        if (detail.mayDecide()) {
            decisionButtons(detail, before).forEach(buttons::add);
        }
        if (detail.mayStart()) {
            buttons.add(startButton(detail));
        }
        if (detail.mayCheckIn()) {
            Button checkIn = big(getTranslation("experiment.checkIn.open"), ButtonVariant.LUMO_PRIMARY);
            checkIn.addClickListener(click -> new CheckInDialog(experiments, detail, labels, currency, show).open());
            buttons.add(checkIn);
        }
        if (detail.maySubmitResults()) {
            Button results = big(getTranslation("experiment.results.submit"), ButtonVariant.LUMO_SUCCESS);
            results.addClickListener(click -> new ResultsDialog(experiments, detail, labels, currency, show).open());
            buttons.add(results);
        }
        if (detail.mayConclude()) {
            buttons.add(concludeButton(detail));
        }
        add(before, buttons);
    }

    /** The money beside a decision: the experiment tier's available money now and after approval, and what else waits. */
    private void moneyContext(ExperimentDetail detail, Div before) {
        long id = detail.row().id();
        // the money beside the decision: the experiment tier's available money now and after approval
        ProposalCheck money = queries.check(
                detail.row().budget(),
                detail.row().startDate(),
                detail.row().endDate(),
                detail.row().channelId());
        if (money.slowChannel() != null) {
            // before the founder decides: a slow channel promising results within weeks
            Paragraph slow = new Paragraph(ProposalSummary.slowChannel(this, money.slowChannel()));
            slow.addClassNames("decision-ask", "error-text", "slow-channel");
            before.add(slow);
        }
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

    /** Approve (with a reason when a guardrail is broken), reject, or send back with comments. */
    private List<Button> decisionButtons(ExperimentDetail detail, Div before) {
        long id = detail.row().id();
        long version = detail.version();
        boolean broken = !detail.violations().isEmpty();
        // how often it reports once it runs, chosen with the yes
        com.vaadin.flow.component.select.Select<app.baton.experiments.CheckInCadence> cadence =
                new com.vaadin.flow.component.select.Select<>();
        cadence.setLabel(getTranslation("experiment.cadence"));
        cadence.setItems(app.baton.experiments.CheckInCadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("experiment.cadence." + c.name()));
        cadence.setValue(app.baton.experiments.CheckInCadence.DEFAULT);
        cadence.setHelperText(getTranslation("experiment.cadence.help"));
        cadence.addClassName("check-in-cadence");
        before.add(cadence);
        Button approve =
                big(getTranslation(broken ? "request.approveOverride" : "request.approve"), ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(click -> {
            if (broken) {
                new ReasonDialog(
                                "request.overrideTitle",
                                "experiment.overrideText",
                                "request.approve",
                                reason -> act.run(
                                        () -> experiments.approve(id, version, reason, cadence.getValue()),
                                        "request.approved"))
                        .open();
            } else {
                act.run(() -> experiments.approve(id, version, null, cadence.getValue()), "request.approved");
            }
        });
        Button reject = big(getTranslation("request.reject"), ButtonVariant.LUMO_ERROR);
        reject.addClickListener(click -> new ReasonDialog(
                        "request.rejectTitle",
                        "request.rejectText",
                        "request.reject",
                        reason -> act.run(() -> experiments.reject(id, version, reason), "request.rejected"))
                .open());
        Button changes = new Button(
                getTranslation("experiment.requestChanges"),
                click -> new ReasonDialog(
                                "experiment.requestChanges",
                                "experiment.requestChangesText",
                                "experiment.requestChanges",
                                text -> act.run(
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
        return List.of(approve, reject, changes);
    }

    /** Start; before the agreed date it asks first. */
    private Button startButton(ExperimentDetail detail) {
        long id = detail.row().id();
        long version = detail.version();
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
                            event -> act.run(() -> experiments.start(id, version), "experiment.started"),
                            getTranslation("common.cancel"),
                            event -> {})
                    .open());
        } else {
            start.addClickListener(click -> act.run(() -> experiments.start(id, version), "experiment.started"));
        }
        return start;
    }

    /** Conclude; a conclusion that opens a budget request takes the founder to it. */
    private Button concludeButton(ExperimentDetail detail) {
        Button conclude = big(getTranslation("experiment.conclude.title"), ButtonVariant.LUMO_SUCCESS);
        conclude.addClickListener(click -> new ConcludeDialog(
                        experiments, queries, detail, currency, (fresh, requestId) -> {
                            Toasts.success("experiment.concluded");
                            if (requestId != null) {
                                BudgetNavigation.toRequest(requestId);
                            } else {
                                show.accept(fresh);
                            }
                        })
                .open());
        return conclude;
    }

    private Button big(String text, ButtonVariant tone) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, tone, ButtonVariant.LUMO_LARGE);
        button.addClassName("decision-button");
        return button;
    }
}
