package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The navigation's icons come from Baton's own sprite ({@code icons/nav.svg}, issue 16): on a phone in Traditional
 * Chinese, with the menu open, every entry shows its icon drawn from the sprite (a wrong path or a missing symbol
 * leaves the icon empty). The screenshot is {@code target/e2e/nav-drawer-phone-zh.png}.
 */
class NavigationIconsE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Test
    void every_menu_entry_shows_its_icon_on_a_phone() {
        Company c = companies.create("icons");
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            settled(page);
            page.locator("vaadin-drawer-toggle").click();
            page.locator("vaadin-side-nav-item").first().waitFor();
            int entries = page.locator("vaadin-side-nav-item").count();
            // Lumo draws an icon with a src as a mask of the sprite's symbol: each entry's icon must name a symbol,
            // the sprite must load from the page's address, and hold that symbol
            Object missing = page.evaluate("async () => {"
                    + " const icons = [...document.querySelectorAll('vaadin-side-nav-item vaadin-icon')];"
                    + " const bad = [];"
                    + " for (const i of icons) {"
                    + "   const r = await fetch(i.src);"
                    + "   const text = r.ok ? await r.text() : '';"
                    + "   const box = i.getBoundingClientRect();"
                    + "   if (!i.symbol || !text.includes('id=\"' + i.symbol + '\"') || box.width === 0) bad.push(i.src + '#' + i.symbol);"
                    + " }"
                    + " return icons.length + ':' + bad.join(','); }");
            assertThat(entries).isGreaterThan(10);
            assertThat(missing)
                    .as("icons, then those not drawn from the sprite")
                    .isEqualTo(entries + ":");
            // the drawer's slide-in: no transition or animation left running
            page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
            shot(page, "nav-drawer-phone-zh");
        }
    }
}
