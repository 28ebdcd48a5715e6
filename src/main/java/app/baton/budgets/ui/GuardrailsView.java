package app.baton.budgets.ui;

import app.baton.approvals.MultiFounderPolicy;
import app.baton.budgets.GuardrailService;
import app.baton.budgets.Guardrails;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.Formats;
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
import java.util.Optional;

/**
 * The founders' guardrails, visible to the whole family. Founders change them; saving asks for the reason, which is
 * kept in the audit log.
 */
@Route("budget/guardrails")
@Menu(order = 12, icon = "vaadin:shield", title = "nav.guardrails")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class GuardrailsView extends VerticalLayout implements HasDynamicTitle {

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
        load(guardrails.current());
    }

    private void load(GuardrailService.CurrentGuardrails view) {
        current = view;
        Guardrails g = view.values();
        experimentCap.setValue(g.experimentCapPct());
        minReserve.setValue(g.minReservePct());
        maxPerExperiment.setAmount(g.maxPerExperiment());
        delegatedLimit.setAmount(g.delegatedLimit());
        threshold.setAmount(g.multiFounderThreshold());
        policy.setValue(g.multiFounderPolicy());
        successorsEngagements.setValue(g.successorsManageEngagements());
        lastChange.setText(
                view.updatedAt() == null
                        ? getTranslation("guardrails.defaults")
                        : getTranslation(
                                "guardrails.lastChange",
                                view.updatedBy(),
                                Formats.dateTime(view.updatedAt(), zone, getLocale())));
    }

    private Optional<Guardrails> values() {
        Optional<BigDecimal> limit =
                delegatedLimit.getValue().isBlank() ? Optional.of(BigDecimal.ZERO) : delegatedLimit.amount();
        Optional<BigDecimal> over = threshold.getValue().isBlank() ? Optional.of(BigDecimal.ZERO) : threshold.amount();
        Optional<BigDecimal> max = maxPerExperiment.amount();
        boolean maxBad = !maxPerExperiment.getValue().isBlank() && max.isEmpty();
        boolean capOk = percentOk(experimentCap);
        boolean reserveOk = percentOk(minReserve);
        if (limit.isEmpty() || over.isEmpty() || maxBad || !capOk || !reserveOk || policy.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new Guardrails(
                experimentCap.getValue(),
                max.orElse(null),
                minReserve.getValue(),
                limit.get(),
                policy.getValue(),
                over.get(),
                successorsEngagements.getValue()));
    }

    private void askReason() {
        values().ifPresent(values -> new ReasonDialog(
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

    /** A share from 0 to 100 with at most two decimals; marks the field otherwise. */
    private boolean percentOk(BigDecimalField field) {
        BigDecimal value = field.getValue();
        boolean ok = value != null
                && value.signum() >= 0
                && value.compareTo(BigDecimal.valueOf(100)) <= 0
                && value.stripTrailingZeros().scale() <= 2;
        field.setErrorMessage(getTranslation("guardrails.percentRange"));
        field.setInvalid(!ok);
        return ok;
    }

    private BigDecimalField percentField(String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        field.setErrorMessage(getTranslation("guardrails.percentRange"));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guardrails.title");
    }
}
