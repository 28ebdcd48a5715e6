package app.baton.experiments.ui;

import app.baton.budgets.AuthorityChange;
import app.baton.budgets.AuthorityQueryService.SuccessorAuthority;
import app.baton.budgets.AuthorityService;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A founder sets one successor's limits by hand: per request, per month, and why. Lowering takes effect at once; the
 * step is kept on the authority page and in the audit log.
 */
class AuthorityDialog extends Dialog {

    AuthorityDialog(AuthorityService authority, SuccessorAuthority successor, String currency, Runnable afterSave) {
        setHeaderTitle(getTranslation("authority.set.title", successor.name()));
        setWidth("min(520px, 96vw)");
        MoneyField perRequest = new MoneyField(getTranslation("authority.perRequest"), currency);
        perRequest.setHelperText(getTranslation("authority.perRequest.help"));
        MoneyField monthly = new MoneyField(getTranslation("authority.monthly"), currency);
        monthly.setHelperText(getTranslation("authority.monthly.help"));
        TextArea reason = new TextArea(getTranslation("authority.reason"));
        reason.setMaxLength(TextLimits.TEXT);
        reason.setWidthFull();
        perRequest.setWidthFull();
        monthly.setWidthFull();
        CommandBinder<AuthorityChange> binder = new CommandBinder<>(AuthorityChange.class);
        binder.forField(perRequest).withConverter(perRequest.converter(null)).bind("perRequest");
        binder.forField(monthly).withConverter(monthly.converter(null)).bind("monthly");
        binder.forField(reason).bind("reason");
        perRequest.setAmount(successor.perRequest());
        monthly.setAmount(successor.monthly());
        add(new Paragraph(getTranslation("authority.set.text")), perRequest, monthly, reason);
        Button save = new Button(
                getTranslation("authority.set.save"),
                click -> binder.write().ifPresent(change -> {
                    boolean saved = new Refusals()
                            .field(perRequest, "authority.amountRequired", "money.")
                            .field(monthly, "authority.monthlyBelowPerRequest")
                            .field(reason, "authority.reason")
                            .run(() -> authority.set(successor.userId(), successor.version(), change));
                    if (saved) {
                        close();
                        Toasts.success("authority.set.saved");
                        afterSave.run();
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
