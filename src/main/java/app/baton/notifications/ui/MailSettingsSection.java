package app.baton.notifications.ui;

import app.baton.notifications.MailKind;
import app.baton.notifications.MailSettingsService;
import app.baton.shared.ui.PageSection;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.EnumSet;
import java.util.Optional;

/** The e-mail settings on everyone's profile page: which kinds to receive, and right away or as a daily digest. */
@org.springframework.stereotype.Component
class MailSettingsSection implements PageSection {

    private final MailSettingsService settings;

    MailSettingsSection(MailSettingsService settings) {
        this.settings = settings;
    }

    @Override
    public String page() {
        return "profile";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        return Optional.of(new Panel(settings));
    }

    /** The section itself. */
    static final class Panel extends Div {

        Panel(MailSettingsService service) {
            addClassName("mail-settings");
            MailSettingsService.Settings current = service.mine();
            CheckboxGroup<MailKind> kinds = new CheckboxGroup<>(getTranslation("mail.settings.kinds"));
            kinds.setItems(MailKind.values());
            kinds.setItemLabelGenerator(k -> k == null ? "" : getTranslation("mail.kind." + k.name()));
            kinds.setValue(current.enabled());
            kinds.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
            RadioButtonGroup<Boolean> when = new RadioButtonGroup<>(getTranslation("mail.settings.when"));
            when.setItems(false, true);
            when.setItemLabelGenerator(
                    d -> getTranslation(Boolean.TRUE.equals(d) ? "mail.settings.digest" : "mail.settings.rightAway"));
            when.setValue(current.digest());
            Button save = new Button(getTranslation("mail.settings.save"), click -> {
                service.save(
                        kinds.getValue().isEmpty() ? EnumSet.noneOf(MailKind.class) : EnumSet.copyOf(kinds.getValue()),
                        Boolean.TRUE.equals(when.getValue()));
                Toasts.success("mail.settings.saved");
            });
            Paragraph hint = new Paragraph(getTranslation("mail.settings.hint"));
            hint.addClassName("hint");
            add(new H2(getTranslation("mail.settings.title")), hint, kinds, when, save);
        }
    }
}
