package app.baton.reports.ui;

import app.baton.reports.ScorecardService;
import app.baton.reports.ScorecardService.Rating;
import app.baton.reports.ScorecardService.Scorecard;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The vendor scorecard of an engagement, and for founders the quarterly rating form. */
final class ScorecardPanel extends Div {

    private static final List<String> CRITERIA =
            List.of("expertise", "pastPerformance", "communication", "flexibility", "transparency");

    ScorecardPanel(
            ScorecardService scorecards, long engagementId, boolean founder, ReportLabels labels, LocalDate today) {
        Scorecard s = scorecards.scorecard(engagementId);
        add(new H3(getTranslation("scorecard.title")));
        Div stats = new Div();
        stats.addClassName("stat-grid");
        stats.add(
                stat("scorecard.onTime", labels.share(s.onTimeRate()) + " (" + s.onTime() + "/" + s.monthsDue() + ")"));
        stats.add(stat("scorecard.attainment", labels.share(s.kpiAttainment())));
        stats.add(stat(
                "scorecard.flags",
                getTranslation(
                        "scorecard.flagsValue",
                        s.flagsPerReport() == null ? "—" : s.flagsPerReport().toPlainString(),
                        s.upheld(),
                        s.dismissed())));
        stats.add(stat(
                "scorecard.outcomes",
                s.outcomes().isEmpty()
                        ? "—"
                        : s.outcomes().entrySet().stream()
                                .map(e -> getTranslation(
                                                "report.status." + e.getKey().name()) + " " + e.getValue())
                                .collect(Collectors.joining(" · "))));
        if (s.missed() > 0) {
            // misses whose cause both sides agreed, apart from the ones nobody attributed (issue 19)
            stats.add(stat(
                    "scorecard.misses",
                    getTranslation(
                            "scorecard.missesLine",
                            s.missed(),
                            s.attributedMisses().getOrDefault(app.baton.reports.MissCause.AGENCY, 0),
                            s.attributedMisses().getOrDefault(app.baton.reports.MissCause.COMPANY, 0),
                            s.attributedMisses().getOrDefault(app.baton.reports.MissCause.OUTSIDE_EVENT, 0),
                            s.unattributedMisses())));
        }
        add(stats);
        if (!s.targetChanges().isEmpty()) {
            Paragraph changed = new Paragraph(getTranslation(
                    "scorecard.targetsChanged",
                    s.targetChanges().stream().map(labels::month).collect(Collectors.joining("、"))));
            changed.addClassName("hint");
            add(changed);
        }
        if (s.ratings().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("scorecard.noRatings"));
            none.addClassName("hint");
            add(none);
        }
        for (Rating r : s.ratings()) {
            add(new Paragraph(r.quarter() + " · "
                    + getTranslation("scorecard.average", r.average().toPlainString())
                    + " · "
                    + CRITERIA.stream()
                            .map(c -> getTranslation("scorecard." + c) + " " + score(r, c))
                            .collect(Collectors.joining(" · "))));
        }
        if (founder) {
            add(ratingForm(scorecards, engagementId, today));
        }
    }

    private Div ratingForm(ScorecardService scorecards, long engagementId, LocalDate today) {
        Div box = new Div();
        TextField quarter = new TextField(getTranslation("scorecard.quarter"));
        quarter.setValue(today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
        quarter.setHelperText(getTranslation("scorecard.quarterHint"));
        FormLayout form = new FormLayout(quarter);
        CommandBinder<Rating> binder = new CommandBinder<>(Rating.class);
        binder.forField(quarter).withConverter(String::strip, q -> q).bind("quarter");
        for (String criterion : CRITERIA) {
            Select<Integer> select = new Select<>();
            select.setLabel(getTranslation("scorecard." + criterion));
            select.setItems(1, 2, 3, 4, 5);
            select.setValue(3);
            form.add(select);
            binder.forField(select).bind(criterion);
        }
        Button save = new Button(
                getTranslation("scorecard.rate"),
                click -> binder.write()
                        .ifPresent(rating -> new Refusals()
                                .field(quarter, "rating.quarter")
                                .run(() -> {
                                    scorecards.rate(engagementId, rating);
                                    Toasts.success("scorecard.rated");
                                    getUI().ifPresent(ui -> ui.getPage().reload());
                                })));
        box.add(new H3(getTranslation("scorecard.rateTitle")), form, save);
        return box;
    }

    private static int score(Rating r, String criterion) {
        return switch (criterion) {
            case "expertise" -> r.expertise();
            case "pastPerformance" -> r.pastPerformance();
            case "communication" -> r.communication();
            case "flexibility" -> r.flexibility();
            default -> r.transparency();
        };
    }

    private Div stat(String labelKey, String value) {
        return app.baton.shared.ui.Stat.of(getTranslation(labelKey), value, null);
    }
}
