package app.baton.demo;

import app.baton.security.AccountDirectory;
import app.baton.security.AccountService;
import app.baton.security.AccountSummary;
import app.baton.security.ApiTokenSeeder;
import app.baton.security.MembershipDirectory;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.CompanyDefaults;
import app.baton.shared.DemoOnly;
import app.baton.tenancy.MembershipSeeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The load harness's data (issue 16, decision 017): {@code n} companies made through the same services and demo
 * stories as 林記食品 — a year's plan with spend, a request and an experiment waiting, the shop's sales, four months
 * of an agency's reports, the monthly review — each with five people: two founders, a successor and two people of
 * an agency that serves ten of the companies (as an account manager serves ten families). Every agency person gets
 * a known API token per company. Writes the sign-ins to a CSV file for the load test's feeders. Idempotent per
 * company (a company whose founder exists is kept as it is). Only in the demo profile, like the demo data.
 */
@Component
@DemoOnly
class DemoLoad {

    static final String DOMAIN = "load.example";
    static final int COMPANIES_PER_AGENCY = 10;
    private static final Logger log = LoggerFactory.getLogger(DemoLoad.class);

    private final AccountService accounts;
    private final AccountDirectory directory;
    private final MembershipSeeder memberships;
    private final MembershipDirectory membershipDirectory;
    private final DemoBudgets budgets;
    private final DemoReports reports;
    private final DemoInsights insights;
    private final DemoSales sales;
    private final ApiTokenSeeder tokens;
    private final Clock clock;

    DemoLoad(
            AccountService accounts,
            AccountDirectory directory,
            MembershipSeeder memberships,
            MembershipDirectory membershipDirectory,
            DemoBudgets budgets,
            DemoReports reports,
            DemoInsights insights,
            DemoSales sales,
            ApiTokenSeeder tokens,
            Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.memberships = memberships;
        this.membershipDirectory = membershipDirectory;
        this.budgets = budgets;
        this.reports = reports;
        this.insights = insights;
        this.sales = sales;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** One sign-in of the load test: its role, e-mail, company name and (agency people) API token there. */
    record SignIn(MembershipRole role, String email, String company, String token) {}

    static String email(String who, int number) {
        return who + number + "@" + DOMAIN;
    }

    static String companyName(int number) {
        return String.format(Locale.ROOT, "負載測試公司 %03d", number);
    }

    /** Makes companies 1 to {@code count} (those missing) and writes every sign-in to {@code usersFile}. */
    List<SignIn> seed(int count, @Nullable Path usersFile) {
        long started = clock.millis();
        List<SignIn> signIns = new ArrayList<>();
        int made = 0;
        for (int number = 1; number <= count; number++) {
            boolean exists = directory.byEmail(email("founder", number)).isPresent();
            long tenantId = exists ? memberships.tenantOf(email("founder", number)) : company(number);
            made += exists ? 0 : 1;
            String company = companyName(number);
            signIns.add(new SignIn(MembershipRole.FOUNDER, email("founder", number), company, ""));
            signIns.add(new SignIn(MembershipRole.FOUNDER, email("partner", number), company, ""));
            signIns.add(new SignIn(MembershipRole.SUCCESSOR, email("successor", number), company, ""));
            int agency = agencyOf(number);
            for (String person : List.of("agency-a", "agency-b")) {
                String email = email(person, agency);
                signIns.add(new SignIn(MembershipRole.VENDOR, email, company, token(email, tenantId)));
            }
            if (number % 20 == 0) {
                log.info("Load data: {} of {} companies", number, count);
            }
        }
        if (usersFile != null) {
            write(signIns, usersFile);
        }
        log.info(
                "Load data: {} companies ({} made now) in {} s; {} sign-ins{}",
                count,
                made,
                (clock.millis() - started) / 1000,
                signIns.size(),
                usersFile == null ? "" : " written to " + usersFile.toAbsolutePath());
        return signIns;
    }

    static int agencyOf(int company) {
        return (company - 1) / COMPANIES_PER_AGENCY + 1;
    }

    private long company(int number) {
        AccountSummary founder = account(email("founder", number), "林創一 " + number);
        AccountSummary partner = account(email("partner", number), "林共同 " + number);
        AccountSummary successor = account(email("successor", number), "林二代 " + number);
        int agency = agencyOf(number);
        AccountSummary agencyA = account(email("agency-a", agency), "代理商甲 " + agency);
        AccountSummary agencyB = account(email("agency-b", agency), "代理商乙 " + agency);
        long tenantId = memberships
                .createCompany(companyName(number), CompanyDefaults.CURRENCY, CompanyDefaults.ZONE_ID, founder)
                .id();
        memberships.add(tenantId, partner.userId(), MembershipRole.FOUNDER, null);
        memberships.add(tenantId, successor.userId(), MembershipRole.SUCCESSOR, null);
        Long agencyId = membershipDirectory.membershipsOf(agencyA.userId()).stream()
                .map(MembershipInfo::vendorOrganisationId)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        String agencyName = "負載測試廣告 " + agency;
        if (agencyId == null) {
            agencyId = memberships.add(tenantId, agencyA.userId(), MembershipRole.VENDOR, agencyName);
        } else {
            memberships.addToAgency(tenantId, agencyA.userId(), agencyId);
        }
        memberships.addToAgency(tenantId, agencyB.userId(), agencyId);
        budgets.seed(tenantId, founder, successor);
        reports.seed(tenantId, founder, agencyA, agencyName, sales.seed(tenantId, founder, DemoSales.thisMonth(clock)));
        insights.seed(tenantId, founder, successor);
        return tenantId;
    }

    private AccountSummary account(String email, String name) {
        return directory
                .byEmail(email)
                .orElseGet(() -> accounts.createAccount(email, name, DemoData.PASSWORD, "zh-TW"));
    }

    /** The agency person's known token in this company (made when missing): {@code baton_<tenant>_load…}. */
    private String token(String email, long tenantId) {
        MembershipInfo membership = membershipDirectory.membershipsOf(memberships.userIdOf(email)).stream()
                .filter(m -> m.tenantId() == tenantId)
                .findFirst()
                .orElseThrow();
        String token = "baton_" + tenantId + "_load" + String.format(Locale.ROOT, "%012d", membership.membershipId())
                + "x" + Integer.toHexString(email.hashCode());
        tokens.ensureKnownToken(membership, "load", token);
        return token;
    }

    private static void write(List<SignIn> signIns, Path file) {
        StringBuilder csv = new StringBuilder("role,email,password,company,token\n");
        for (SignIn signIn : signIns) {
            csv.append(signIn.role())
                    .append(',')
                    .append(signIn.email())
                    .append(',')
                    .append(DemoData.PASSWORD)
                    .append(',')
                    .append(signIn.company())
                    .append(',')
                    .append(signIn.token())
                    .append('\n');
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
