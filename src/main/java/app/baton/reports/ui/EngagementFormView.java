package app.baton.reports.ui;

import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.reports.ConversionKind;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementQueryService;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementService.Form;
import app.baton.reports.EngagementTarget;
import app.baton.reports.EngagementView;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.ids.EngagementId;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Creating or changing an engagement: the agency, scope (channels and deliverables), who does what, the monthly fee
 * and media spend cap, the term, the report due day (default the 10th of the next month) and KPI targets, each for
 * the whole term or as a stage target for one month (階段性目標).
 */
@Route("engagements/new")
@RouteAlias("engagements/:engagementId/edit")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class EngagementFormView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final EngagementService engagements;
    private final EngagementQueryService queries;
    private final ComboBox<String> agency = new ComboBox<>();
    private final TextField title = new TextField();
    private final MultiSelectComboBox<ChannelView> channels = new MultiSelectComboBox<>();
    private final TextArea deliverables = new TextArea();
    private final TextArea vendorDuties = new TextArea();
    private final TextArea inHouseDuties = new TextArea();
    private final MoneyField fee;
    private final MoneyField cap;
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final IntegerField dueDay = new IntegerField();
    private final com.vaadin.flow.component.radiobutton.RadioButtonGroup<ConversionKind> conversionKind =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
    private final TextField conversionDefinition = new TextField();
    private final H2 heading = new H2();
    private final TargetsEditor targets;
    private final FeeSplitField feeSplit = new FeeSplitField();
    private final CommandBinder<Form> binder = new CommandBinder<>(Form.class);
    private final Map<Long, ChannelView> channelsById;
    private @Nullable EngagementView editing;

    public EngagementFormView(
            EngagementService engagements,
            EngagementQueryService queries,
            ChannelService channelService,
            MembershipService memberships,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.engagements = engagements;
        this.queries = queries;
        String currency = currentUser.requireMembership().currency();
        addClassName("page");
        List<ChannelView> all = channelService.channels();
        channelsById = all.stream().collect(Collectors.toMap(ChannelView::id, Function.identity()));
        agency.setLabel(getTranslation("engagement.agency"));
        agency.setItems(memberships.agencies().stream()
                .map(MembershipService.Agency::name)
                .toList());
        agency.setAllowCustomValue(true);
        agency.addCustomValueSetListener(e -> agency.setValue(e.getDetail()));
        agency.setHelperText(getTranslation("engagement.agencyHint"));
        agency.setRequired(true);
        title.setLabel(getTranslation("engagement.title"));
        title.setRequired(true);
        title.setMaxLength(TextLimits.NAME);
        channels.setLabel(getTranslation("engagement.channels"));
        channels.setItems(all.stream().filter(c -> !c.archived()).toList());
        channels.setItemLabelGenerator(
                c -> c == null ? "" : c.name() != null ? c.name() : getTranslation("channel." + c.code()));
        deliverables.setLabel(getTranslation("engagement.deliverables"));
        vendorDuties.setLabel(getTranslation("engagement.vendorDuties"));
        inHouseDuties.setLabel(getTranslation("engagement.inHouseDuties"));
        for (TextArea area : List.of(deliverables, vendorDuties, inHouseDuties)) {
            area.setMaxLength(TextLimits.TEXT);
        }
        fee = new MoneyField(getTranslation("engagement.fee"), currency);
        cap = new MoneyField(getTranslation("engagement.cap"), currency);
        setUpTermAndConversion(
                LocalDate.now(clock.withZone(currentUser.requireMembership().zoneId()))
                        .withDayOfMonth(1));
        heading.setText(getTranslation("engagement.new"));
        channels.addValueChangeListener(e -> feeSplit.show(List.copyOf(e.getValue())));
        targets = new TargetsEditor(this::termMonths, new ReportLabels(this, currency));
        bind();
        Paragraph targetHint = new Paragraph(getTranslation("engagement.targetsHint"));
        targetHint.addClassName("hint");
        Button save = new Button(getTranslation("engagement.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("wide-button");
        add(heading, fields(), new H3(getTranslation("engagement.targets")), targetHint, targets, save);
    }

    /** The term (this month for a year by default), the report's due day, and what counts as a conversion. */
    private void setUpTermAndConversion(LocalDate first) {
        start.setLabel(getTranslation("engagement.start"));
        end.setLabel(getTranslation("engagement.end"));
        start.setValue(first);
        end.setValue(first.plusYears(1).minusDays(1));
        dueDay.setLabel(getTranslation("engagement.dueDay"));
        dueDay.setHelperText(getTranslation("engagement.dueDayHint"));
        dueDay.setMin(1);
        dueDay.setMax(28);
        dueDay.setStepButtonsVisible(true);
        dueDay.setValue(EngagementService.DEFAULT_DUE_DAY);
        // the field's own bounds speak with the service's words (the binder runs them first)
        dueDay.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("engagement.dueDay.invalid"))
                .setMaxErrorMessage(getTranslation("engagement.dueDay.invalid"))
                .setBadInputErrorMessage(getTranslation("engagement.dueDay.invalid")));
        conversionKind.setLabel(getTranslation("engagement.conversionKind"));
        conversionKind.setItems(app.baton.reports.ConversionKind.values());
        conversionKind.setItemLabelGenerator(k -> getTranslation("engagement.conversionKind." + k.name()));
        conversionKind.setValue(app.baton.reports.ConversionKind.PURCHASE);
        conversionKind.setHelperText(getTranslation("engagement.conversionKindHint"));
        conversionDefinition.setLabel(getTranslation("engagement.conversionDefinition"));
        conversionDefinition.setPlaceholder(getTranslation("engagement.conversionDefinitionPlaceholder"));
        conversionDefinition.setMaxLength(EngagementService.CONVERSION_DEFINITION);
    }

    /** The form's fields in their order; the long ones across both columns. */
    private FormLayout fields() {
        FormLayout form = new FormLayout(
                agency,
                title,
                channels,
                deliverables,
                vendorDuties,
                inHouseDuties,
                fee,
                cap,
                feeSplit,
                start,
                end,
                dueDay,
                conversionKind,
                conversionDefinition);
        form.setColspan(channels, 2);
        form.setColspan(feeSplit, 2);
        form.setColspan(conversionKind, 2);
        form.setColspan(conversionDefinition, 2);
        form.setColspan(deliverables, 2);
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!queries.mayManage()) {
            event.forwardTo(EngagementListView.class);
            return;
        }
        event.getRouteParameters().get(ReportNavigation.ENGAGEMENT_ID).ifPresent(id -> {
            try {
                fill(queries.engagement(new EngagementId(Long.parseLong(id))));
            } catch (NumberFormatException | DomainException e) {
                event.forwardTo(EngagementListView.class);
            }
        });
        if (editing == null && targets.isEmpty()) {
            targets.setValue(List.of(new EngagementTarget(EngagementKpi.ROAS, null, new BigDecimal("3"))));
        }
    }

    /**
     * Each field to its part of the form: names, texts and the due day checked against the record's constraints as
     * the founder types; amounts read as money (empty is zero), chosen channels as their ids.
     */
    private void bind() {
        binder.forField(agency).withConverter(a -> a == null ? "" : a, a -> a).bind("agencyName");
        binder.forField(title).bind("title");
        binder.forField(channels)
                .withConverter(
                        chosen -> chosen.stream().map(ChannelView::id).collect(Collectors.toCollection(HashSet::new)),
                        (Set<Long> ids) -> ids.stream()
                                .map(channelsById::get)
                                .filter(java.util.Objects::nonNull)
                                .collect(Collectors.toSet()))
                .bind("channelIds");
        binder.forField(deliverables).bind("deliverables");
        binder.forField(vendorDuties).bind("vendorDuties");
        binder.forField(inHouseDuties).bind("inHouseDuties");
        binder.forField(fee).withConverter(fee.converter(BigDecimal.ZERO)).bind("monthlyFee");
        binder.forField(cap).withConverter(cap.converter(BigDecimal.ZERO)).bind("mediaSpendCap");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(dueDay).withConverter(d -> d == null ? 0 : d, d -> d).bind("dueDay");
        binder.forField(targets).bind("targets");
        binder.forField(conversionKind)
                .withConverter(k -> k == null ? ConversionKind.PURCHASE : k, k -> k)
                .bind("conversionKind");
        binder.forField(conversionDefinition).bind("conversionDefinition");
        binder.forField(feeSplit).bind("feeSplit");
    }

    private void fill(EngagementView e) {
        editing = e;
        heading.setText(getTranslation("engagement.edit"));
        agency.setItems(List.of(e.agencyName()));
        agency.setReadOnly(true);
        binder.readRecord(new Form(
                e.agencyName(),
                e.title(),
                Set.copyOf(e.channelIds()),
                e.deliverables(),
                e.vendorDuties(),
                e.inHouseDuties(),
                e.monthlyFee(),
                e.mediaSpendCap(),
                e.start(),
                e.end(),
                e.dueDay(),
                e.targets(),
                e.conversionKind(),
                e.conversionDefinition(),
                e.feeSplit()));
    }

    private void save() {
        Optional<Form> written = binder.write();
        if (written.isEmpty()) {
            return;
        }
        Form form = written.get();
        Refusals refusals = new Refusals()
                .field(agency, "engagement.agencyRequired")
                .field(title, "engagement.titleRequired")
                .field(channels, "engagement.channelsRequired")
                .field(fee, "engagement.negative", "money.")
                .field(end, "engagement.termRequired", "engagement.endBeforeStart")
                .field(dueDay, "engagement.dueDay.invalid")
                .field(conversionDefinition, "engagement.conversionDefinitionTooLong")
                .field(targets, "engagement.target");
        feeSplit.percentages().forEach(f -> refusals.field(f, "engagement.feeSplit.invalid"));
        refusals.call(() -> editing == null
                        ? engagements.create(form)
                        : engagements.update(editing.id(), editing.version(), form))
                .ifPresent(saved -> {
                    Toasts.success("engagement.saved");
                    ReportNavigation.toEngagement(saved.id());
                });
    }

    /** The months of the term as typed, for a stage target (at most five years). */
    private List<YearMonth> termMonths() {
        List<YearMonth> months = new ArrayList<>();
        LocalDate from = start.getValue();
        LocalDate to = end.getValue();
        if (from == null || to == null || to.isBefore(from)) {
            return months;
        }
        for (YearMonth m = YearMonth.from(from);
                !m.isAfter(YearMonth.from(to)) && months.size() < 60;
                m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "engagement.new" : "engagement.edit");
    }
}
