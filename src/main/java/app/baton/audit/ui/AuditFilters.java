package app.baton.audit.ui;

import app.baton.audit.AuditService.AuditFilter;
import app.baton.shared.Formats;
import app.baton.tenancy.MembershipService.MemberView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The audit log's filters (dates in the company's zone, person, action) and its export, folded on a phone with a
 * summary of what is chosen; tells the page the filter each time it changes.
 */
final class AuditFilters extends Details {

    private final ZoneId zone;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<MemberView> person = new ComboBox<>();
    private final Select<String> action = new Select<>();
    private final Function<String, String> label;

    AuditFilters(
            List<MemberView> members,
            List<String> actionCodes,
            ZoneId zone,
            Function<String, String> label,
            Component export,
            Consumer<AuditFilter> changed) {
        this.zone = zone;
        this.label = label;
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.setLabel(getTranslation("audit.person"));
        person.setItems(members);
        person.setItemLabelGenerator(m -> m.displayName() + " · " + m.email());
        person.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        List<String> actions = new ArrayList<>();
        actions.add("");
        actions.addAll(actionCodes);
        action.setItems(actions);
        action.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("audit.allActions") : label.apply(a));
        action.setValue("");
        HorizontalLayout filters = new HorizontalLayout(from, to, person, action, export);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filters");
        // on a phone the four filters would fill the first screen: they fold away, the summary says what is chosen
        setSummaryText(getTranslation(
                "audit.filtersSummary", getTranslation("audit.filters"), getTranslation("audit.filtersNone")));
        add(filters);
        addClassName("audit-filters");
        setOpened(false);
        addAttachListener(attached -> attached.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() > 700) {
                setOpened(true);
            }
        }));
        Runnable apply = () -> {
            changed.accept(filter());
            summarise();
        };
        from.addValueChangeListener(e -> apply.run());
        to.addValueChangeListener(e -> apply.run());
        person.addValueChangeListener(e -> apply.run());
        action.addValueChangeListener(e -> apply.run());
    }

    /** The filter as chosen: a date range in the company's zone (the end day included), a person, an action. */
    AuditFilter filter() {
        MemberView chosen = person.getValue();
        String chosenAction = action.getValue();
        return new AuditFilter(
                start(from.getValue()),
                start(to.getValue() == null ? null : to.getValue().plusDays(1)),
                chosen == null ? null : chosen.userId(),
                chosenAction == null || chosenAction.isEmpty() ? null : chosenAction);
    }

    private void summarise() {
        List<String> chosen = new ArrayList<>();
        if (from.getValue() != null || to.getValue() != null) {
            chosen.add((from.getValue() == null ? "" : Formats.date(from.getValue(), getLocale())) + "–"
                    + (to.getValue() == null ? "" : Formats.date(to.getValue(), getLocale())));
        }
        if (person.getValue() != null) {
            chosen.add(person.getValue().displayName());
        }
        if (action.getValue() != null && !action.getValue().isEmpty()) {
            chosen.add(label.apply(action.getValue()));
        }
        setSummaryText(getTranslation(
                "audit.filtersSummary",
                getTranslation("audit.filters"),
                chosen.isEmpty()
                        ? getTranslation("audit.filtersNone")
                        : String.join(getTranslation("common.listSeparator"), chosen)));
    }

    private @Nullable Instant start(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }
}
