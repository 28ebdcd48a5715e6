package app.baton;

import app.baton.security.AccountService;
import app.baton.security.AccountSummary;
import app.baton.security.BatonUser;
import app.baton.security.MembershipDirectory;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.tenancy.MembershipSeeder;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test-data builders: companies with a founder, successor and vendor, and running code as one of them. */
@TestConfiguration(proxyBeanMethods = false)
@org.springframework.context.annotation.Import({
    app.baton.budgets.BudgetFixtures.class,
    app.baton.insights.InsightsFixtures.class
})
public class TestFixtures {

    public static final String PASSWORD = "correct-horse-battery-9";

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    Companies companies(AccountService accounts, MembershipSeeder seeder, MembershipDirectory directory) {
        return new Companies(accounts, seeder, directory);
    }

    /** A company made for one test: its id and its three people. */
    public record Company(long id, String name, Person founder, Person successor, Person vendor) {}

    /** A person in a company. */
    public record Person(long userId, String email, MembershipInfo membership) {}

    public static final class Companies {
        private final AccountService accounts;
        private final MembershipSeeder seeder;
        private final MembershipDirectory directory;

        Companies(AccountService accounts, MembershipSeeder seeder, MembershipDirectory directory) {
            this.accounts = accounts;
            this.seeder = seeder;
            this.directory = directory;
        }

        /** A fresh company with a founder, a successor and a vendor (of a fresh agency). */
        public Company create(String label) {
            String tag = label + "-" + UUID.randomUUID().toString().substring(0, 8);
            AccountSummary founder = account("founder-" + tag);
            AccountSummary successor = account("successor-" + tag);
            AccountSummary vendor = account("vendor-" + tag);
            long tenantId = seeder.createCompany("Company " + tag, "TWD", "Asia/Taipei", founder)
                    .id();
            seeder.add(tenantId, successor.userId(), MembershipRole.SUCCESSOR, null);
            seeder.add(tenantId, vendor.userId(), MembershipRole.VENDOR, "Agency " + tag);
            return new Company(
                    tenantId,
                    "Company " + tag,
                    person(founder, tenantId),
                    person(successor, tenantId),
                    person(vendor, tenantId));
        }

        /** Adds a new person with {@code role} to an existing company, e.g. a second founder. */
        public Person addPerson(Company company, String label, MembershipRole role) {
            AccountSummary account =
                    account(label + "-" + UUID.randomUUID().toString().substring(0, 8));
            seeder.add(company.id(), account.userId(), role, role == MembershipRole.VENDOR ? "Agency " + label : null);
            return person(account, company.id());
        }

        /** The same agency person also serving {@code other} (one vendor account, many client companies). */
        public Person serveAlso(Company other, Person vendor) {
            seeder.addToAgency(
                    other.id(),
                    vendor.userId(),
                    java.util.Objects.requireNonNull(vendor.membership().vendorOrganisationId()));
            MembershipInfo membership = directory.membershipsOf(vendor.userId()).stream()
                    .filter(m -> m.tenantId() == other.id())
                    .findFirst()
                    .orElseThrow();
            return new Person(vendor.userId(), vendor.email(), membership);
        }

        public AccountSummary account(String localPart) {
            return accounts.createAccount(localPart + "@test.example", localPart, PASSWORD, "zh-TW");
        }

        public Person person(AccountSummary account, long tenantId) {
            MembershipInfo membership = directory.membershipsOf(account.userId()).stream()
                    .filter(m -> m.tenantId() == tenantId)
                    .findFirst()
                    .orElseThrow();
            return new Person(account.userId(), account.email(), membership);
        }

        /** Runs {@code work} signed in as {@code person} in their company, then restores the previous context. */
        public <T> T as(Person person, Callable<T> work) throws Exception {
            SecurityContext previous = SecurityContextHolder.getContext();
            signIn(person);
            try {
                return work.call();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }

        public void run(Person person, ThrowingRunnable work) throws Exception {
            as(person, () -> {
                work.run();
                return null;
            });
        }

        public long userIdOf(String email) {
            return seeder.userIdOf(email);
        }

        public List<MembershipInfo> membershipsOf(long userId) {
            return directory.membershipsOf(userId);
        }
    }

    /** Puts {@code person}, in their company, into the security context of this thread. */
    public static void signIn(Person person) {
        BatonUser user = new BatonUser(
                person.userId(), person.email(), person.email(), "zh-TW", null, true, person.membership());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** A runnable that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
