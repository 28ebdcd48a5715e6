package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.demo.DemoData;
import app.baton.insights.WaitingService;
import app.baton.security.MembershipDirectory;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role walks the demo company's screens at 390 px and 1440 px in zh-TW (the founder once more in English): no
 * page scrolls sideways, no key figure or decision button is clipped (its box lies inside the viewport), the
 * browser logs no script error, and a screenshot of each page is saved in {@code target/e2e/journey-*}.
 */
class JourneyE2EIT extends E2ETestBase {

    private static final int DESKTOP_WIDTH = 1440;
    private static final int DESKTOP_HEIGHT = 900;

    /** The elements a person must be able to read or press without scrolling sideways. */
    private static final String KEY_FIGURES = ".stat, .big-amount, .decision-button, .waiting-card, .flag-card,"
            + " .request-preview, vaadin-grid, vaadin-button[theme~='primary']";

    @Autowired
    DemoData demo;

    @Autowired
    Companies companies;

    @Autowired
    MembershipDirectory directory;

    @Autowired
    WaitingService waiting;

    @Autowired
    app.baton.security.AccountService accounts;

    private TestFixtures.Person demoPerson(String email, long tenantId) {
        long userId = companies.userIdOf(email);
        return new TestFixtures.Person(
                userId,
                email,
                directory.membershipsOf(userId).stream()
                        .filter(m -> m.tenantId() == tenantId)
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void every_role_reads_every_screen_on_a_phone_and_a_desktop() throws Exception {
        DemoData.Seeded seeded = demo.seed();
        TestFixtures.Person founder = demoPerson(DemoData.FOUNDER, seeded.linFoodsId());
        WaitingService.Waiting waits = companies.as(founder, () -> waiting.forMe());
        assertThat(waits.requests()).isNotEmpty();
        assertThat(waits.reports()).isNotEmpty();
        List<String> founderPages = new ArrayList<>(List.of(
                "/dashboard",
                "/approvals",
                "/budget/requests/" + waits.requests().get(0).id(),
                "/reports/" + waits.reports().get(0).versionId(),
                "/budget/requests",
                "/budget",
                "/meeting",
                "/experiments",
                "/audit"));
        waits.experiments().stream().findFirst().ifPresent(e -> founderPages.add("/experiments/" + e.id()));
        List<String> successorPages = List.of("/dashboard", "/approvals", "/budget/requests/new", "/experiments/new");
        List<String> vendorPages =
                List.of("/engagements", "/reports/" + waits.reports().get(0).versionId());

        List<String> errors = new ArrayList<>();
        walk(DemoData.FOUNDER, "founder-zh", founderPages, errors);
        walk(DemoData.SUCCESSOR, "successor-zh", successorPages, errors);
        walk(DemoData.VENDOR, "agency-zh", vendorPages, errors);
        // one pass in English: the founder's decisions and the list of requests
        companies.run(founder, () -> accounts.updateMyProfile("Chih-Ming Lin", "en"));
        try {
            walk(DemoData.FOUNDER, "founder-en", founderPages.subList(0, 5), errors);
        } finally {
            companies.run(founder, () -> accounts.updateMyProfile("林志明", "zh-TW"));
        }
        assertThat(errors).as("problems seen on the way").isEmpty();
    }

    /**
     * The script error 「Invalid blocker state transition」 was seen when menu items were clicked while a navigation was
     * still under way (vaadin/flow#20404, the React router's navigation blocker). Clicks in quick succession, many
     * times over, must leave no script error and end on the last page clicked.
     */
    @Test
    void menu_clicks_in_quick_succession_raise_no_script_error() throws Exception {
        demo.seed();
        List<String> errors = new ArrayList<>();
        try (BrowserContext context = newContext(DESKTOP_WIDTH, DESKTOP_HEIGHT)) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add("console error " + m.text());
                }
            });
            page.onPageError(e -> errors.add("script error " + e));
            signIn(page, DemoData.FOUNDER, DemoData.PASSWORD);
            var items = page.locator("vaadin-side-nav-item");
            int count = items.count();
            assertThat(count).isGreaterThan(5);
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < count; i++) {
                    // no waiting between clicks: the next navigation starts while the last is under way
                    items.nth(i).click(new com.microsoft.playwright.Locator.ClickOptions().setNoWaitAfter(true));
                }
            }
            items.nth(1).click();
            settled(page);
            String last = String.valueOf(items.nth(1).getAttribute("path"));
            String expected = last.startsWith("/") ? last : "/" + last;
            // the last click's page, once the navigations still under way have ended (fails after Playwright's timeout)
            page.waitForURL(url -> url.endsWith(expected));
            assertThat(page.url()).endsWith(expected);
        }
        assertThat(errors).as("script errors after quick menu clicks").isEmpty();
    }

    private void walk(String email, String name, List<String> paths, List<String> problems) {
        for (int[] size : new int[][] {{PHONE_WIDTH, PHONE_HEIGHT}, {DESKTOP_WIDTH, DESKTOP_HEIGHT}}) {
            try (BrowserContext context = newContext(size[0], size[1])) {
                Page page = context.newPage();
                String device = size[0] == PHONE_WIDTH ? "phone" : "desktop";
                page.onConsoleMessage(m -> {
                    if ("error".equals(m.type())) {
                        problems.add(name + " " + device + " " + page.url() + ": console error " + m.text());
                    }
                });
                page.onPageError(e -> problems.add(name + " " + device + " " + page.url() + ": script error " + e));
                signIn(page, email, DemoData.PASSWORD);
                for (String path : paths) {
                    page.navigate(url(path));
                    settled(page);
                    String where = name + " " + device + " " + path;
                    if (scrollsSideways(page)) {
                        problems.add(where + ": scrolls sideways");
                    }
                    Object clipped = page.evaluate(
                            "sel => [...document.querySelectorAll(sel)]"
                                    + ".filter(e => e.offsetParent !== null)"
                                    + ".filter(e => { const r = e.getBoundingClientRect();"
                                    + " return r.left < -1 || r.right > window.innerWidth + 1; })"
                                    + ".map(e => (e.className || e.localName) + ': ' + (e.innerText || '').slice(0, 40))",
                            KEY_FIGURES);
                    if (clipped instanceof List<?> list && !list.isEmpty()) {
                        problems.add(where + ": clipped " + list);
                    }
                    // on a desktop the agencies' comparison and other wide tables fit without scrolling inside
                    if (size[0] == DESKTOP_WIDTH) {
                        Object squeezed = page.evaluate("() => [...document.querySelectorAll('.dashboard-wide"
                                + " .simple-table-wrap')].filter(e => e.scrollWidth > e.clientWidth + 1).length");
                        if (!Integer.valueOf(0).equals(squeezed)) {
                            problems.add(where + ": a wide table scrolls sideways on a desktop");
                        }
                    }
                    // a form's live checks (a request's guardrail check) come before its buttons on a phone, beside
                    // them on a desktop
                    Object checksFirst = page.evaluate("() => { const c = document.querySelector('.request-preview');"
                            + " const b = document.querySelector('.form-buttons') || document.querySelector('.decision-buttons');"
                            + " if (!c || !b) return true;"
                            + " const cr = c.getBoundingClientRect(), br = b.getBoundingClientRect();"
                            + " return cr.bottom <= br.top + 1 || cr.left >= br.right - 1; }");
                    if (!Boolean.TRUE.equals(checksFirst)) {
                        problems.add(where + ": the checks sit below the submit button");
                    }
                    shot(page, "journey-" + name + "-" + device + path.replace('/', '-'));
                    if (path.equals("/audit")) {
                        // the filters fold away on a phone; a tap on an entry opens its technical detail
                        Object opened = page.evaluate("() => document.querySelector('.audit-filters').opened");
                        if ((size[0] == PHONE_WIDTH) == Boolean.TRUE.equals(opened)) {
                            problems.add(
                                    where + ": the audit filters are " + (size[0] == PHONE_WIDTH ? "open" : "closed"));
                        }
                        page.locator(".audit-sentence").first().click();
                        page.locator(".audit-detail").first().waitFor();
                        shot(page, "journey-" + name + "-" + device + "-audit-detail");
                    }
                }
            }
        }
    }
}
