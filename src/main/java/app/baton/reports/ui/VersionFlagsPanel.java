package app.baton.reports.ui;

import app.baton.reports.FlagState;
import app.baton.reports.FlagView;
import app.baton.reports.ReviewService;
import app.baton.reports.VersionDetail;
import app.baton.shared.ui.ReasonDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A report version's red flags in the reader's language, each with what became of it; reviewers turn an open flag
 * into a question, resolve or dismiss it, and the agency answers where it was asked.
 */
final class VersionFlagsPanel extends Div {

    private final ReviewService reviews;
    private final ReportLabels labels;
    private final boolean vendor;
    private final long versionId;
    private final ReportVersionView.Act act;

    VersionFlagsPanel(
            VersionDetail d, ReviewService reviews, ReportLabels labels, boolean vendor, ReportVersionView.Act act) {
        this.reviews = reviews;
        this.labels = labels;
        this.vendor = vendor;
        this.versionId = d.summary().id();
        this.act = act;
        fill(d);
    }

    private void fill(VersionDetail d) {
        Div box = this;
        box.add(new H3(getTranslation("report.flags", d.flags().size())));
        if (d.flags().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("report.noFlags"));
            none.addClassName("hint");
            box.add(none);
        }
        for (FlagView f : d.flags()) {
            box.add(card(d, f));
        }
    }

    /** A flag: its severity, state and title, what it found, how it was closed, and what may be done with it. */
    private Div card(VersionDetail d, FlagView f) {
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
            card.add(actions(d, f));
        }
        return card;
    }

    /**
     * The reviewer's ask, resolve and dismiss on the latest version; the agency's answer where the reviewer asked about
     * this flag (a general answer sits with the question).
     */
    private Div actions(VersionDetail d, FlagView f) {
        boolean reviewer = !vendor && d.latest();
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
                                            text -> act.run(() -> reviews.ask(versionId, f.id(), text), "report.asked"))
                                    .open()),
                    button(
                            "report.resolve",
                            () -> new ReasonDialog(
                                            "report.resolve",
                                            "report.resolveText",
                                            "report.resolve",
                                            text -> act.run(
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
                                            text -> act.run(
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
                                    text -> act.run(() -> reviews.answer(versionId, f.id(), text), "report.answered"))
                            .open()));
        }
        return buttons;
    }

    private Button button(String key, Runnable click) {
        Button button = new Button(getTranslation(key), e -> click.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
