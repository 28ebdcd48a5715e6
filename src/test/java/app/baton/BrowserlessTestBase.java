package app.baton;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.TestFixtures.Person;
import app.baton.shell.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.internal.CurrentInstance;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of browserless view tests (Vaadin's {@code browserless-test-spring}) on the test database: sign in as a
 * person, navigate, and check where one lands.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestFixtures.class)
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The mocked Vaadin session must not outlive the class: other tests share the JVM and its thread. */
    @AfterAll
    static void forgetVaadin() {
        CurrentInstance.clearAll();
        SecurityContextHolder.clearContext();
    }

    /** Signs in (or out, with null) and restarts the mocked Vaadin session so the new principal applies. */
    protected void signInAs(@Nullable Person person) {
        if (person == null) {
            SecurityContextHolder.clearContext();
        } else {
            TestFixtures.signIn(person);
        }
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    /**
     * The last button of the UI with this text: where a page's button opens a dialog with a button of the same words
     * (the dialog is attached after the page), the dialog's.
     */
    protected Button lastButton(String text) {
        return $(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no button \"" + text + "\""));
    }

    /*
     * Navigation as a browser's request has it: the answer is written after the navigation, and what runs before it
     * (a view built afresh when the same one was asked for again, FreshViews) has run. Without the round trip a test
     * would hold the view the router first reused.
     */
    @Override
    public <T extends Component> T navigate(Class<T> target) {
        super.navigate(target);
        return answered(target);
    }

    @Override
    public <C, T extends Component & com.vaadin.flow.router.HasUrlParameter<C>> T navigate(
            Class<T> target, C parameter) {
        super.navigate(target, parameter);
        return answered(target);
    }

    @Override
    public <T extends Component> T navigate(Class<T> target, java.util.Map<String, String> parameters) {
        super.navigate(target, parameters);
        return answered(target);
    }

    @Override
    public <T extends Component> T navigate(String location, Class<T> expected) {
        super.navigate(location, expected);
        return answered(expected);
    }

    private <T extends Component> T answered(Class<T> expected) {
        roundTrip();
        return expected.cast(getCurrentView());
    }

    /** Each person is refused the route and sees the access-denied page. */
    protected void assertRefused(Class<? extends Component> route, Person... people) {
        for (Person person : people) {
            signInAs(person);
            navigateExpectingRedirect(route);
            assertThat(getCurrentView())
                    .as(route.getSimpleName() + " as " + person.membership().role())
                    .isInstanceOf(AccessDeniedView.class);
        }
    }

    protected void navigateExpectingRedirect(Class<? extends Component> route) {
        try {
            navigate(route);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // navigate() complains when it lands elsewhere than asked; where it landed is checked by the caller
        }
    }

    protected void navigateExpectingRedirect(String location) {
        try {
            navigate(location, Component.class);
        } catch (IllegalArgumentException | IllegalStateException expected) {
            // as above
        }
    }
}
