package app.baton.budgets.ui;

import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.BudgetRequestService.RequestDetail;
import app.baton.budgets.BudgetRequestService.RequestRow;
import app.baton.budgets.ChannelService;
import app.baton.budgets.RequestStatus;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.Formats;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One request on one page, so a founder can decide on a phone: what is asked and why, the money before and after,
 * the guardrail check, the history, and large approve and reject buttons. Reject and override ask for a reason.
 */
@Route("budget/requests/:requestId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class RequestDetailsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final BudgetRequestService requests;
    private final ChannelService channels;
    private final ZoneId zone;
    private final Div content = new Div();
    private long requestId;
    private String title = "";

    public RequestDetailsView(BudgetRequestService requests, ChannelService channels, CurrentUser currentUser) {
        this.requests = requests;
        this.channels = channels;
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");
        addClassName("decision-page");
        content.setWidthFull();
        add(content);
    }

    /** Navigates to one request's page. */
    static void open(long requestId) {
        UI.getCurrent()
                .navigate(
                        RequestDetailsView.class,
                        new com.vaadin.flow.router.RouteParameters("requestId", Long.toString(requestId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            requestId =
                    Long.parseLong(event.getRouteParameters().get("requestId").orElse(""));
            show(requests.detail(requestId));
        } catch (NumberFormatException | DomainException e) {
            content.removeAll();
            Div empty = new Div(new H3(getTranslation("request.notFound")));
            Button back = new Button(
                    getTranslation("request.list.title"),
                    click -> UI.getCurrent().navigate(RequestListView.class));
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

        Div ask = new Div();
        ask.addClassName("decision-ask");
        Span amount = new Span(labels.money(row.amount()));
        amount.addClassName("big-amount");
        Span kind = new Span(labels.kind(row.kind()));
        kind.addClassName("decision-kind");
        ask.add(kind, amount);
        if (row.fromTier() != null) {
            ask.add(line(getTranslation("request.from"), labels.place(row.fromTier(), row.fromChannelId())));
        }
        if (row.toTier() != null) {
            ask.add(line(getTranslation("request.to"), labels.place(row.toTier(), row.toChannelId())));
        }
        ask.add(line(
                getTranslation("request.requester"),
                row.requesterName() + " · " + Formats.dateTime(row.submittedAt(), zone, getLocale())));
        ask.add(line(getTranslation("request.reason"), detail.reason()));
        if (detail.evidenceLinks() != null) {
            Div links = new Div();
            links.addClassName("evidence");
            detail.evidenceLinks().lines().forEach(link -> {
                Anchor anchor = new Anchor(link, link, AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", "noopener noreferrer");
                links.add(new Div(anchor));
            });
            ask.add(new Span(getTranslation("request.evidenceShort")), links);
        }

        RequestPreviewPanel check = new RequestPreviewPanel();
        check.show(detail.preview(), labels, false);

        content.add(header, ask);
        if (detail.mayDecide()) {
            content.add(decisionButtons(detail));
        }
        content.add(check, history(detail, labels));
        if (detail.mayWithdraw()) {
            Button withdraw = new Button(
                    getTranslation("request.withdraw"),
                    click -> act(() -> requests.withdraw(row.id(), detail.version()), "request.withdrawn"));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            content.add(withdraw);
        }
        Button back = new Button(
                getTranslation("request.list.title"),
                VaadinIcon.ARROW_LEFT.create(),
                click -> UI.getCurrent().navigate(RequestListView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(back);
    }

    private Component decisionButtons(RequestDetail detail) {
        boolean broken = !detail.preview().violations().isEmpty();
        Button approve = new Button(
                getTranslation(broken ? "request.approveOverride" : "request.approve"),
                VaadinIcon.CHECK.create(),
                click -> {
                    if (broken) {
                        askReason(
                                "request.overrideTitle",
                                "request.overrideText",
                                reason -> act(
                                        () -> requests.approve(
                                                detail.row().id(), detail.version(), detail.planChangeCount(), reason),
                                        "request.approved"));
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
                click -> askReason(
                        "request.rejectTitle",
                        "request.rejectText",
                        reason -> act(
                                () -> requests.reject(detail.row().id(), detail.version(), reason),
                                "request.rejected")));
        reject.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        reject.addClassName("decision-button");
        Div buttons = new Div(approve, reject);
        buttons.addClassName("decision-buttons");
        return buttons;
    }

    private Component history(RequestDetail detail, BudgetLabels labels) {
        Div history = new Div();
        history.addClassName("history");
        history.add(new H3(getTranslation("request.history")));
        RequestRow row = detail.row();
        history.add(new Paragraph(getTranslation(
                "request.history.submitted",
                row.requesterName(),
                Formats.dateTime(row.submittedAt(), zone, getLocale()))));
        detail.approvals().forEach(a -> {
            history.add(new Paragraph(getTranslation(
                    "request.history.approvedBy", a.founderName(), Formats.dateTime(a.at(), zone, getLocale()))));
            if (a.overrideReason() != null) {
                Paragraph override = new Paragraph(getTranslation("request.history.override", a.overrideReason()));
                override.addClassName("override-reason");
                history.add(override);
            }
        });
        if (row.delegated()) {
            history.add(new Paragraph(getTranslation("request.history.delegated")));
        }
        if (!detail.stillNeeded().isEmpty()) {
            history.add(new Paragraph(
                    getTranslation("request.history.waitingFor", String.join("、", detail.stillNeeded()))));
        }
        if (detail.decidedAt() != null && row.status() != RequestStatus.APPROVED) {
            history.add(new Paragraph(getTranslation(
                    "request.history." + row.status().name(),
                    String.valueOf(detail.decidedBy()),
                    Formats.dateTime(detail.decidedAt(), zone, getLocale()))));
        }
        if (detail.decisionReason() != null) {
            Paragraph why = new Paragraph(getTranslation("request.history.reason", detail.decisionReason()));
            why.addClassName("override-reason");
            history.add(why);
        }
        return history;
    }

    private void askReason(String titleKey, String textKey, Consumer<String> then) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        TextArea reason = new TextArea(getTranslation("request.decisionReason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequired(true);
        dialog.add(new Paragraph(getTranslation(textKey)), reason);
        Button confirm = new Button(getTranslation("common.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("request.decisionReasonRequired"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            then.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(520px, 96vw)");
        dialog.open();
    }

    private void act(java.util.function.Supplier<RequestDetail> action, String successKey) {
        try {
            show(action.get());
            Toasts.success(successKey);
            UI.getCurrent().getPage().executeJs("window.scrollTo(0,0)");
        } catch (DomainException e) {
            Toasts.error(e);
            // the request or the plan may have changed: show it as it is now
            show(requests.detail(requestId));
        }
    }

    private Component line(String label, @Nullable String value) {
        Div line = new Div();
        line.addClassName("decision-line");
        Span l = new Span(label);
        l.addClassName("stat-label");
        Span v = new Span(value == null ? "—" : value);
        line.add(l, v);
        return line;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
