package app.baton.budgets.ui;

import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.ChannelService;
import app.baton.budgets.RequestDetail;
import app.baton.budgets.RequestRow;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.ui.ReasonDialog;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * One request on one page, so a founder can decide on a phone: what is asked and why, the money before and after,
 * the guardrail check, the history, and large approve and reject buttons. Reject and override ask for a reason.
 */
@Route("budget/requests/:requestId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class RequestDetailsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final BudgetRequestService requests;
    private final BudgetRequestQueryService queries;
    private final ChannelService channels;
    private final ZoneId zone;
    private final Div content = new Div();
    private long requestId;
    private String title = "";

    private final java.util.Optional<app.baton.budgets.ActualSpend> actuals;

    public RequestDetailsView(
            BudgetRequestService requests,
            BudgetRequestQueryService queries,
            ChannelService channels,
            CurrentUser currentUser,
            org.springframework.beans.factory.ObjectProvider<app.baton.budgets.ActualSpend> actuals) {
        this.actuals = java.util.Optional.ofNullable(actuals.getIfAvailable());
        this.requests = requests;
        this.queries = queries;
        this.channels = channels;
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");
        addClassName("decision-page");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            requestId = Long.parseLong(
                    event.getRouteParameters().get(BudgetNavigation.REQUEST_ID).orElse(""));
            show(queries.detail(requestId));
        } catch (NumberFormatException | DomainException e) {
            content.removeAll();
            Div empty = new Div(new H3(getTranslation("request.notFound")));
            Button back = new Button(getTranslation("request.list.title"), click -> BudgetNavigation.toRequests());
            empty.add(back);
            empty.addClassName("empty-state");
            content.add(empty);
        }
    }

    private void show(RequestDetail detail) {
        RequestRow row = detail.row();
        BudgetLabels labels = new BudgetLabels(this, channels, row.currency(), detail.firstMonth());
        title = getTranslation("request.detail.title", row.id());
        content.removeAll();

        H2 heading = new H2(title);
        HorizontalLayout header = new HorizontalLayout(heading, labels.status(row.status()));
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);

        RequestPreviewPanel check = new RequestPreviewPanel();
        check.showForRequest(detail.preview(), labels, row.status().open(), row.hasViolations());

        content.add(header, new RequestSummary(detail, labels, zone));
        if (row.status().open()) {
            // the money the decision moves, as it stands: budget, actual, remaining before and after
            content.add(new MoneyContext(
                    detail,
                    actuals.map(a -> a.byChannel(detail.fiscalYear())).orElse(java.util.Map.of()),
                    queries.open(),
                    labels));
        }
        // the months it changes, the tier shares after it and the guardrails come before the buttons, so that a
        // founder on a phone has read them when the thumb reaches "approve"
        content.add(check);
        if (detail.mayDecide()) {
            content.add(decisionButtons(detail));
        }
        content.add(new RequestHistory(detail, zone));
        Button back = new Button(
                getTranslation("request.list.title"),
                VaadinIcon.ARROW_LEFT.create(),
                click -> BudgetNavigation.toRequests());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout footer = new HorizontalLayout(back);
        footer.setWrap(true);
        footer.setWidthFull();
        footer.setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (detail.mayWithdraw()) {
            Button withdraw = new Button(
                    getTranslation("request.withdraw"),
                    click -> act(() -> requests.withdraw(row.id(), detail.version()), "request.withdrawn"));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            footer.add(withdraw);
        }
        content.add(footer);
    }

    private Component decisionButtons(RequestDetail detail) {
        boolean broken = !detail.preview().violations().isEmpty();
        Button approve = new Button(
                getTranslation(broken ? "request.approveOverride" : "request.approve"),
                VaadinIcon.CHECK.create(),
                click -> {
                    if (broken) {
                        new ReasonDialog(
                                        "request.overrideTitle",
                                        "request.overrideText",
                                        "request.approve",
                                        reason -> act(
                                                () -> requests.approve(
                                                        detail.row().id(),
                                                        detail.version(),
                                                        detail.planChangeCount(),
                                                        reason),
                                                "request.approved"))
                                .open();
                    } else {
                        act(
                                () -> requests.approve(
                                        detail.row().id(), detail.version(), detail.planChangeCount(), null),
                                "request.approved");
                    }
                });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_LARGE);
        approve.addClassName("decision-button");
        Button reject = new Button(
                getTranslation("request.reject"),
                VaadinIcon.CLOSE.create(),
                click -> new ReasonDialog(
                                "request.rejectTitle",
                                "request.rejectText",
                                "request.reject",
                                reason -> act(
                                        () -> requests.reject(detail.row().id(), detail.version(), reason),
                                        "request.rejected"))
                        .open());
        reject.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        reject.addClassName("decision-button");
        Div buttons = new Div(approve, reject);
        buttons.addClassName("decision-buttons");
        return buttons;
    }

    private void act(java.util.function.Supplier<RequestDetail> action, String successKey) {
        new Refusals()
                // the request or the plan may have changed: show it as it is now
                .then(refused -> show(queries.detail(requestId)))
                .call(action)
                .ifPresent(detail -> {
                    show(detail);
                    Toasts.success(successKey);
                    UI.getCurrent().getPage().executeJs("window.scrollTo(0,0)");
                });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
