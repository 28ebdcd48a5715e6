package app.baton.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Profile;

/**
 * A bean that seeds data past the usual rules (a company for an existing account, a membership without an invitation,
 * a known API token): it exists only with the demo data of the default profile and in tests, never in a production
 * profile such as {@code mysql}, so no screen, API or mistake can reach it there. {@code ArchitectureTest} keeps the
 * seeding methods in such beans.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Profile({"default", "test"})
public @interface DemoOnly {}
