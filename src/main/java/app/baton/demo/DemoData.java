package app.baton.demo;

import app.baton.security.AccountDirectory;
import app.baton.security.AccountService;
import app.baton.security.AccountSummary;
import app.baton.security.MembershipRole;
import app.baton.shared.CompanyDefaults;
import app.baton.shared.DemoOnly;
import app.baton.tenancy.CompanyService.CompanyView;
import app.baton.tenancy.MembershipSeeder;
import java.util.List;
import org.springframework.stereotype.Component;

/** Creates the demo companies and people. Idempotent on the demo founder's e-mail. */
@Component
@DemoOnly
public class DemoData {

    public static final String PASSWORD = "baton-demo-2026";
    public static final String FOUNDER = "founder@linfoods.example";
    public static final String SUCCESSOR = "successor@linfoods.example";
    public static final String VENDOR = "vendor@brightads.example";
    public static final String TEA_FOUNDER = "founder@chenstea.example";
    public static final List<String> SIGN_INS = List.of(FOUNDER, SUCCESSOR, VENDOR);

    private final AccountService accounts;
    private final AccountDirectory directory;
    private final MembershipSeeder memberships;
    private final DemoBudgets budgets;
    private final DemoReports reports;
    private final DemoInsights insights;
    private final DemoSales sales;
    private final java.time.Clock clock;

    DemoData(
            AccountService accounts,
            AccountDirectory directory,
            MembershipSeeder memberships,
            DemoBudgets budgets,
            DemoReports reports,
            DemoInsights insights,
            DemoSales sales,
            java.time.Clock clock) {
        this.insights = insights;
        this.sales = sales;
        this.clock = clock;
        this.budgets = budgets;
        this.reports = reports;
        this.accounts = accounts;
        this.directory = directory;
        this.memberships = memberships;
    }

    /** The demo companies' ids, once seeded. */
    public record Seeded(long linFoodsId, long chensTeaId) {}

    /** Creates the demo data unless the demo founder exists already. */
    public Seeded seed() {
        if (directory.byEmail(FOUNDER).isPresent()) {
            return new Seeded(memberships.tenantOf(FOUNDER), memberships.tenantOf(TEA_FOUNDER));
        }
        AccountSummary founder = accounts.createAccount(FOUNDER, "林志明", PASSWORD, "zh-TW");
        AccountSummary successor = accounts.createAccount(SUCCESSOR, "林佳穎", PASSWORD, "zh-TW");
        AccountSummary vendor = accounts.createAccount(VENDOR, "王小華", PASSWORD, "zh-TW");
        AccountSummary teaFounder = accounts.createAccount(TEA_FOUNDER, "陳美玲", PASSWORD, "zh-TW");

        CompanyView linFoods =
                memberships.createCompany("林記食品", CompanyDefaults.CURRENCY, CompanyDefaults.ZONE_ID, founder);
        CompanyView chensTea =
                memberships.createCompany("陳家茶行", CompanyDefaults.CURRENCY, CompanyDefaults.ZONE_ID, teaFounder);
        memberships.add(linFoods.id(), successor.userId(), MembershipRole.SUCCESSOR, null);
        long agencyId = memberships.add(linFoods.id(), vendor.userId(), MembershipRole.VENDOR, "亮點廣告 Bright Ads");
        memberships.addToAgency(chensTea.id(), vendor.userId(), agencyId);
        budgets.seed(linFoods.id(), founder, successor);
        reports.seed(linFoods.id(), founder, vendor, sales.seed(linFoods.id(), founder, DemoSales.thisMonth(clock)));
        insights.seed(linFoods.id(), founder, successor);
        return new Seeded(linFoods.id(), chensTea.id());
    }
}
