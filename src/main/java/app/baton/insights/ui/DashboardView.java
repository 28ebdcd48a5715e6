package app.baton.insights.ui;

import app.baton.budgets.FiscalYear;
import app.baton.budgets.ui.BudgetNavigation;
import app.baton.insights.DashboardService;
import app.baton.insights.DashboardService.Dashboard;
import app.baton.insights.KpiSettingsService;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.ui.Choice;
import app.baton.shared.ui.CountsBeside;
import app.baton.shared.ui.LoadsOnEnter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The founders' and successor's dashboard (their landing page): budget vs actual for the fiscal year or a month with
 * a run-rate forecast, KPI trends against targets, what waits for me, the experiment pipeline, agencies side by
 * side, open flags and late reports. {@code ?year=2026&month=3} picks the year and a plan month (0–11).
 */
@Route("dashboard")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class DashboardView extends VerticalLayout implements HasDynamicTitle, LoadsOnEnter, CountsBeside {

    private final DashboardService dashboards;
    private final KpiSettingsService settings;
    private final boolean founder;
    private final Div content = new Div();
    /** How many things wait for the reader, as the dashboard's list shows them; null without a plan. */
    private @Nullable Long waiting;

    public DashboardView(DashboardService dashboards, KpiSettingsService settings, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.settings = settings;
        this.founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        addClassName("page");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        addClassName("dashboard");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Integer year = query.getSingleParameter("year").flatMap(Links::number).orElse(null);
        Integer month = query.getSingleParameter("month")
                .flatMap(Links::number)
                .filter(m -> m >= 0 && m < FiscalYear.MONTHS)
                .orElse(null);
        content.removeAll();
        waiting = null;
        Optional<Dashboard> found = dashboards.dashboardOrDefault(year);
        if (found.isEmpty()) {
            content.add(new H2(getTranslation("dashboard.title")), noPlan());
            return;
        }
        show(found.get(), month);
    }

    private void show(Dashboard d, @Nullable Integer month) {
        waiting = (long) d.waiting().total();
        InsightLabels l = new InsightLabels(this, d.channels(), d.currency());
        Choice<Integer> year = new Choice<>(
                        getTranslation("budget.plan.fiscalYear"), d.years(), String::valueOf, d.fiscalYear())
                .onChoose(chosen -> go(chosen, null));
        Choice<Integer> monthPick = new Choice<>(
                        getTranslation("dashboard.period"),
                        IntStream.range(-1, FiscalYear.MONTHS).boxed().toList(),
                        m -> m < 0
                                ? getTranslation("dashboard.wholeYear")
                                : l.month(d.months().get(m)),
                        month == null ? -1 : month)
                .onChoose(chosen -> go(d.fiscalYear(), chosen < 0 ? null : chosen));
        Button meeting = new Button(
                getTranslation("meeting.open"),
                VaadinIcon.CALENDAR_USER.create(),
                click -> InsightsNavigation.toMeeting());
        meeting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout tools = new FlexLayout(year, monthPick, meeting);
        tools.addClassName("pickers");
        if (founder) {
            Button kpiSettings = new Button(
                    getTranslation("kpiSettings.open"),
                    VaadinIcon.COG.create(),
                    click -> new KpiSettingsDialog(settings, () -> go(d.fiscalYear(), month)).open());
            tools.add(kpiSettings);
        }
        Div grid = new Div(ActivityPanel.waiting(d, l), ActivityPanel.openFlags(d, l), ActivityPanel.late(d, l));
        grid.addClassName("dashboard-grid");
        Div lower = new Div(ActivityPanel.pipeline(d, l), ActivityPanel.scorecards(d, l));
        lower.addClassName("dashboard-grid");
        content.add(
                new H2(getTranslation("dashboard.title")),
                tools,
                grid,
                new BudgetPanel(d, month, l),
                GroundTruthPanel.of(
                        d, d.months().subList(0, Math.max(1, Math.min(FiscalYear.MONTHS, d.closedMonths()))), l),
                new KpiPanel(d, l),
                lower);
    }

    private void go(int year, @Nullable Integer month) {
        InsightsNavigation.toDashboard(year, month);
    }

    private Div noPlan() {
        Button open = new Button(getTranslation("nav.budget"), click -> BudgetNavigation.toPlan());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div empty = new Div(
                new H3(getTranslation("dashboard.noPlan")),
                new Paragraph(getTranslation("dashboard.noPlanText")),
                open);
        empty.addClassName("empty-state");
        return empty;
    }

    @Override
    public @Nullable Long countBeside(String path) {
        return WaitingBadge.PATH.equals(path) ? waiting : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
