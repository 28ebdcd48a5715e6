package app.baton.notifications.ui;

import app.baton.notifications.LineAccountService;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.CopyButton;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code /line}: the company's LINE Official Account, for founders (decision 022). Connect it (channel ID, secret,
 * access token — sealed and never shown again; entering them again rotates them), see the webhook address to give
 * LINE, this month's pushes beside the plan's quota, send yourself a test message, or disconnect.
 */
@Route("line")
@Menu(order = 55, icon = "vaadin:comment", title = "nav.line")
@RolesAllowed(Roles.FOUNDER)
public class LineAccountView extends VerticalLayout implements HasDynamicTitle {

    private final LineAccountService service;
    private final ZoneId zone;
    private final Div body = new Div();

    public LineAccountView(LineAccountService service, CurrentUser currentUser) {
        this.service = service;
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");
        addClassName("line-account");
        Paragraph intro = new Paragraph(getTranslation("line.account.intro"));
        Paragraph separate = new Paragraph(getTranslation("line.account.separate"));
        separate.addClassName("hint");
        body.setWidthFull();
        add(new H2(getTranslation("line.title")), intro, separate, body);
        refresh();
    }

    private void refresh() {
        body.removeAll();
        Optional<LineAccountService.Account> account = service.account();
        account.ifPresent(a -> body.add(status(a)));
        body.add(form(account.isPresent()));
    }

    private Div status(LineAccountService.Account a) {
        Div card = new Div();
        card.addClassNames("card", "line-status");
        card.add(new H3(getTranslation("line.account.connected", a.displayName(), a.basicId())));
        if (a.rejectedAt() != null) {
            Paragraph rejected = new Paragraph(
                    getTranslation("line.account.rejected", Formats.dateTime(a.rejectedAt(), zone, getLocale())));
            rejected.addClassName("callout");
            rejected.addClassName("danger");
            card.add(rejected);
        }
        Paragraph usage = new Paragraph(
                a.planQuota() == null
                        ? getTranslation("line.account.usageUnlimited", a.sentThisMonth())
                        : getTranslation("line.account.usage", a.sentThisMonth(), a.planQuota()));
        usage.addClassName("line-usage");
        card.add(usage);
        if (a.quotaSpent()) {
            Paragraph spent = new Paragraph(getTranslation("line.account.quotaSpent"));
            spent.addClassName("callout");
            card.add(spent);
        }
        Paragraph facts = new Paragraph(getTranslation("line.account.channelId") + " " + a.channelId() + " · "
                + getTranslation("line.account.linked", a.linkedPeople()) + " · "
                + getTranslation("line.account.saved", Formats.dateTime(a.savedAt(), zone, getLocale()), a.savedBy()));
        facts.addClassName("hint");
        card.add(facts);
        TextField webhook = new TextField(getTranslation("line.account.webhook"));
        webhook.setValue(a.webhookUrl());
        webhook.setReadOnly(true);
        webhook.setWidthFull();
        webhook.setSuffixComponent(new CopyButton(a.webhookUrl()));
        card.add(webhook);
        Button test = new Button(
                getTranslation("line.account.test"),
                click -> new Refusals().call(service::sendTest).ifPresent(accepted -> {
                    if (accepted) {
                        Toasts.success("line.account.testSent");
                    } else {
                        Toasts.errorKey("line.account.testFailed");
                    }
                    refresh();
                }));
        test.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor profile = new Anchor("profile", getTranslation("line.account.linkProfile"));
        Button disconnect = new Button(getTranslation("line.account.disconnect"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("line.account.disconnect"),
                    getTranslation("line.account.disconnectConfirm"),
                    getTranslation("line.account.disconnect"),
                    event -> {
                        if (new Refusals().run(service::disconnect)) {
                            Toasts.success("line.account.disconnected");
                        }
                        refresh();
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        disconnect.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        FlexLayout actions = new FlexLayout(test, profile, disconnect);
        actions.addClassName("actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(Alignment.CENTER);
        card.add(actions);
        return card;
    }

    private Div form(boolean connected) {
        Div form = new Div();
        form.addClassNames("card", "line-form");
        form.add(new H3(getTranslation(connected ? "line.account.replace" : "line.account.save")));
        Paragraph steps = new Paragraph(getTranslation("line.account.steps"));
        steps.addClassName("hint");
        TextField channelId = new TextField(getTranslation("line.account.channelId"));
        channelId.setMaxLength(20);
        channelId.setWidthFull();
        PasswordField secret = new PasswordField(getTranslation("line.account.secret"));
        secret.setMaxLength(64);
        secret.setWidthFull();
        PasswordField token = new PasswordField(getTranslation("line.account.token"));
        token.setMaxLength(1000);
        token.setWidthFull();
        token.setHelperText(getTranslation("line.account.secretsHelper"));
        Refusals refusals = new Refusals()
                .field(channelId, "line.account.badChannelId")
                .field(secret, "line.account.badSecret")
                .field(token, "line.account.badToken", "line.account.tokenRefused");
        Button save = new Button(getTranslation(connected ? "line.account.replace" : "line.account.save"), click -> {
            if (refusals.run(() -> service.connect(channelId.getValue(), secret.getValue(), token.getValue()))) {
                Toasts.success("line.account.savedToast");
                refresh();
            }
        });
        save.addThemeVariants(connected ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
        form.add(steps, channelId, secret, token, save);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("line.title");
    }
}
