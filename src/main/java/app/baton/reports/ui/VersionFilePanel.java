package app.baton.reports.ui;

import app.baton.reports.AttachmentView;
import app.baton.reports.ReportFileService;
import app.baton.reports.VersionDetail;
import app.baton.reports.parsing.ParsedReport;
import app.baton.shared.Formats;
import app.baton.shared.ui.StoredFileDownload;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;

/** A report version's file: the download, format, encoding, stated definitions, SHA-256, who uploaded and reviewed. */
final class VersionFilePanel extends Div {

    private final ReportFileService reports;
    private final ReportLabels labels;
    private final ZoneId zone;

    VersionFilePanel(VersionDetail d, ReportFileService reports, ReportLabels labels, ZoneId zone) {
        this.reports = reports;
        this.labels = labels;
        this.zone = zone;
        addClassName("decision-ask");
        fill(d);
    }

    private void fill(VersionDetail d) {
        var s = d.summary();
        Div box = this;
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

    static Div line(Component owner, String labelKey, Component value) {
        Div line = new Div();
        line.addClassName("decision-line");
        Span label = new Span(owner.getTranslation(labelKey));
        label.addClassName("stat-label");
        line.add(label, value);
        return line;
    }

    private Div line(String labelKey, Component value) {
        return line(this, labelKey, value);
    }
}
