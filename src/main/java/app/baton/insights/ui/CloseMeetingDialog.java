package app.baton.insights.ui;

import app.baton.insights.MeetingService.Attendee;
import app.baton.security.MembershipRole;
import app.baton.shared.TextLimits;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Closing the meeting: who attended (the company's founders and successors, plus guests by name) and a summary. */
final class CloseMeetingDialog extends Dialog {

    /** What the founder entered. */
    record Result(List<Attendee> people, @Nullable String summary) {}

    CloseMeetingDialog(MembershipService members, Consumer<Result> then) {
        setHeaderTitle(getTranslation("meeting.close"));
        setWidth("min(520px, 96vw)");
        CheckboxGroup<MembershipService.MemberView> present = new CheckboxGroup<>(getTranslation("meeting.attendees"));
        List<MembershipService.MemberView> people = members.members().stream()
                .filter(m -> m.role() == MembershipRole.FOUNDER || m.role() == MembershipRole.SUCCESSOR)
                .toList();
        present.setItems(people);
        present.setItemLabelGenerator(
                m -> m == null ? "" : m.displayName() + " · " + getTranslation("role." + m.role()));
        people.stream().filter(MembershipService.MemberView::you).forEach(present::select);
        TextField guests = new TextField(getTranslation("meeting.guests"));
        guests.setHelperText(getTranslation("meeting.guestsHint"));
        guests.setWidthFull();
        guests.setMaxLength(1000);
        TextArea summary = new TextArea(getTranslation("meeting.summary"));
        summary.setWidthFull();
        summary.setMaxLength(TextLimits.LONG_TEXT);
        add(new Paragraph(getTranslation("meeting.closeText")), present, guests, summary);
        Button confirm = new Button(getTranslation("meeting.close"), click -> {
            List<Attendee> chosen = new ArrayList<>();
            present.getSelectedItems().forEach(m -> chosen.add(new Attendee(m.userId(), m.displayName())));
            Arrays.stream(guests.getValue().split("[,、，]"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(s -> chosen.add(new Attendee(null, s)));
            if (chosen.isEmpty()) {
                present.setErrorMessage(getTranslation("meeting.attendeesRequired"));
                present.setInvalid(true);
                return;
            }
            close();
            then.accept(new Result(chosen, summary.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
