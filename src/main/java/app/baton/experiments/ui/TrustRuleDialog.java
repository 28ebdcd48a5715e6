package app.baton.experiments.ui;

import app.baton.approvals.TrustRule;
import app.baton.budgets.AuthorityQueryService.CurrentRule;
import app.baton.budgets.AuthorityService;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The founder sets the rule once: after how many concluded experiments, with what share meeting every target and no
 * guardrail override, the limits grow by how much, up to what ceiling per request. Asks why, for the audit log.
 */
class TrustRuleDialog extends Dialog {

    TrustRuleDialog(AuthorityService authority, CurrentRule current, String currency, Runnable afterSave) {
        setHeaderTitle(getTranslation("authority.rule.title"));
        setWidth("min(560px, 96vw)");
        Checkbox active = new Checkbox(getTranslation("authority.rule.active"));
        IntegerField experiments = new IntegerField(getTranslation("authority.rule.experiments"));
        experiments.setStepButtonsVisible(true);
        experiments.setMin(1);
        experiments.setMax(20);
        BigDecimalField metShare = percent("authority.rule.metShare");
        BigDecimalField raise = percent("authority.rule.raise");
        MoneyField ceiling = new MoneyField(getTranslation("authority.rule.ceiling"), currency);
        ceiling.setHelperText(getTranslation("authority.rule.ceiling.help"));
        BigDecimalField tierStep = percent("authority.rule.tierStep");
        tierStep.setHelperText(getTranslation("authority.rule.tierStep.help"));
        BigDecimalField tierCeiling = percent("authority.rule.tierCeiling");
        TextArea reason = new TextArea(getTranslation("authority.reason"));
        reason.setMaxLength(TextLimits.TEXT);
        java.util.List.<com.vaadin.flow.component.HasSize>of(
                        experiments, metShare, raise, ceiling, tierStep, tierCeiling, reason)
                .forEach(com.vaadin.flow.component.HasSize::setWidthFull);
        CommandBinder<TrustRule> binder = new CommandBinder<>(TrustRule.class);
        binder.forField(active).bind("active");
        binder.forField(experiments)
                .asRequired(getTranslation("authority.rule.experimentsRange"))
                .bind("experiments");
        binder.forField(metShare).bind("metSharePct");
        binder.forField(raise).bind("raisePct");
        binder.forField(ceiling).withConverter(ceiling.converter(null)).bind("ceiling");
        binder.forField(tierStep).bind("tierStepPct");
        binder.forField(tierCeiling).bind("tierCeilingPct");
        binder.readRecord(current.rule());
        add(
                new Paragraph(getTranslation("authority.rule.text")),
                active,
                experiments,
                metShare,
                raise,
                ceiling,
                tierStep,
                tierCeiling,
                reason);
        Button save = new Button(
                getTranslation("authority.rule.save"),
                click -> binder.write().ifPresent(rule -> {
                    boolean saved = new Refusals()
                            .field(experiments, "authority.rule.experimentsRange")
                            .field(metShare, "authority.rule.percentRange")
                            .field(raise, "authority.rule.raiseRange")
                            .field(ceiling, "authority.rule.ceilingRequired", "money.")
                            .field(tierStep, "authority.rule.tierRange")
                            .field(reason, "authority.reason")
                            .run(() -> authority.setRule(current.version(), rule, reason.getValue()));
                    if (saved) {
                        close();
                        Toasts.success("authority.rule.saved");
                        afterSave.run();
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private BigDecimalField percent(String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setSuffixComponent(new Span("%"));
        return field;
    }
}
