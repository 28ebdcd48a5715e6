package app.baton.reports.ui;

import app.baton.reports.AttachmentView;
import app.baton.reports.Attainment;
import app.baton.reports.EngagementKpi;
import app.baton.reports.FlagState;
import app.baton.reports.FlagView;
import app.baton.reports.MessageView;
import app.baton.reports.ReportService;
import app.baton.reports.ReportVersionQueryService;
import app.baton.reports.ReviewService;
import app.baton.reports.ReviewStatus;
import app.baton.reports.VersionDetail;
import app.baton.reports.parsing.ParsedReport;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.Formats;
import app.baton.shared.ui.ReasonDialog;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StoredFileDownload;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
 * <p>Size (about 450 lines): the page's sections (file, KPIs, flags, thread, decision) are built here; they want to
 * be panels of their own (decision 019, left).
 */
@Route("reports/:versionId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR, Roles.VENDOR})
public class ReportVersionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ReviewService reviews;
    private final ReportVersionQueryService queries;
    private final ReportService reports;
    private final ReportLabels labels;
    private final ZoneId zone;
    private final boolean vendor;
    private long versionId;
    private String title = "";

    public ReportVersionView(
            ReviewService reviews, ReportVersionQueryService queries, ReportService reports, CurrentUser currentUser) {
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
            versionId =
                    Long.parseLong(event.getRouteParameters().get("versionId").orElse(""));
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
                "engagements/" + d.engagement().id(), "← " + d.engagement().title());
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
        if (vendor) {
            // the agency comes to answer: the question and the answer button first, then the flags and figures
            add(file(d), thread(d), actions(d), flags(d), kpis(d));
        } else {
            add(file(d), kpis(d), flags(d), actions(d), thread(d));
        }
    }

    private Div file(VersionDetail d) {
        var s = d.summary();
        Div box = new Div();
        box.addClassName("decision-ask");
        Anchor download = new Anchor(StoredFileDownload.of(() -> reports.openFile(s.id())), s.fileName());
        download.addClassName("wrap-text");
        box.add(line("report.file", download));
        box.add(line(
                "report.format",
                new Span(getTranslation("report.format." + s.format().name())
                        + (d.layoutVersion() == null
                                ? ""
                                : " " + getTranslation("report.layoutVersion", d.layoutVersion()))
                        + " · " + getTranslation("report.rowsCount", s.rows()) + " · "
                        + Formats.number(s.size(), labels.locale()) + " B")));
        box.add(line(
                "report.encoding",
                new Span(
                        d.encoding() == null
                                ? getTranslation("report.encoding.workbook")
                                : getTranslation("report.encoding."
                                                + d.encoding().name())
                                        + (d.encodingDetected()
                                                ? " · " + getTranslation("report.encoding.detected")
                                                : ""))));
        box.add(line("report.definitions", definitions(d.definitions())));
        Span sha = new Span(s.sha256());
        sha.addClassNames("flag-code", "wrap-text");
        box.add(line("report.sha256", sha));
        box.add(line(
                "report.uploaded",
                new Span(s.uploadedBy() + " · " + Formats.dateTime(s.uploadedAt(), zone, labels.locale()))));
        if (d.note() != null) {
            box.add(line("report.upload.note", new Span(d.note())));
        }
        for (AttachmentView a : d.attachments()) {
            Anchor link = new Anchor(StoredFileDownload.of(() -> reports.openAttachment(a.id())), a.fileName());
            box.add(line("report.attachment", link));
        }
        if (d.reviewedBy() != null && d.reviewedAt() != null) {
            box.add(line(
                    "report.reviewed",
                    new Span(d.reviewedBy() + " · "
                            + Formats.dateTime(d.reviewedAt(), zone, labels.locale())
                            + (d.reviewReason() == null ? "" : " · " + d.reviewReason()))));
        }
        return box;
    }

    /** What the file says counts as a conversion and which attribution it used, one line each. */
    private Div definitions(java.util.List<String> stated) {
        Div lines = new Div();
        lines.addClassName("wrap-text");
        if (stated.isEmpty()) {
            lines.add(new Span(getTranslation("report.definitions.none")));
        }
        for (String definition : stated) {
            String text = definition.startsWith(ParsedReport.CONVERSION)
                    ? getTranslation(
                            "report.definition.conversion", definition.substring(ParsedReport.CONVERSION.length()))
                    : definition.startsWith(ParsedReport.ATTRIBUTION)
                            ? getTranslation(
                                    "report.definition.attribution",
                                    definition.substring(ParsedReport.ATTRIBUTION.length()))
                            : definition;
            Div one = new Div(text);
            one.addClassName("definition-line");
            lines.add(one);
        }
        return lines;
    }

    private Div kpis(VersionDetail d) {
        Div box = new Div(new H3(getTranslation("report.kpis")));
        box.addClassName("kpi-box");
        Div stats = new Div();
        stats.addClassName("stat-grid");
        stats.add(app.baton.shared.ui.Stat.of(
                getTranslation("report.cost"), labels.money(d.sums().cost()), null));
        for (EngagementKpi kpi : new EngagementKpi[] {
            EngagementKpi.CTR,
            EngagementKpi.CPC,
            EngagementKpi.CPA,
            EngagementKpi.CR,
            EngagementKpi.ROAS,
            EngagementKpi.CAC
        }) {
            stats.add(app.baton.shared.ui.Stat.of(
                    getTranslation("kpi." + kpi.name()),
                    labels.kpi(kpi, d.kpis().get(kpi)),
                    null));
        }
        box.add(stats);
        if (d.rowsMissing()) {
            Paragraph missing = new Paragraph(getTranslation("report.rowsMissing"));
            missing.addClassName("warning-text");
            box.add(missing);
        } else if (d.channels().size() > 1) {
            box.add(new H3(getTranslation("report.byChannel")), channelGrid(d));
        }
        for (Attainment a : d.attainment()) {
            String target = getTranslation("kpi." + a.kpi().name()) + " "
                    + getTranslation(
                            a.stageMonth() == null ? "report.attainment.term" : "report.attainment.stage",
                            labels.kpi(a.kpi(), a.target()),
                            labels.kpi(a.kpi(), a.actual()),
                            labels.share(a.attainment()));
            box.add(new Paragraph(target));
        }
        return box;
    }

    private com.vaadin.flow.component.grid.Grid<app.baton.reports.ChannelKpis.Row> channelGrid(VersionDetail d) {
        var grid = new com.vaadin.flow.component.grid.Grid<app.baton.reports.ChannelKpis.Row>();
        grid.addColumn(r -> app.baton.budgets.ChannelService.DEFAULT_CODES.contains(r.channel())
                        ? getTranslation("channel." + r.channel())
                        : r.channel())
                .setHeader(getTranslation("budget.channel"))
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(r -> labels.money(r.sums().cost()))
                .setHeader(getTranslation("report.cost"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true);
        for (EngagementKpi kpi : new EngagementKpi[] {
            EngagementKpi.CTR, EngagementKpi.CPC, EngagementKpi.CPA, EngagementKpi.CR, EngagementKpi.ROAS
        }) {
            grid.addColumn(r -> labels.kpi(kpi, r.kpis().get(kpi)))
                    .setHeader(kpi.name())
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.setItems(d.channels());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Div flags(VersionDetail d) {
        Div box = new Div(new H3(getTranslation("report.flags", d.flags().size())));
        if (d.flags().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("report.noFlags"));
            none.addClassName("hint");
            box.add(none);
        }
        boolean reviewer = !vendor && d.latest();
        for (FlagView f : d.flags()) {
            Div card = new Div();
            card.addClassName("flag-card");
            // a title in the reader's words; the code stays, small, for those who use the API
            Span title = new Span(getTranslation("flag.title." + f.flag().code()));
            title.addClassName("flag-title");
            Span code = new Span(f.flag().code());
            code.addClassName("flag-code");
            Div top = new Div(labels.severity(f.flag().severity()), labels.flagState(f.state()), title, code);
            top.addClassName("flag-top");
            card.add(top, new Span(labels.flag(f.flag(), vendor)));
            if (!vendor && app.baton.reports.GroundTruth.CODES.contains(f.flag().code())) {
                // the company's own side of a reconciliation flag: its orders per channel for the month
                Anchor rows = new Anchor("sales?month=" + d.summary().month(), getTranslation("report.flagSalesRows"));
                rows.addClassName("flag-link");
                card.add(rows);
            }
            if (f.resolution() != null) {
                Span why = new Span(getTranslation(
                        "report.flagClosedBy", f.resolvedBy() == null ? "" : f.resolvedBy(), f.resolution()));
                why.addClassName("item-meta");
                card.add(why);
            }
            if (!f.state().closed()) {
                Div buttons = new Div();
                buttons.addClassName("flag-top");
                if (reviewer) {
                    buttons.add(
                            button(
                                    "report.ask",
                                    () -> new ReasonDialog(
                                                    "report.ask",
                                                    "report.askText",
                                                    "report.question",
                                                    "report.askSend",
                                                    text -> act(
                                                            () -> reviews.ask(versionId, f.id(), text), "report.asked"))
                                            .open()),
                            button(
                                    "report.resolve",
                                    () -> new ReasonDialog(
                                                    "report.resolve",
                                                    "report.resolveText",
                                                    "report.resolve",
                                                    text -> act(
                                                            () -> reviews.closeFlag(
                                                                    versionId, f.id(), FlagState.RESOLVED, text),
                                                            "report.flagResolved"))
                                            .open()),
                            button(
                                    "report.dismiss",
                                    () -> new ReasonDialog(
                                                    "report.dismiss",
                                                    "report.dismissText",
                                                    "report.dismiss",
                                                    text -> act(
                                                            () -> reviews.closeFlag(
                                                                    versionId, f.id(), FlagState.DISMISSED, text),
                                                            "report.flagDismissed"))
                                            .open()));
                } else if (d.mayAnswer()
                        && d.thread().stream()
                                .anyMatch(m -> m.kind() == app.baton.reports.MessageKind.QUESTION
                                        && java.util.Objects.equals(m.flagId(), f.id()))) {
                    // only where the reviewer asked about this flag; a general answer sits with the question
                    buttons.add(button(
                            "report.answer",
                            () -> new ReasonDialog(
                                            "report.answer",
                                            "report.answerText",
                                            "report.answerLabel",
                                            "report.answerSend",
                                            text -> act(
                                                    () -> reviews.answer(versionId, f.id(), text), "report.answered"))
                                    .open()));
                }
                card.add(buttons);
            }
            box.add(card);
        }
        return box;
    }

    private Component actions(VersionDetail d) {
        Div buttons = new Div();
        buttons.addClassNames("decision-buttons", "report-decisions");
        if (d.mayReview()) {
            Button accept = new Button(
                    getTranslation("report.accept"),
                    click -> act(
                            () -> reviews.review(versionId, d.version(), ReviewStatus.ACCEPTED, null),
                            "report.accepted"));
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            accept.addClassName("decision-button");
            Button clarify = new Button(
                    getTranslation("report.clarify"),
                    click -> new ReasonDialog(
                                    "report.clarify",
                                    "report.clarifyText",
                                    "report.clarify",
                                    text -> act(
                                            () -> reviews.review(
                                                    versionId, d.version(), ReviewStatus.CLARIFICATION_REQUESTED, text),
                                            "report.clarificationRequested"))
                            .open());
            clarify.addClassName("decision-button");
            Button reject = new Button(
                    getTranslation("report.reject"),
                    click -> new ReasonDialog(
                                    "report.reject",
                                    "report.rejectText",
                                    "report.reject",
                                    text -> act(
                                            () -> reviews.review(versionId, d.version(), ReviewStatus.REJECTED, text),
                                            "report.rejected"))
                            .open());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.addClassName("decision-button");
            buttons.add(accept, clarify, reject);
        } else if (d.mayAnswer()) {
            Button answer = new Button(
                    getTranslation("report.answer"),
                    click -> new ReasonDialog(
                                    "report.answer",
                                    "report.answerText",
                                    "report.answerLabel",
                                    "report.answerSend",
                                    text -> act(() -> reviews.answer(versionId, null, text), "report.answered"))
                            .open());
            answer.addClassName("decision-button");
            Anchor upload = new Anchor("engagements/" + d.engagement().id(), getTranslation("report.uploadNew"));
            upload.addClassName("decision-button");
            buttons.add(answer, upload);
        }
        return buttons;
    }

    private Div thread(VersionDetail d) {
        Div box = new Div(new H3(getTranslation("report.thread")));
        for (MessageView m : d.thread()) {
            Div entry = new Div();
            entry.addClassName("thread-entry");
            if (m.fromAgency()) {
                entry.addClassName("from-agency");
            }
            Span meta = new Span(getTranslation("report.message." + m.kind().name(), m.author(), m.versionNumber())
                    + " · " + Formats.dateTime(m.at(), zone, labels.locale()));
            meta.addClassName("thread-meta");
            entry.add(meta);
            // a later finding's body is its flag's code, said in the reader's language
            String body = m.kind() == app.baton.reports.MessageKind.RECONCILED
                    ? getTranslation("report.reconciled." + m.body())
                    : m.body();
            if (!body.isBlank()) {
                entry.add(new Span(body));
            }
            box.add(entry);
        }
        return box;
    }

    private void act(Runnable action, String successKey) {
        new Refusals().run(() -> {
            action.run();
            Toasts.success(successKey);
        });
        refresh();
    }

    private Button button(String key, Runnable click) {
        Button button = new Button(getTranslation(key), e -> click.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Div line(String labelKey, Component value) {
        Div line = new Div();
        line.addClassName("decision-line");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        line.add(label, value);
        return line;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("engagement.list.title") : title;
    }
}
