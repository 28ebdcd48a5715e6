package app.baton.reports.ui;

import app.baton.reports.EngagementView;
import app.baton.reports.MonthRow;
import app.baton.reports.ReportVersionQueryService;
import app.baton.reports.VersionSummary;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * An engagement's months: each month's report state, due day, lateness, open flags and a link to its newest version;
 * with every version as a table to export.
 */
final class EngagementMonthsPanel extends Div {

    private final ReportVersionQueryService reviews;
    private final ReportLabels labels;
    private final java.time.ZoneId zone;

    EngagementMonthsPanel(
            EngagementView e, ReportVersionQueryService reviews, ReportLabels labels, java.time.ZoneId zone) {
        this.reviews = reviews;
        this.labels = labels;
        this.zone = zone;
        Div head = new Div(
                new H3(getTranslation("engagement.months")),
                new app.baton.shared.ui.ExportLinks("baton-reports-" + e.id(), () -> versionsTable(e, labels)));
        head.addClassName("chart-card-head");
        add(head, months(e));
    }

    /** Every version of the engagement's reports as a table to export. */
    private app.baton.shared.export.Table versionsTable(EngagementView e, ReportLabels labels) {
        app.baton.shared.export.Table table = new app.baton.shared.export.Table(
                e.title(),
                List.of(
                        getTranslation("dashboard.month"),
                        getTranslation("export.version"),
                        getTranslation("request.filter.status"),
                        getTranslation("export.file"),
                        getTranslation("export.rows"),
                        getTranslation("export.flags"),
                        getTranslation("export.openFlags"),
                        getTranslation("export.uploadedBy"),
                        getTranslation("export.uploadedAt"),
                        "SHA-256"));
        for (VersionSummary v : reviews.versions(e.id())) {
            table.row(
                    labels.month(v.month()),
                    v.number(),
                    getTranslation("report.status." + v.status().name()),
                    v.fileName(),
                    v.rows(),
                    v.flagCount(),
                    v.openFlags(),
                    v.uploadedBy(),
                    app.baton.shared.Formats.dateTime(v.uploadedAt(), zone, getLocale()),
                    v.sha256());
        }
        return table;
    }

    private Div months(EngagementView e) {
        Div list = new Div();
        List<MonthRow> rows = reviews.months(e.id());
        if (rows.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("engagement.months.none")));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (MonthRow row : rows) {
            Div line = new Div();
            line.addClassName("month-row");
            Span month = new Span(labels.month(row.month()));
            month.addClassName("month-name");
            line.add(month);
            if (row.status() != null) {
                line.add(labels.status(row.status()));
            } else {
                line.add(new Span(getTranslation("report.notSubmitted")));
            }
            if (row.late()) {
                line.add(labels.late());
            } else if (row.submittedLate()) {
                line.add(new app.baton.shared.ui.StatusBadge(
                        getTranslation("report.submittedLate"), app.baton.shared.ui.StatusBadge.Tone.WARNING));
            }
            Span due = new Span(getTranslation("report.dueOn", Formats.date(row.due(), labels.locale())));
            due.addClassName("item-meta");
            line.add(due);
            if (row.openFlags() > 0) {
                line.add(new Span(getTranslation("report.openFlags", row.openFlags())));
            }
            if (row.latestVersionId() != null) {
                Anchor open = new Anchor(
                        ReportNavigation.version(row.latestVersionId()),
                        getTranslation("report.openVersion", row.versions()));
                line.add(open);
            }
            list.add(line);
        }
        return list;
    }
}
