package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An answer lost on the way (a phone losing its signal after the server has done the work): the page sends its
 * message again, and the server answers with exactly the answer that was lost — which {@link LightSessions} keeps
 * compressed between requests (issue 16). Played by letting the server answer a navigation and dropping that answer
 * before it reaches the page.
 */
class LostAnswerE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Test
    void the_page_resends_and_gets_the_lost_answer_from_its_compressed_copy() {
        Company c = companies.create("lost-answer");
        try (BrowserContext context = newContext(1280, 900)) {
            Page page = context.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            settled(page);

            AtomicBoolean dropNext = new AtomicBoolean();
            List<String> lost = new CopyOnWriteArrayList<>();
            List<String> resent = new CopyOnWriteArrayList<>();
            page.route("**/*v-r=uidl*", route -> {
                if (dropNext.compareAndSet(true, false)) {
                    // the server does the work and answers; the answer never arrives
                    lost.add(route.fetch().text());
                    route.abort("connectionfailed");
                } else if (!lost.isEmpty() && resent.isEmpty()) {
                    APIResponse again = route.fetch();
                    resent.add(again.text());
                    route.fulfill(new Route.FulfillOptions().setResponse(again));
                } else {
                    route.resume();
                }
            });
            dropNext.set(true);
            page.locator("vaadin-side-nav-item[path$='experiments']").click();
            page.waitForURL(url -> url.endsWith("/experiments"), new Page.WaitForURLOptions().setTimeout(90_000));
            settled(page);

            assertThat(lost).hasSize(1);
            assertThat(lost.getFirst().length())
                    .as("a navigation's answer is large enough to be kept compressed")
                    .isGreaterThan(LightSessions.KEEP_AS_TEXT);
            assertThat(resent).containsExactly(lost.getFirst());
            assertThat(page.locator("h2").first().isVisible()).isTrue();
        }
    }
}
