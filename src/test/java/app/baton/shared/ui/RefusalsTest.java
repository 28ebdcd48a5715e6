package app.baton.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** A refusal goes to the field named for its exact key, else to the one with the longest matching prefix. */
class RefusalsTest {

    private final TextField email = new TextField();
    private final TextField name = new TextField();
    private final TextField password = new TextField();
    private final Refusals refusals = new Refusals()
            .field(email, "email.")
            .field(name, "account.displayNameRequired")
            .field(password, "password.", "account.password.");

    @Test
    void an_exact_key_or_a_prefix_finds_its_field() {
        assertThat(refusals.fieldFor("email.invalid")).isSameAs(email);
        assertThat(refusals.fieldFor("account.displayNameRequired")).isSameAs(name);
        assertThat(refusals.fieldFor("password.tooShort")).isSameAs(password);
        assertThat(refusals.fieldFor("account.password.same")).isSameAs(password);
    }

    @Test
    void a_key_no_field_was_named_for_goes_to_a_notification() {
        assertThat(refusals.fieldFor("account.displayNameTooLong")).isNull();
        assertThat(refusals.fieldFor("budget.changedConcurrently")).isNull();
    }

    @Test
    void any_takes_what_no_other_field_is_named_for() {
        TextField agency = new TextField();
        Refusals invite =
                new Refusals().field(agency, "invitation.agencyRequired").field(email, Refusals.ANY);
        assertThat(invite.fieldFor("invitation.agencyRequired")).isSameAs(agency);
        assertThat(invite.fieldFor("invitation.alreadyMember")).isSameAs(email);
        assertThat(invite.fieldFor("email.invalid")).isSameAs(email);
    }

    @Test
    void the_longest_prefix_wins() {
        TextField specific = new TextField();
        Refusals nested = new Refusals().field(email, "report.").field(specific, "report.note");
        assertThat(nested.fieldFor("report.note")).isSameAs(specific);
        assertThat(nested.fieldFor("report.noteTooLong")).isSameAs(email);
    }
}
