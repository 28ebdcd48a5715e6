package app.baton.reports.ui;

import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementService.EngagementView;
import app.baton.reports.EngagementService.Target;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
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
public class EngagementFormView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final EngagementService engagements;
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
    private final com.vaadin.flow.component.radiobutton.RadioButtonGroup<app.baton.reports.ConversionKind>
            conversionKind = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
    private final TextField conversionDefinition = new TextField();
    private final H2 heading = new H2();
    private final Div targets = new Div();
    /** The fee's split over the chosen channels: a percentage each, shown from two channels on. */
    private final Div feeSplit = new Div();

    private final Map<Long, IntegerField> splitFields = new java.util.LinkedHashMap<>();
    private Map<Long, Integer> savedSplit = Map.of();
    private final List<TargetRow> targetRows = new ArrayList<>();
    private final Map<Long, ChannelView> channelsById;
    private @Nullable EngagementView editing;

    public EngagementFormView(
            EngagementService engagements,
            ChannelService channelService,
            MembershipService memberships,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.engagements = engagements;
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
        start.setLabel(getTranslation("engagement.start"));
        end.setLabel(getTranslation("engagement.end"));
        LocalDate first = LocalDate.now(
                        clock.withZone(currentUser.requireMembership().zoneId()))
                .withDayOfMonth(1);
        start.setValue(first);
        end.setValue(first.plusYears(1).minusDays(1));
        dueDay.setLabel(getTranslation("engagement.dueDay"));
        dueDay.setHelperText(getTranslation("engagement.dueDayHint"));
        dueDay.setMin(1);
        dueDay.setMax(28);
        dueDay.setStepButtonsVisible(true);
        dueDay.setValue(EngagementService.DEFAULT_DUE_DAY);
        conversionKind.setLabel(getTranslation("engagement.conversionKind"));
        conversionKind.setItems(app.baton.reports.ConversionKind.values());
        conversionKind.setItemLabelGenerator(k -> getTranslation("engagement.conversionKind." + k.name()));
        conversionKind.setValue(app.baton.reports.ConversionKind.PURCHASE);
        conversionKind.setHelperText(getTranslation("engagement.conversionKindHint"));
        conversionDefinition.setLabel(getTranslation("engagement.conversionDefinition"));
        conversionDefinition.setPlaceholder(getTranslation("engagement.conversionDefinitionPlaceholder"));
        conversionDefinition.setMaxLength(500);
        heading.setText(getTranslation("engagement.new"));
        feeSplit.addClassName("fee-split");
        channels.addValueChangeListener(e -> renderSplit());
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
        Button addTarget = new Button(getTranslation("engagement.addTarget"), VaadinIcon.PLUS.create(), click -> {
            addTargetRow(null);
        });
        Paragraph targetHint = new Paragraph(getTranslation("engagement.targetsHint"));
        targetHint.addClassName("hint");
        Button save = new Button(getTranslation("engagement.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("wide-button");
        add(heading, form, new H3(getTranslation("engagement.targets")), targetHint, targets, addTarget, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!engagements.mayManage()) {
            event.forwardTo(EngagementListView.class);
            return;
        }
        event.getRouteParameters().get("engagementId").ifPresent(id -> {
            try {
                fill(engagements.engagement(Long.parseLong(id)));
            } catch (NumberFormatException | DomainException e) {
                event.forwardTo(EngagementListView.class);
            }
        });
        if (editing == null && targetRows.isEmpty()) {
            addTargetRow(new Target(EngagementKpi.ROAS, null, new BigDecimal("3")));
        }
    }

    private void fill(EngagementView e) {
        editing = e;
        heading.setText(getTranslation("engagement.edit"));
        agency.setItems(List.of(e.agencyName()));
        agency.setValue(e.agencyName());
        agency.setReadOnly(true);
        title.setValue(e.title());
        channels.setValue(e.channelIds().stream()
                .map(channelsById::get)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        deliverables.setValue(e.deliverables());
        vendorDuties.setValue(e.vendorDuties());
        inHouseDuties.setValue(e.inHouseDuties());
        savedSplit = e.feeSplit();
        renderSplit();
        fee.setAmount(e.monthlyFee());
        cap.setAmount(e.mediaSpendCap());
        start.setValue(e.start());
        end.setValue(e.end());
        dueDay.setValue(e.dueDay());
        conversionKind.setValue(e.conversionKind());
        conversionDefinition.setValue(e.conversionDefinition());
        targetRows.clear();
        targets.removeAll();
        e.targets().forEach(this::addTargetRow);
    }

    private void addTargetRow(@Nullable Target target) {
        TargetRow row = new TargetRow(target);
        targetRows.add(row);
        targets.add(row);
    }

    private void save() {
        List<Target> list = new ArrayList<>();
        for (TargetRow row : targetRows) {
            Target target = row.value();
            if (target != null) {
                list.add(target);
            }
        }
        EngagementService.Form form = new EngagementService.Form(
                agency.getValue() == null ? "" : agency.getValue(),
                title.getValue(),
                channels.getValue().stream().map(ChannelView::id).collect(Collectors.toCollection(HashSet::new)),
                deliverables.getValue(),
                vendorDuties.getValue(),
                inHouseDuties.getValue(),
                fee.amount().orElse(BigDecimal.ZERO),
                cap.amount().orElse(BigDecimal.ZERO),
                start.getValue(),
                end.getValue(),
                dueDay.getValue() == null ? 0 : dueDay.getValue(),
                list,
                conversionKind.getValue() == null
                        ? app.baton.reports.ConversionKind.PURCHASE
                        : conversionKind.getValue(),
                conversionDefinition.getValue(),
                split());
        Refusals refusals = new Refusals()
                .field(agency, "engagement.agencyRequired")
                .field(title, "engagement.titleRequired")
                .field(channels, "engagement.channelsRequired")
                .field(fee, "engagement.negative", "money.tooManyDecimals")
                .field(end, "engagement.termRequired", "engagement.endBeforeStart")
                .field(dueDay, "engagement.dueDay.invalid");
        splitFields.values().forEach(f -> refusals.field(f, "engagement.feeSplit.invalid"));
        refusals.call(() -> editing == null
                        ? engagements.create(form)
                        : engagements.update(editing.id(), editing.version(), form))
                .ifPresent(saved -> {
                    Toasts.success("engagement.saved");
                    UI.getCurrent().navigate("engagements/" + saved.id());
                });
    }

    /** One percentage per chosen channel, kept as typed when channels are added or removed; evenly to begin with. */
    private void renderSplit() {
        Map<Long, Integer> typed = new java.util.HashMap<>(savedSplit);
        splitFields.forEach((id, field) -> {
            if (field.getValue() != null) {
                typed.put(id, field.getValue());
            }
        });
        feeSplit.removeAll();
        splitFields.clear();
        List<ChannelView> chosen = channels.getValue().stream()
                .sorted(java.util.Comparator.comparingLong(ChannelView::id))
                .toList();
        if (chosen.size() < 2) {
            return;
        }
        boolean keep = chosen.stream().allMatch(c -> typed.containsKey(c.id()));
        int even = 100 / chosen.size();
        Paragraph hint = new Paragraph(getTranslation("engagement.feeSplitHint"));
        hint.addClassNames("hint", "wrap-text");
        Div fields = new Div();
        fields.addClassName("fee-split-fields");
        for (int i = 0; i < chosen.size(); i++) {
            ChannelView c = chosen.get(i);
            IntegerField field = new IntegerField(getTranslation(
                    "engagement.feeSplitOf", c.name() != null ? c.name() : getTranslation("channel." + c.code())));
            field.setMin(0);
            field.setMax(100);
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            field.setValue(keep ? typed.get(c.id()) : i == 0 ? 100 - even * (chosen.size() - 1) : even);
            field.addClassName("fee-split-field");
            splitFields.put(c.id(), field);
            fields.add(field);
        }
        feeSplit.add(new com.vaadin.flow.component.html.Span(getTranslation("engagement.feeSplit")), hint, fields);
    }

    private Map<Long, Integer> split() {
        Map<Long, Integer> out = new java.util.LinkedHashMap<>();
        splitFields.forEach((id, field) -> out.put(id, field.getValue() == null ? -1 : field.getValue()));
        return out;
    }

    /** The refusal next to the field it concerns (and as a notice where no field fits). */
    /** One KPI target: the KPI, an optional month (a stage target), the target value. */
    private final class TargetRow extends HorizontalLayout {

        private final Select<EngagementKpi> kpi = new Select<>();
        private final ComboBox<YearMonth> month = new ComboBox<>();
        private final BigDecimalField value = new BigDecimalField();

        TargetRow(@Nullable Target target) {
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            kpi.setLabel(getTranslation("engagement.kpi"));
            kpi.setItems(EngagementKpi.values());
            kpi.setItemLabelGenerator(k -> k == null ? "" : getTranslation("kpi." + k.name()));
            month.setLabel(getTranslation("engagement.stageMonth"));
            month.setPlaceholder(getTranslation("engagement.wholeTerm"));
            month.setClearButtonVisible(true);
            month.setItemLabelGenerator(
                    m -> m == null ? "" : new ReportLabels(EngagementFormView.this, "TWD").month(m));
            month.setItems(termMonths());
            value.setLabel(getTranslation("engagement.targetValue"));
            value.setHelperText(getTranslation("engagement.targetValueHint"));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                targetRows.remove(this);
                targets.remove(this);
            });
            remove.setAriaLabel(getTranslation("engagement.removeTarget"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (target != null) {
                kpi.setValue(target.kpi());
                month.setValue(target.month());
                value.setValue(target.target());
            }
            add(kpi, month, value, remove);
        }

        @Nullable
        Target value() {
            if (kpi.getValue() == null || value.getValue() == null) {
                return null;
            }
            return new Target(kpi.getValue(), month.getValue(), value.getValue());
        }

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
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "engagement.new" : "engagement.edit");
    }
}
