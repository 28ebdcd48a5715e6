package app.baton.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseIT;
import app.baton.TestFixtures;
import app.baton.security.AccountDirectory;
import app.baton.security.MembershipDirectory;
import app.baton.security.MembershipRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignUpIT extends DatabaseIT {

    @Autowired
    CompanyService companies;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    MembershipDirectory memberships;

    @Test
    void sign_up_creates_the_account_the_company_and_its_founder() {
        String email = "new-" + UUID.randomUUID() + "@test.example";
        var company = companies.signUp(new CompanyService.SignUp("新公司", "張三", email, TestFixtures.PASSWORD, "zh-TW"));
        assertThat(company.currency()).isEqualTo("TWD");
        assertThat(company.timeZone()).isEqualTo("Asia/Taipei");
        long userId = accounts.byEmail(email).orElseThrow().userId();
        assertThat(memberships.membershipsOf(userId)).singleElement().satisfies(m -> {
            assertThat(m.tenantId()).isEqualTo(company.id());
            assertThat(m.role()).isEqualTo(MembershipRole.FOUNDER);
        });
    }

    @Test
    void a_bad_sign_up_leaves_nothing_behind() {
        String email = "weak-" + UUID.randomUUID() + "@test.example";
        assertThatThrownBy(() -> companies.signUp(new CompanyService.SignUp("公司", "李四", email, "short", "zh-TW")))
                .hasMessage("password.tooShort");
        assertThat(accounts.byEmail(email)).isEmpty();
        assertThatThrownBy(() ->
                        companies.signUp(new CompanyService.SignUp(" ", "李四", email, TestFixtures.PASSWORD, "zh-TW")))
                .hasMessage("signUp.companyNameRequired");
        assertThat(accounts.byEmail(email)).isEmpty();
    }

    @Test
    void an_email_cannot_sign_up_twice() {
        String email = "twice-" + UUID.randomUUID() + "@test.example";
        companies.signUp(new CompanyService.SignUp("一", "王五", email, TestFixtures.PASSWORD, "zh-TW"));
        assertThatThrownBy(() -> companies.signUp(
                        new CompanyService.SignUp("二", "王五", email.toUpperCase(), TestFixtures.PASSWORD, "zh-TW")))
                .hasMessage("account.emailTaken");
    }
}
