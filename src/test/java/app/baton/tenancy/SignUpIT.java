package app.baton.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures;
import app.baton.security.AccountDirectory;
import app.baton.security.MembershipDirectory;
import app.baton.security.MembershipRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignUpIT extends DatabaseTestBase {

    @Autowired
    CompanyService companies;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    MembershipDirectory memberships;

    @Autowired
    app.baton.MutableClock clock;

    @Test
    void a_sign_up_finishes_from_the_mailed_link_with_the_account_the_company_and_its_founder() {
        String email = "new-" + UUID.randomUUID() + "@test.example";
        String token = companies.start(new CompanyService.SignUp("新公司", "張三", email, "zh-TW"));
        assertThat(token).isNotBlank();
        // nothing exists until the link is opened
        assertThat(accounts.byEmail(email)).isEmpty();
        assertThat(companies.pendingSignUp(token)).hasValue(new CompanyService.PendingSignUp("新公司", "張三", email));
        assertThatThrownBy(() -> companies.finishSignUp(token, "short")).hasMessage("password.tooShort");
        assertThat(accounts.byEmail(email)).isEmpty();

        var company = companies.finishSignUp(token, TestFixtures.PASSWORD);
        assertThat(company.name()).isEqualTo("新公司");
        assertThat(company.currency()).isEqualTo("TWD");
        assertThat(company.timeZone()).isEqualTo("Asia/Taipei");
        long userId = accounts.byEmail(email).orElseThrow().userId();
        assertThat(memberships.membershipsOf(userId)).singleElement().satisfies(m -> {
            assertThat(m.tenantId()).isEqualTo(company.id());
            assertThat(m.role()).isEqualTo(MembershipRole.FOUNDER);
        });
        // once only
        assertThat(companies.pendingSignUp(token)).isEmpty();
        assertThatThrownBy(() -> companies.finishSignUp(token, TestFixtures.PASSWORD))
                .hasMessage("signUp.linkNotOpen");
    }

    @Test
    void an_address_that_has_an_account_gets_the_same_answer_and_no_link() {
        String email = "taken-" + UUID.randomUUID() + "@test.example";
        String first = companies.start(new CompanyService.SignUp("一", "王五", email, "zh-TW"));
        companies.finishSignUp(first, TestFixtures.PASSWORD);
        // the page's answer is the same (no refusal): the owner is mailed a note, nobody gets a link
        assertThat(companies.start(new CompanyService.SignUp("二", "王五", email.toUpperCase(), "zh-TW")))
                .isNull();
        companies.startSignUp(new CompanyService.SignUp("二", "王五", email, "zh-TW"));
    }

    @Test
    void bad_input_is_refused_the_same_way_for_every_address_and_a_link_expires_after_a_day() {
        String email = "bad-" + UUID.randomUUID() + "@test.example";
        assertThatThrownBy(() -> companies.startSignUp(new CompanyService.SignUp(" ", "李四", email, "zh-TW")))
                .hasMessage("signUp.companyNameRequired");
        assertThatThrownBy(() -> companies.startSignUp(new CompanyService.SignUp("公司", " ", email, "zh-TW")))
                .hasMessage("account.displayNameRequired");
        assertThatThrownBy(() -> companies.startSignUp(new CompanyService.SignUp("公司", "李四", "not-mail", "zh-TW")))
                .hasMessage("email.invalid");
        String token = companies.start(new CompanyService.SignUp("公司", "李四", email, "en"));
        clock.advance(CompanyService.SIGN_UP_VALIDITY.plusSeconds(1));
        assertThat(companies.pendingSignUp(token)).isEmpty();
        assertThatThrownBy(() -> companies.finishSignUp(token, TestFixtures.PASSWORD))
                .hasMessage("signUp.linkNotOpen");
        assertThat(accounts.byEmail(email)).isEmpty();
    }
}
