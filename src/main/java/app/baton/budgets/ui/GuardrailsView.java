package app.baton.budgets.ui;

import app.baton.approvals.MultiFounderPolicy;
import app.baton.budgets.GuardrailService;
import app.baton.budgets.Guardrails;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.PageSection;
import app.baton.shared.ui.ReasonDialog;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * The founders' guardrails, visible to the whole family. Founders change them; saving asks for the reason, which is
 * kept in the audit log.
 */
@Route("budget/guardrails")
@Menu(order = 12, icon = "vaadin:shield", title = "nav.guardrails")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class GuardrailsView extends VerticalLayout implements HasDynamicTitle {

    private final GuardrailService guardrails;
    private final BigDecimalField experimentCap = percentField("guardrails.experimentCap");
    private final BigDecimalField minReserve = percentField("guardrails.minReserve");
    private final MoneyField maxPerExperiment;
    private final MoneyField delegatedLimit;
    private final MoneyField threshold;
    private final RadioButtonGroup<MultiFounderPolicy> policy = new RadioButtonGroup<>();
    private final com.vaadin.flow.component.checkbox.Checkbox successorsEngagements =
            new com.vaadin.flow.component.checkbox.Checkbox();
    private final Paragraph lastChange = new Paragraph();
    private final ZoneId zone;
    private final CommandBinder<Guardrails> binder = new CommandBinder<>(Guardrails.class);
    private GuardrailService.CurrentGuardrails current;

    public GuardrailsView(GuardrailService guardrails, CurrentUser currentUser, List<PageSection> sections) {
        this.guardrails = guardrails;
        this.zone = currentUser.requireMembership().zoneId();
        String currency = currentUser.requireMembership().currency();
        boolean founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        addClassName("page");
        maxPerExperiment = new MoneyField(getTranslation("guardrails.maxPerExperiment"), currency);
        maxPerExperiment.setHelperText(getTranslation("guardrails.maxPerExperiment.help"));
        maxPerExperiment.setPlaceholder(getTranslation("guardrails.noMaximum"));
        delegatedLimit = new MoneyField(getTranslation("guardrails.delegatedLimit"), currency);
        delegatedLimit.setHelperText(getTranslation("guardrails.delegatedLimit.help"));
        threshold = new MoneyField(getTranslation("guardrails.threshold"), currency);
        threshold.setHelperText(getTranslation("guardrails.threshold.help"));
        experimentCap.setHelperText(getTranslation("guardrails.experimentCap.help"));
        minReserve.setHelperText(getTranslation("guardrails.minReserve.help"));
        policy.setLabel(getTranslation("guardrails.policy"));
        policy.setItems(MultiFounderPolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation("guardrails.policy." + p.name()));
        successorsEngagements.setLabel(getTranslation("guardrails.successorsEngagements"));
        FormLayout form = new FormLayout(
                experimentCap, minReserve, maxPerExperiment, delegatedLimit, policy, threshold, successorsEngagements);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        lastChange.addClassName("hint");
        Button save = new Button(getTranslation("guardrails.save"), click -> askReason());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(founder);
        form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(!founder));
        Paragraph intro = new Paragraph(getTranslation(founder ? "guardrails.introFounder" : "guardrails.introReader"));
        add(new H2(getTranslation("guardrails.title")), intro, form, lastChange, save);
        PageSection.addAll(sections, "budget/guardrails", this);
        bind();
        load(guardrails.current());
    }

    /** Each field to its guardrail: shares checked against the record's constraints, empty amounts read as zero. */
    private void bind() {
        binder.forField(experimentCap).bind("experimentCapPct");
        binder.forField(maxPerExperiment)
                .withConverter(maxPerExperiment.converter(null))
                .bind("maxPerExperiment");
        binder.forField(minReserve).bind("minReservePct");
        binder.forField(delegatedLimit)
                .withConverter(delegatedLimit.converter(BigDecimal.ZERO))
                .bind("delegatedLimit");
        binder.forField(policy).bind("multiFounderPolicy");
        binder.forField(threshold)
                .withConverter(threshold.converter(BigDecimal.ZERO))
                .bind("multiFounderThreshold");
        binder.forField(successorsEngagements).bind("successorsManageEngagements");
    }

    private void load(GuardrailService.CurrentGuardrails view) {
        current = view;
        binder.readRecord(view.values());
        lastChange.setText(
                view.updatedAt() == null
                        ? getTranslation("guardrails.defaults")
                        : getTranslation(
                                "guardrails.lastChange",
                                view.updatedBy(),
                                Formats.dateTime(view.updatedAt(), zone, getLocale())));
    }

    private void askReason() {
        binder.write()
                .ifPresent(values -> new ReasonDialog(
                                "guardrails.reasonTitle",
                                "guardrails.reasonText",
                                "guardrails.save",
                                reason -> save(values, reason))
                        .open());
    }

    private void save(Guardrails values, String reason) {
        new Refusals()
                .then(refused -> {
                    if ("guardrails.changed".equals(refused.messageKey())) {
                        // someone else saved first: show theirs, the person decides again
                        load(guardrails.current());
                    }
                    // otherwise a value the server refused: everything typed stays, the message says what is wrong
                })
                .call(() -> guardrails.update(current.version(), values, reason))
                .ifPresent(saved -> {
                    load(saved);
                    Toasts.success("guardrails.saved");
                });
    }

    private BigDecimalField percentField(String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guardrails.title");
    }
}
