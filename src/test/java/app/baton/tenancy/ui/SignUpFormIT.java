package app.baton.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.security.Emails;
import app.baton.tenancy.internal.SignUpRequestRepository;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-up page is bound to the {@code SignUp} record: a blank company or person and an address that is not one
 * are refused beside their fields before anything is sent; what is typed starts a sign-up for the address as typed,
 * trimmed and in lower case.
 */
class SignUpFormIT extends BrowserlessTestBase {

    @Autowired
    SignUpRequestRepository signUps;

    @Test
    void blank_names_and_a_wrong_address_are_refused_beside_their_fields_and_nothing_is_sent() {
        signInAs(null);
        SignUpView view = navigate(SignUpView.class);
        List<TextField> names = $(TextField.class, view).all();
        EmailField email = $(EmailField.class, view).single();
        assertThat(email.getMaxLength()).isEqualTo(Emails.MAX);
        names.get(1).setValue("   ");
        email.setValue("not-mail");
        test(next()).click();

        assertThat(names.get(0).getErrorMessage()).isEqualTo("請輸入公司名稱（最多 200 字）。");
        assertThat(names.get(1).getErrorMessage()).isEqualTo("請輸入姓名（最多 200 字）。");
        assertThat(email.getErrorMessage()).isEqualTo("請輸入有效的電子郵件地址，例如 name@example.com。");
        assertThat($(Paragraph.class).withClassName("sign-up-sent").exists()).isFalse();
    }

    @Test
    void what_is_typed_starts_a_sign_up_and_the_page_says_where_the_link_went() {
        String address = "new-" + UUID.randomUUID() + "@test.example";
        signInAs(null);
        SignUpView view = navigate(SignUpView.class);
        List<TextField> names = $(TextField.class, view).all();
        names.get(0).setValue("黃家餅舖");
        names.get(1).setValue("黃大明");
        $(EmailField.class, view).single().setValue("  " + address.toUpperCase() + " ");
        test(next()).click();

        assertThat($(Paragraph.class).withClassName("sign-up-sent").single().getText())
                .contains(address.toUpperCase());
        assertThat(signUps.countByEmailAndCreatedAtAfter(address, Instant.EPOCH))
                .isEqualTo(1);
    }

    private Button next() {
        return $(Button.class).all().stream()
                .filter(b -> "寄送連結給我".equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
