package app.baton.insights.ui;

import app.baton.insights.GoalService;
import app.baton.insights.GoalSheet;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Drafting a new version of the goal sheet, started from the latest one: from which month, the goals, the KPI
 * targets and the time to impact per kind of channel. Saving signs it for the drafter's generation; it is in force
 * once the other generation signs too.
 */
final class GoalDialog extends Dialog {

    GoalDialog(
            GoalService goals,
            GoalSheet start,
            YearMonth thisMonth,
            List<app.baton.budgets.ChannelService.ChannelView> channels,
            InsightLabels l,
            Runnable saved) {
        setHeaderTitle(l.t("goals.draft.title"));
        setWidth("min(760px, 96vw)");
        CommandBinder<GoalSheet> binder = new CommandBinder<>(GoalSheet.class);
        Select<YearMonth> from = new Select<>();
        from.setLabel(l.t("goals.inForceFrom"));
        List<YearMonth> months =
                IntStream.rangeClosed(-1, 12).mapToObj(thisMonth::plusMonths).toList();
        from.setItems(
                months.contains(start.inForceFrom())
                        ? months
                        : java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(start.inForceFrom()), months.stream())
                                .toList());
        from.setItemLabelGenerator(l::month);
        binder.forField(from).bind("inForceFrom");
        FormLayout form = new FormLayout(from);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        form.add(section(l, "goals.section.growth"), 2);
        for (GoalFields.Field field : GoalFields.ALL) {
            if (field.name().equals("cac")) {
                form.add(section(l, "goals.section.kpi"), 2);
            } else if (field.name().equals("seoMonths")) {
                form.add(section(l, "goals.section.impact"), 2);
                Paragraph help = new Paragraph(l.t("goals.impact.help"));
                help.addClassName("hint");
                form.add(help, 2);
            }
            String label = l.t("goals.field." + field.name());
            if (field.unit() == GoalFields.Unit.NUMBER
                            && !field.name().equals("roas")
                            && !field.name().equals("ltvCac")
                    || field.unit() == GoalFields.Unit.MONTHS
                    || field.unit() == GoalFields.Unit.WEEKS) {
                IntegerField input = new IntegerField(label);
                if (field.unit() != GoalFields.Unit.NUMBER) {
                    input.setSuffixComponent(new Span(
                            l.t("goals.unit." + field.unit().name().toLowerCase(java.util.Locale.ROOT) + ".short")));
                }
                binder.forField(input).bind(field.name());
                form.add(input);
            } else {
                BigDecimalField input = new BigDecimalField(label);
                if (field.unit() == GoalFields.Unit.PERCENT) {
                    input.setSuffixComponent(new Span("%"));
                }
                binder.forField(input).bind(field.name());
                form.add(input);
            }
        }
        // a channel held to other targets than the company's (a brand channel is not judged on the ROAS of ads)
        form.add(section(l, "goals.section.channels"), 2);
        Paragraph channelHelp = new Paragraph(l.t("goals.channels.help"));
        channelHelp.addClassName("hint");
        form.add(channelHelp, 2);
        ChannelGoalsEditor perChannel = new ChannelGoalsEditor(channels, l);
        binder.forField(perChannel).bind("channels");
        form.add(perChannel, 2);
        TextArea note = new TextArea(l.t("goals.note"));
        note.setMaxLength(TextLimits.TEXT);
        binder.forField(note).bind("note");
        form.add(note, 2);
        binder.readRecord(start);
        add(new Paragraph(l.t("goals.draft.text")), form);
        Button save = new Button(
                l.t("goals.draft.save"),
                click -> binder.write()
                        .ifPresent(sheet -> new Refusals()
                                .field(from, "goals.inForceFromRequired")
                                .field(perChannel, "goals.channels.")
                                .call(() -> goals.draft(sheet))
                                .ifPresent(v -> {
                                    close();
                                    Toasts.success("goals.draft.saved", v.number());
                                    saved.run();
                                })));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(l.t("common.cancel"), click -> close()), save);
    }

    private static H4 section(InsightLabels l, String key) {
        return new H4(l.t(key));
    }
}
