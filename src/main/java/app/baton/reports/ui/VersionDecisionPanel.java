package app.baton.reports.ui;

import app.baton.reports.ReviewService;
import app.baton.reports.ReviewStatus;
import app.baton.reports.VersionDetail;
import app.baton.shared.ui.ReasonDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/** The decision on a report version: accept, ask for clarification or reject; the agency answers or uploads anew. */
final class VersionDecisionPanel extends Div {

    private final ReviewService reviews;
    private final long versionId;
    private final ReportVersionView.Act act;

    VersionDecisionPanel(VersionDetail d, ReviewService reviews, ReportVersionView.Act act) {
        this.reviews = reviews;
        this.versionId = d.summary().id();
        this.act = act;
        addClassNames("decision-buttons", "report-decisions");
        fill(d);
    }

    private void fill(VersionDetail d) {
        Div buttons = this;
        if (d.mayReview()) {
            Button accept = new Button(
                    getTranslation("report.accept"),
                    click -> act.run(
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
                                    text -> act.run(
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
                                    text -> act.run(
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
                                    text -> act.run(() -> reviews.answer(versionId, null, text), "report.answered"))
                            .open());
            answer.addClassName("decision-button");
            Anchor upload =
                    new Anchor(ReportNavigation.engagement(d.engagement().id()), getTranslation("report.uploadNew"));
            upload.addClassName("decision-button");
            buttons.add(answer, upload);
        }
    }
}
