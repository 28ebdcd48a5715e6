package app.baton.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Taiwanese agency's exports uploaded in Chromium. A Meta file billed in US dollars is refused on a phone in
 * Chinese with the reason; the agency's Big5 export of Meta campaigns (agency in English on a desktop and a phone):
 * the version page says it was read as Big5 and shows the attribution setting the file states; the founder
 * (Chinese, phone and desktop) sees the same in Chinese with the campaign names intact.
 */
class AgencyExportsE2EIT extends E2ETestBase {

    @Autowired
    java.time.Clock clock;

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    AccountService accounts;

    @Test
    void a_big5_meta_export_is_read_and_its_encoding_and_attribution_are_shown_in_both_languages() throws Exception {
        Company company = companies.create("e2e-exports");
        companies.run(company.vendor(), () -> accounts.updateMyProfile("Hua Wang", "zh-TW"));
        long engagementId = ReportFixtures.engagement(companies, company, engagements, channels)
                .id();
        YearMonth month = YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei"))))
                .minusMonths(1);
        Charset big5 = Charset.forName("x-windows-950");
        String text = new String(AgencyExportsIT.corpus("meta-campaigns-zhtw-big5.csv"), big5)
                .replace("2026-11-01", month.atDay(1).toString())
                .replace("2026-11-30", month.atEndOfMonth().toString());
        Path file = Files.createTempDirectory("exports").resolve("meta-" + month + ".csv");
        Files.write(file, text.getBytes(big5));

        // a wrong file first, on a phone in Chinese: Meta billed in US dollars is refused, saying why
        Path usd = file.resolveSibling("meta-usd-" + month + ".csv");
        Files.writeString(
                usd,
                new String(AgencyExportsIT.corpus("planted-meta-usd.csv"), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("2026-11-01", month.atDay(1).toString())
                        .replace("2026-11-30", month.atEndOfMonth().toString()));
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, company.vendor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/engagements/" + engagementId));
            page.locator("vaadin-upload.metrics-upload input[type=file]").setInputFiles(usd);
            Locator refusal = page.locator(".upload-refusal");
            assertThat(refusal).containsText("meta-usd-" + month + ".csv 未被接受：這個檔案的金額幣別是 USD");
            assertThat(refusal).containsText("TWD");
            assertThat(page.url()).contains("/engagements/" + engagementId);
            // nothing left in the way: the next file can be chosen at once
            assertThat(page.locator("vaadin-upload.metrics-upload vaadin-button[slot=add-button]"))
                    .isEnabled();
            refusal.scrollIntoViewIfNeeded();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "report-usd-refused-zh-phone");
        }
        companies.run(company.vendor(), () -> accounts.updateMyProfile("Hua Wang", "en"));

        String versionUrl;
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.vendor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/engagements/" + engagementId));
            page.locator("vaadin-upload.metrics-upload input[type=file]").setInputFiles(file);
            page.waitForURL("**/reports/*");
            versionUrl = page.url();
            assertThat(page.getByText("Big5 (Traditional Chinese Windows, cp950)", new Page.GetByTextOptions())
                            .first())
                    .isVisible();
            assertThat(page.getByText("detected from the text").first()).isVisible();
            assertThat(page.getByText("Attribution: 點擊後 7 天或瀏覽後 1 天").first()).isVisible();
            assertThat(page.getByText("Meta Ads").first()).isVisible();
            shot(page, "report-big5-en-desktop");
        }
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, company.vendor().email(), TestFixtures.PASSWORD);
            page.navigate(versionUrl);
            assertThat(page.getByText("Text encoding").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "report-big5-en-phone");
        }
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(versionUrl);
            assertThat(page.getByText("Big5（繁體中文 Windows，cp950）").first()).isVisible();
            assertThat(page.getByText("歸因：點擊後 7 天或瀏覽後 1 天").first()).isVisible();
            assertThat(page.getByText("轉換：actions:offsite_conversion.fb_pixel_purchase")
                            .first())
                    .isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "report-big5-zh-phone");
        }
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(versionUrl);
            assertThat(page.getByText("文字編碼").first()).isVisible();
            shot(page, "report-big5-zh-desktop");
        }
    }
}
