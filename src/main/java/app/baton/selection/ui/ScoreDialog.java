package app.baton.selection.ui;

import app.baton.selection.CandidateView;
import app.baton.selection.ScoreView;
import app.baton.selection.SelectionService;
import app.baton.shared.ui.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * One person's scores of a candidate on the seeds' five criteria (「評估外包夥伴的面向」), 1–5 each, and a note; the
 * other's scores are shown only after one's own.
 */
final class ScoreDialog extends Dialog {

    private static final List<String> CRITERIA =
            List.of("expertise", "pastPerformance", "communication", "flexibility", "transparency");

    ScoreDialog(SelectionService selection, CandidateView candidate, Runnable afterwards) {
        setHeaderTitle(getTranslation("selection.scoreAgency", candidate.agencyName()));
        setWidth("min(34rem, 100vw)");
        Paragraph intro = new Paragraph(getTranslation("selection.scoreIntro"));
        intro.addClassName("hint");
        FormLayout form = new FormLayout();
        ScoreView mine = candidate.myScore();
        List<Integer> start = mine == null
                ? List.of(3, 3, 3, 3, 3)
                : List.of(
                        mine.expertise(),
                        mine.pastPerformance(),
                        mine.communication(),
                        mine.flexibility(),
                        mine.transparency());
        List<Select<Integer>> selects = new java.util.ArrayList<>();
        for (int i = 0; i < CRITERIA.size(); i++) {
            Select<Integer> select = new Select<>();
            select.setLabel(getTranslation("scorecard." + CRITERIA.get(i)));
            select.setItems(1, 2, 3, 4, 5);
            select.setItemLabelGenerator(n -> getTranslation("selection.scale." + n));
            select.setValue(start.get(i));
            selects.add(select);
            form.add(select);
        }
        TextArea note = new TextArea(getTranslation("selection.note"));
        note.setValue(mine == null ? "" : mine.note());
        form.add(note);
        form.setColspan(note, 2);
        add(intro, form);
        Button save = new Button(
                getTranslation("selection.saveScore"),
                click -> new Refusals().field(note, "selection.tooLong").run(() -> {
                    selection.score(
                            candidate.id(),
                            new SelectionService.ScoreForm(
                                    selects.get(0).getValue(),
                                    selects.get(1).getValue(),
                                    selects.get(2).getValue(),
                                    selects.get(3).getValue(),
                                    selects.get(4).getValue(),
                                    note.getValue()));
                    close();
                    afterwards.run();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
