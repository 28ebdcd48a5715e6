package app.baton.demo;

import app.baton.security.ApiTokenSeeder;
import app.baton.security.MembershipDirectory;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.tenancy.MembershipSeeder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the default (dev) profile only, fills an empty database with the demo data and prints the demo sign-ins
 * (and the demo vendor's API token when {@code BATON_DEMO_VENDOR_TOKEN} is set). Runs as the context starts, before
 * the web server opens (a lower lifecycle phase), so that nobody can reach {@code /login} before the demo sign-ins
 * exist (issue 16). With {@code baton.demo.load-companies=N} it adds the load harness's N companies
 * ({@link DemoLoad}) and writes their sign-ins to {@code baton.demo.load-users-file}.
 */
@Component
@Profile("default")
class DemoDataRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoData demoData;
    private final MembershipSeeder seeder;
    private final MembershipDirectory directory;
    private final ApiTokenSeeder tokens;
    private final @Nullable String vendorToken;
    private final DemoLoad load;
    private final int loadCompanies;
    private final @Nullable String loadUsersFile;

    DemoDataRunner(
            DemoData demoData,
            MembershipSeeder seeder,
            MembershipDirectory directory,
            ApiTokenSeeder tokens,
            DemoLoad load,
            DemoProperties properties) {
        this.load = load;
        this.loadCompanies = properties.loadCompanies();
        this.loadUsersFile = properties.loadUsersFile();
        this.demoData = demoData;
        this.seeder = seeder;
        this.directory = directory;
        this.tokens = tokens;
        this.vendorToken = properties.token();
    }

    private volatile boolean running;

    /** Before the web server's phase ({@code WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE}). */
    @Override
    public int getPhase() {
        return org.springframework.boot.web.server.context.WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    @Override
    public void start() {
        run();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    void run() {
        if (seeder.anyCompanyExists()) {
            log.info("Database has companies already: no demo data added");
        } else {
            demoData.seed();
            log.info("Demo data created: 林記食品 and 陳家茶行");
        }
        if (seeder.accountExists(DemoData.FOUNDER)) {
            StringBuilder banner = new StringBuilder("\n\n  Baton demo sign-ins (password: ")
                    .append(DemoData.PASSWORD)
                    .append(")\n");
            DemoData.SIGN_INS.forEach(
                    email -> banner.append("    ").append(email).append('\n'));
            log.info(banner.toString());
            if (vendorToken != null && !vendorToken.isBlank()) {
                installVendorToken(vendorToken.trim());
            }
        }
        if (loadCompanies > 0) {
            // the load harness's companies (decision 017), also before the web server opens
            load.seed(
                    loadCompanies,
                    loadUsersFile == null || loadUsersFile.isBlank() ? null : java.nio.file.Path.of(loadUsersFile));
        }
    }

    private void installVendorToken(String token) {
        MembershipInfo membership = directory.membershipsOf(seeder.userIdOf(DemoData.VENDOR)).stream()
                .filter(m -> m.role() == MembershipRole.VENDOR && "林記食品".equals(m.tenantName()))
                .findFirst()
                .orElseThrow();
        String expectedPrefix = "baton_" + membership.tenantId() + "_";
        if (!token.startsWith(expectedPrefix) || token.length() < expectedPrefix.length() + 16) {
            log.warn("BATON_DEMO_VENDOR_TOKEN must look like {}<at least 16 characters>; ignored", expectedPrefix);
            return;
        }
        tokens.ensureKnownToken(membership, "demo", token);
        log.info("\n\n  Demo vendor API token for 林記食品: {}\n", token);
    }
}
