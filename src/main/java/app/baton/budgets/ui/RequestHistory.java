package app.baton.budgets.ui;

import app.baton.budgets.RequestDetail;
import app.baton.budgets.RequestRow;
import app.baton.budgets.RequestStatus;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;

/** Who did what to a request and when: submitted, each founder's yes (with override reasons), the outcome and why. */
class RequestHistory extends Div {

    private final ZoneId zone;

    RequestHistory(RequestDetail detail, ZoneId zone) {
        this.zone = zone;
        addClassName("history");
        add(new H3(getTranslation("request.history")));
        RequestRow row = detail.row();
        line("request.history.submitted", row.requesterName(), when(row.submittedAt()));
        detail.approvals().forEach(a -> {
            line("request.history.approvedBy", a.founderName(), when(a.at()));
            if (a.overrideReason() != null) {
                highlighted("request.history.override", a.overrideReason());
            }
        });
        if (row.delegated()) {
            line("request.history.delegated");
        }
        if (!detail.stillNeeded().isEmpty()) {
            line("request.history.waitingFor", String.join("、", detail.stillNeeded()));
        }
        if (detail.decidedAt() != null && row.status() != RequestStatus.APPROVED) {
            line(
                    "request.history." + row.status().name(),
                    String.valueOf(detail.decidedBy()),
                    when(detail.decidedAt()));
        }
        if (detail.decisionReason() != null) {
            highlighted("request.history.reason", detail.decisionReason());
        }
    }

    private String when(Instant at) {
        return Formats.dateTime(at, zone, getLocale());
    }

    private void line(String key, Object... args) {
        add(new Paragraph(getTranslation(key, args)));
    }

    private void highlighted(String key, String text) {
        Paragraph paragraph = new Paragraph(getTranslation(key, text));
        paragraph.addClassName("override-reason");
        add(paragraph);
    }
}
