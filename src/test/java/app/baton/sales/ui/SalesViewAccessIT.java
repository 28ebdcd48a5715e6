package app.baton.sales.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.sales.SalesFixtures;
import app.baton.sales.SalesService;
import app.baton.security.ui.LoginView;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sales page: signed out → sign-in; agencies refused; founders and the successor see the privacy notice, their
 * uploads and last month's orders beside the claims; another company sees none of it.
 */
class SalesViewAccessIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    SalesService sales;

    @Test
    void who_may_open_the_sales_page_and_what_it_shows() throws Exception {
        Company company = companies.create("sales-views");
        byte[] october = SalesFixtures.shopify(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 2, 20);
        companies.run(company.founder(), () -> sales.upload("october.csv", new ByteArrayInputStream(october)));

        signInAs(null);
        navigateExpectingRedirect(SalesView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertRefused(SalesView.class, company.vendor());

        signInAs(company.successor());
        SalesView view = navigate(SalesView.class);
        assertThat($(Paragraph.class, view).all())
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("電子郵件、電話、姓名與地址一律不儲存"));
        assertThat($(Span.class, view).all())
                .extracting(Span::getText)
                .anyMatch(t -> t.contains("october.csv"))
                .anyMatch(t -> t.contains("62 筆訂單"))
                // the clock stands in November: last month, October, is compared at once
                .contains("公司資料", "62");

        Company other = companies.create("sales-views-b");
        signInAs(other.founder());
        SalesView empty = navigate(SalesView.class);
        assertThat($(Paragraph.class, empty).all())
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("尚未上傳銷售資料"))
                .anyMatch(t -> t.contains("這個月還沒有上傳銷售資料"));
    }
}
