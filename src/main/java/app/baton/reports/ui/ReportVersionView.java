package app.baton.reports.ui;

import app.baton.reports.ReportFileService;
import app.baton.reports.ReportVersionQueryService;
import app.baton.reports.ReviewService;
import app.baton.reports.VersionDetail;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * One report version on one page: the file (downloadable, with its SHA-256), the KPIs and their attainment, every
 * red flag in the reader's language with what became of it, the review decision, and the month's whole thread.
 * Reviewers accept, ask for clarification or reject, and turn flags into questions; the agency answers.
 *
 * <p>The sections are panels of their own: {@link VersionFilePanel}, {@link VersionKpiPanel}, {@link
 * VersionFlagsPanel}, {@link VersionDecisionPanel}, {@link VersionThreadPanel}; the page orders them for the reader.
 */
@Route("reports/:versionId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR, Roles.VENDOR})
class ReportVersionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ReviewService reviews;
    private final ReportVersionQueryService queries;
    private final ReportFileService reports;
    private final app.baton.reports.MissService misses;
    private final app.baton.security.MembershipRole role;
    private final ReportLabels labels;
    private final ZoneId zone;
    private final boolean vendor;
    private long versionId;
    private String title = "";

    public ReportVersionView(
            ReviewService reviews,
            ReportVersionQueryService queries,
            ReportFileService reports,
            app.baton.reports.MissService misses,
            CurrentUser currentUser) {
        this.misses = misses;
        this.role = currentUser.requireMembership().role();
        this.queries = queries;
        this.reviews = reviews;
        this.reports = reports;
        this.labels = new ReportLabels(this, currentUser.requireMembership().currency());
        this.zone = currentUser.requireMembership().zoneId();
        this.vendor = currentUser.requireMembership().role() == app.baton.security.MembershipRole.VENDOR;
        addClassNames("page", "decision-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            versionId = Long.parseLong(
                    event.getRouteParameters().get(ReportNavigation.VERSION_ID).orElse(""));
            refresh();
        } catch (NumberFormatException | DomainException e) {
            removeAll();
            Div empty = new Div(new Paragraph(getTranslation("report.notFound")));
            empty.addClassName("empty-state");
            add(empty);
        }
    }

    private void refresh() {
        show(queries.version(versionId));
    }

    private void show(VersionDetail d) {
        removeAll();
        var s = d.summary();
        title = d.engagement().title() + " · " + labels.month(s.month());
        Anchor back = new Anchor(
                ReportNavigation.engagement(d.engagement().id()),
                "← " + d.engagement().title());
        HorizontalLayout header = new HorizontalLayout(
                new H2(labels.month(s.month()) + " · " + getTranslation("report.versionNumber", s.number())),
                labels.status(s.status()));
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);
        add(back, header);
        if (!d.latest()) {
            Paragraph old = new Paragraph(getTranslation("report.olderVersion"));
            old.addClassName("hint");
            add(old);
        }
        Div file = new VersionFilePanel(d, reports, labels, zone);
        Div kpis = new VersionKpiPanel(d, labels, new MissLines(misses, d, role, this::refresh));
        Div flags = new VersionFlagsPanel(d, reviews, labels, vendor, this::act);
        Div decision = new VersionDecisionPanel(d, reviews, this::act);
        Div thread = new VersionThreadPanel(d, labels, zone);
        if (vendor) {
            // the agency comes to answer: the question and the answer button first, then the flags and figures
            add(file, thread, decision, flags, kpis);
        } else {
            add(file, kpis, flags, decision, thread);
        }
    }

    /** Runs a review step, says it went well (or shows the refusal), and reads the version again. */
    interface Act {
        void run(Runnable action, String successKey);
    }

    private void act(Runnable action, String successKey) {
        new Refusals().run(() -> {
            action.run();
            Toasts.success(successKey);
        });
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("engagement.list.title") : title;
    }
}
