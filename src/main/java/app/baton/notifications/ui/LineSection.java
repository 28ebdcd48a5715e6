package app.baton.notifications.ui;

import app.baton.notifications.LineLinkService;
import app.baton.notifications.LineSettingsService;
import app.baton.notifications.MailKind;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.Formats;
import app.baton.shared.ui.PageSection;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * LINE on everyone's profile page (decision 022): link one's own LINE to the company's Official Account with a
 * one-time code and its QR code (the page checks every few seconds until the link is made), unlink it, and choose the
 * kinds, right away or a daily digest, and the quiet hours. Says what Baton keeps of one's LINE.
 */
@org.springframework.stereotype.Component
class LineSection implements PageSection {

    private final LineLinkService links;
    private final LineSettingsService settings;
    private final CurrentUser currentUser;

    LineSection(LineLinkService links, LineSettingsService settings, CurrentUser currentUser) {
        this.links = links;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @Override
    public String page() {
        return "profile";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (currentUser.membership().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel(links, settings, currentUser));
    }

    /** The section itself. */
    static final class Panel extends Div {

        private static final int POLL_MILLIS = 3000;

        private final LineLinkService links;
        private final LineSettingsService settings;
        private final boolean founder;
        private final ZoneId zone;
        private final Div body = new Div();
        private @Nullable Registration polling;

        Panel(LineLinkService links, LineSettingsService settings, CurrentUser currentUser) {
            this.links = links;
            this.settings = settings;
            this.founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
            this.zone = currentUser.requireMembership().zoneId();
            addClassName("line-settings");
            Paragraph privacy = new Paragraph(getTranslation("line.profile.privacy"));
            privacy.addClassName("hint");
            add(new H2(getTranslation("line.profile.title")), privacy, body);
            show(links.status());
        }

        private void show(LineLinkService.Status status) {
            stopPolling();
            body.removeAll();
            if (!status.connected()) {
                body.add(new Paragraph(
                        getTranslation(founder ? "line.profile.notConnectedFounder" : "line.profile.notConnected")));
                if (founder) {
                    body.add(new Anchor("line", getTranslation("line.profile.connectLink")));
                }
                return;
            }
            if (status.linked()) {
                Paragraph linked = new Paragraph(getTranslation(
                        "line.profile.linked",
                        status.accountName(),
                        Formats.dateTime(status.linkedAt(), zone, getLocale())));
                linked.addClassName("line-linked");
                Button unlink = new Button(getTranslation("line.profile.unlink"), click -> {
                    if (new Refusals().run(links::unlink)) {
                        Toasts.success("line.profile.unlinked");
                    }
                    show(links.status());
                });
                unlink.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                body.add(linked, unlink);
            } else {
                Button link = new Button(getTranslation("line.profile.link"), click -> showCode(status));
                link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                body.add(link);
            }
            body.add(settingsForm());
        }

        private void showCode(LineLinkService.Status status) {
            new Refusals().call(links::newCode).ifPresent(code -> {
                body.removeAll();
                Div steps = new Div();
                steps.addClassName("line-steps");
                Image qr = new Image(QrCodes.svgDataUrl(code.chatUrl()), getTranslation("line.profile.qrAlt"));
                qr.addClassName("line-qr");
                Anchor open = new Anchor(code.chatUrl(), getTranslation("line.profile.open"));
                open.setTarget(AnchorTarget.BLANK);
                open.addClassName("line-open");
                Anchor friend =
                        new Anchor(code.addFriendUrl(), getTranslation("line.profile.addFriend", status.accountName()));
                friend.setTarget(AnchorTarget.BLANK);
                Span message = new Span(code.message());
                message.addClassName("line-code");
                Button again = new Button(getTranslation("line.profile.newCode"), click -> showCode(status));
                again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                FlexLayout openRow = new FlexLayout(open, friend);
                openRow.addClassName("actions");
                openRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
                openRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
                steps.add(
                        new Paragraph(getTranslation("line.profile.step1")),
                        openRow,
                        qr,
                        new Paragraph(getTranslation("line.profile.step2", status.accountName(), status.basicId())),
                        message,
                        new Paragraph(getTranslation(
                                "line.profile.step3", Formats.dateTime(code.expiresAt(), zone, getLocale()))),
                        again);
                body.add(steps);
                startPolling();
            });
        }

        private Div settingsForm() {
            LineSettingsService.Settings current = settings.mine();
            CheckboxGroup<MailKind> kinds = new CheckboxGroup<>(getTranslation("line.settings.kinds"));
            kinds.setItems(MailKind.values());
            kinds.setItemLabelGenerator(k -> k == null ? "" : getTranslation("mail.kind." + k.name()));
            kinds.setValue(current.enabled());
            kinds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            RadioButtonGroup<Boolean> when = new RadioButtonGroup<>(getTranslation("line.settings.when"));
            when.setItems(false, true);
            when.setItemLabelGenerator(
                    d -> getTranslation(Boolean.TRUE.equals(d) ? "line.settings.digest" : "line.settings.rightAway"));
            when.setValue(current.digest());
            TimePicker from = new TimePicker(getTranslation("line.settings.quietFrom"), current.quietFrom());
            TimePicker until = new TimePicker(getTranslation("line.settings.quietUntil"), current.quietUntil());
            from.setStep(Duration.ofMinutes(30));
            until.setStep(Duration.ofMinutes(30));
            from.setLocale(getLocale());
            until.setLocale(getLocale());
            FlexLayout quiet = new FlexLayout(from, until);
            quiet.addClassName("line-quiet");
            quiet.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            Paragraph quietHint = new Paragraph(getTranslation("line.settings.quietHelper"));
            quietHint.addClassName("hint");
            Button save = new Button(getTranslation("line.settings.save"), click -> {
                if (from.getValue() == null || until.getValue() == null) {
                    from.setValue(current.quietFrom());
                    until.setValue(current.quietUntil());
                }
                settings.save(
                        kinds.getValue().isEmpty() ? EnumSet.noneOf(MailKind.class) : EnumSet.copyOf(kinds.getValue()),
                        Boolean.TRUE.equals(when.getValue()),
                        from.getValue(),
                        until.getValue());
                Toasts.success("line.settings.saved");
            });
            Div form = new Div(kinds, when, quiet, quietHint, save);
            form.addClassName("line-form");
            return form;
        }

        private void startPolling() {
            UI ui = UI.getCurrent();
            if (ui == null) {
                return;
            }
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> {
                LineLinkService.Status now = links.status();
                if (now.linked() || !now.connected()) {
                    show(now);
                }
            });
        }

        private void stopPolling() {
            stopPolling(UI.getCurrent());
        }

        private void stopPolling(@Nullable UI ui) {
            if (polling != null) {
                polling.remove();
                polling = null;
                if (ui != null) {
                    ui.setPollInterval(-1);
                }
            }
        }

        @Override
        protected void onDetach(DetachEvent detachEvent) {
            stopPolling(detachEvent.getUI());
            super.onDetach(detachEvent);
        }
    }
}
