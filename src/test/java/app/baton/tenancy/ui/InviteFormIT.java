package app.baton.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.security.Emails;
import app.baton.security.MembershipRole;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.InvitationService.PendingInvitation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The invitation form is bound to the {@code Invite} record: an address that is not one is refused beside the field
 * before anything is sent, an agency's person without the agency's name is refused beside the agency field by the
 * service, and what is typed is what is invited.
 */
class InviteFormIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InvitationService invitations;

    Company company;

    @BeforeEach
    void company() throws Exception {
        company = companies.create("invite-form");
    }

    @Test
    void a_wrong_address_and_a_missing_agency_are_refused_beside_their_fields_and_nothing_is_invited()
            throws Exception {
        InviteDialog dialog = openInvite();
        EmailField email = $(EmailField.class, dialog).single();
        assertThat(email.getMaxLength()).isEqualTo(Emails.MAX);
        email.setValue("阿明 at example");
        test(lastButton("產生邀請連結")).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("請輸入有效的電子郵件地址，例如 name@example.com。");

        email.setValue("ming@agency.example");
        role(dialog).setValue(MembershipRole.VENDOR);
        test(lastButton("產生邀請連結")).click();
        TextField agency = $(TextField.class, dialog).single();
        assertThat(agency.isInvalid()).isTrue();
        assertThat(agency.getErrorMessage()).isEqualTo("邀請外包商時，請填寫外包商公司名稱。");
        assertThat(pending()).isEmpty();
    }

    @Test
    void what_is_typed_is_invited_and_the_link_is_shown() throws Exception {
        InviteDialog dialog = openInvite();
        $(EmailField.class, dialog).single().setValue("  Ming@Agency.Example ");
        role(dialog).setValue(MembershipRole.VENDOR);
        $(TextField.class, dialog).single().setValue("亮點廣告");
        test(lastButton("產生邀請連結")).click();

        assertThat(pending()).singleElement().satisfies(p -> {
            assertThat(p.email()).isEqualTo("ming@agency.example");
            assertThat(p.role()).isEqualTo(MembershipRole.VENDOR);
            assertThat(p.agencyName()).isEqualTo("亮點廣告");
        });
        assertThat($(TextArea.class, dialog).single().getValue()).contains("/invitations/" + company.id() + "-");
    }

    private InviteDialog openInvite() {
        signInAs(company.founder());
        navigate(MembersView.class);
        test(lastButton("邀請成員")).click();
        return $(InviteDialog.class).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<MembershipRole> role(InviteDialog dialog) {
        return $(RadioButtonGroup.class, dialog).single();
    }

    private List<PendingInvitation> pending() throws Exception {
        return companies.as(company.founder(), () -> invitations.pending());
    }
}
