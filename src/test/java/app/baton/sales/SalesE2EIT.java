package app.baton.sales;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementService;
import app.baton.reports.ReportFixtures;
import app.baton.reports.ReportService;
import app.baton.security.AccountService;
import app.baton.shared.ids.EngagementId;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The founder, in Chinese on a phone, uploads the shop's export for last month after the agency's report came in: a
 * wrong file is refused with its reason, the right one is kept, and the page sets the orders beside the claims; on a
 * desktop the agency's report now carries CLAIMS_EXCEED_ORDERS and the thread says when it was found. The same page in
 * English on a desktop and a phone.
 */
class SalesE2EIT extends E2ETestBase {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    app.baton.reports.EngagementQueryService engagementQueries;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportService reports;

    @Autowired
    AccountService accounts;

    @Autowired
    app.baton.demo.DemoData demoData;

    @Test
    void the_founder_uploads_the_shop_export_on_a_phone_and_reads_claimed_against_verified() throws Exception {
        Company c = companies.create("e2e-sales");
        long engagementId =
                SalesFixtures.googleAndMeta(companies, c, engagements, channels).id();
        byte[] report = ReportFixtures.month(OCTOBER.toString(), 1, true);
        long versionId = companies.as(
                c.vendor(),
                () -> reports.upload(
                                engagementId, OCTOBER, "october.csv", new ByteArrayInputStream(report), null, List.of())
                        .versionId());
        Path folder = Files.createTempDirectory("sales");
        Path export = folder.resolve("orders_export_october.csv");
        Files.write(export, SalesFixtures.shopify(OCTOBER.atDay(1), OCTOBER.atEndOfMonth(), 3, 40));
        Path wrong = folder.resolve("orders_refunds.csv");
        Files.writeString(
                wrong,
                "Name,Email,Financial Status,Paid at,Currency,Total\n#1,a@b.tw,paid,2026-10-01,TWD,-500\n",
                StandardCharsets.UTF_8);

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/sales"));
            assertThat(page.getByText("電子郵件、電話、姓名與地址一律不儲存").first()).isVisible();
            assertThat(page.getByText("這個月還沒有上傳銷售資料").first()).isVisible();

            page.locator("vaadin-upload.sales-upload-field input[type=file]").setInputFiles(wrong);
            Locator refusal = page.locator(".upload-refusal");
            assertThat(refusal).containsText("orders_refunds.csv 未被接受：第 2 列");
            assertThat(refusal).containsText("負數");

            page.locator("vaadin-upload.sales-upload-field input[type=file]").setInputFiles(export);
            assertThat(page.locator(".sales-upload").first()).containsText("orders_export_october.csv");
            assertThat(page.locator(".sales-upload").first()).containsText("93 筆訂單");
            assertThat(refusal).isHidden();
            Locator comparison = page.locator(".sales-comparison");
            assertThat(comparison).containsText("公司資料");
            assertThat(comparison.locator(".compare-verified").first()).hasText("93");
            assertThat(comparison.locator(".compare-over").first()).hasText("212 ▲");
            assertThat(comparison).containsText("紅字 ▲：外包商聲稱的數字超過公司自己的資料");
            assertThat(scrollsSideways(page)).isFalse();
            comparison.scrollIntoViewIfNeeded();
            shot(page, "sales-zh-phone");
        }
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/reports/" + versionId));
            Locator flag = page.getByText("不論哪種歸因模型都不可能").first();
            assertThat(flag).isVisible();
            flag.scrollIntoViewIfNeeded();
            assertThat(page.getByText("Baton 以公司銷售資料對帳第 1 版").first()).isVisible();
            assertThat(page.getByText("新警示：聲稱的購買超過公司當月的訂單。").first()).isVisible();
            // the card's title is in words; the code stays beside it, small
            assertThat(page.locator(".flag-title", new Page.LocatorOptions().setHasText("聲稱的購買超過實際訂單")))
                    .isVisible();
            shot(page, "sales-flag-on-report-zh-desktop");
            // the flag links to the company's own side: October's orders by channel beside the claims
            page.getByText("查看本月自家訂單的各通路明細").first().click();
            page.waitForURL("**/sales?month=2026-10");
            Locator channelsTable = page.locator(".compare-channels");
            assertThat(channelsTable).containsText("Google Ads");
            assertThat(channelsTable).containsText("無標記或優惠碼");
            assertThat(page.locator(".sales-comparison")).containsText("212");
            channelsTable.scrollIntoViewIfNeeded();
            shot(page, "sales-zh-desktop");
        }
        companies.run(c.founder(), () -> accounts.updateMyProfile("Chih-ming Lin", "en"));
        for (int[] size : new int[][] {{1280, 900}, {PHONE_WIDTH, PHONE_HEIGHT}}) {
            try (BrowserContext context = newContext(size[0], size[1])) {
                Page page = context.newPage();
                signIn(page, c.founder().email(), TestFixtures.PASSWORD);
                page.navigate(url("/sales"));
                assertThat(page.getByText("Claimed against your own sales").first())
                        .isVisible();
                assertThat(page.getByText("never stored or logged").first()).isVisible();
                assertThat(scrollsSideways(page)).isFalse();
                shot(page, size[0] > 500 ? "sales-en-desktop" : "sales-en-phone");
            }
        }
    }

    @Test
    void the_successor_teaches_baton_a_pos_layout_and_a_coupon_and_the_founder_sets_the_roas_factor_and_fee_split()
            throws Exception {
        Company c = companies.create("e2e-sales-settings");
        long engagementId =
                SalesFixtures.googleAndMeta(companies, c, engagements, channels).id();
        Path pos = Files.createTempDirectory("pos").resolve("pos-october.csv");
        Files.writeString(pos, SalesSettingsIT.POS, StandardCharsets.UTF_8);
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, c.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/sales"));
            page.locator("vaadin-upload.sales-upload-field input[type=file]").setInputFiles(pos);
            assertThat(page.locator(".upload-refusal").first()).containsText("自訂匯出格式");

            page.getByText("自訂匯出格式").last().click();
            page.locator("vaadin-upload.sales-mapping-sample input[type=file]").setInputFiles(pos);
            String[][] choices = {{"單據號", "訂單編號"}, {"成交時間", "下單時間"}, {"實收金額", "訂單金額"}};
            for (String[] choice : choices) {
                page.locator("vaadin-select", new Page.LocatorOptions().setHasText(choice[0]))
                        .first()
                        .click();
                page.getByRole(
                                com.microsoft.playwright.options.AriaRole.OPTION,
                                new Page.GetByRoleOptions().setName(choice[1]).setExact(true))
                        .click();
            }
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("儲存格式"))
                    .click();
            assertThat(page.locator(".sales-mapping-current")).containsText("單據號 → 訂單編號");
            Path again = pos.resolveSibling("pos-october-again.csv");
            Files.copy(pos, again);
            page.locator("vaadin-upload.sales-upload-field input[type=file]").setInputFiles(again);
            assertThat(page.locator(".sales-upload").first()).containsText("訂單匯出檔（貴公司的欄位對應）");

            page.getByText("優惠碼歸屬").first().click();
            page.getByLabel("優惠碼", new Page.GetByLabelOptions().setExact(true)).fill("FB10");
            page.locator("vaadin-select.sales-coupon-channel").click();
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName("Meta Ads").setExact(true))
                    .click();
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("新增"))
                    .click();
            assertThat(page.locator(".sales-coupon").first()).containsText("FB10 → Meta Ads");
            // the POS file uploaded before is read again with today's settings, as version 2
            page.locator("vaadin-button.sales-reread").first().click();
            assertThat(page.locator(".sales-upload")).hasCount(2);
            assertThat(page.locator(".sales-upload").first()).containsText("第 2 版");
            page.locator(".sales-upload").first().scrollIntoViewIfNeeded();
            shot(page, "sales-reread-zh-phone");
            page.getByText("平台 ROAS 的警示門檻").first().click();
            assertThat(page.getByText("只有創辦人可以變更這個倍數").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            page.locator(".sales-settings").scrollIntoViewIfNeeded();
            shot(page, "sales-settings-zh-phone");
        }
        assertThat(companies.as(c.founder(), () -> settingsService.settings()).coupons())
                .containsEntry("FB10", "META_ADS");
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/sales"));
            page.getByText("平台 ROAS 的警示門檻").first().click();
            Locator factor = page.locator("vaadin-big-decimal-field.sales-roas-factor input");
            factor.fill("0.5");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("儲存倍數"))
                    .click();
            assertThat(page.getByText("請輸入 1.2 到 10 之間的倍數").first()).isVisible();
            factor.fill("3");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("儲存倍數"))
                    .click();
            assertThat(page.getByText("超過已驗證 ROAS 的 3 倍").first()).isVisible();
            page.locator(".sales-settings").scrollIntoViewIfNeeded();
            shot(page, "sales-settings-zh-desktop");

            page.navigate(url("/engagements/" + engagementId + "/edit"));
            Locator split = page.locator(".fee-split");
            assertThat(split).containsText("月費在各通路的分攤");
            split.locator("vaadin-integer-field input").first().fill("70");
            split.locator("vaadin-integer-field input").last().fill("30");
            split.scrollIntoViewIfNeeded();
            shot(page, "engagement-fee-split-zh-desktop");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("儲存合約"))
                    .click();
            page.waitForURL(url -> url.matches(".*/engagements/\\d+$"));
            assertThat(page.getByText("月費在各通路的分攤").first()).isVisible();
        }
        assertThat(companies.as(c.founder(), () -> settingsService.settings()).roasFactor())
                .isEqualByComparingTo("3");
        var engagement = companies.as(c.founder(), () -> engagementQueries.engagement(new EngagementId(engagementId)));
        assertThat(engagement.feeSplit()).containsValues(70, 30);
    }

    @Autowired
    SalesSettingsService settingsService;

    @Test
    void the_demo_founder_reads_claimed_against_verified_on_the_dashboard_and_the_waiting_report() throws Exception {
        demoData.seed();
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, app.baton.demo.DemoData.FOUNDER, app.baton.demo.DemoData.PASSWORD);
            page.navigate(url("/dashboard"));
            Locator truth = page.locator(".ground-truth");
            assertThat(truth).containsText("外包商聲稱 vs. 公司實際銷售");
            assertThat(truth).containsText("▲");
            truth.scrollIntoViewIfNeeded();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "demo-ground-truth-zh-phone");
        }
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, app.baton.demo.DemoData.FOUNDER, app.baton.demo.DemoData.PASSWORD);
            page.navigate(url("/dashboard"));
            page.locator(".ground-truth").scrollIntoViewIfNeeded();
            shot(page, "demo-ground-truth-zh-desktop");
            page.navigate(url("/sales"));
            assertThat(page.locator(".sales-upload").first()).containsText("Shopify");
            assertThat(page.locator(".sales-comparison .compare-over").first()).isVisible();
            shot(page, "demo-sales-zh-desktop");
            page.navigate(url("/dashboard"));
            page.getByText("待審月報").first().click();
            page.waitForURL("**/reports/*");
            Locator flag = page.getByText("不論哪種歸因模型都不可能").first();
            assertThat(flag).isVisible();
            flag.scrollIntoViewIfNeeded();
            shot(page, "demo-waiting-report-flag-zh-desktop");
        }
    }
}
