package app.baton;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class whose subject is the calendar (the dashboard and the meeting, reminders, the experiments' calendar, due
 * days, fiscal years). Besides the normal run, {@code ./mvnw verify} runs these classes again with the tests' clock
 * starting at the edges of the calendar in Asia/Taipei — 00:00 on 1 December and 1 January, 23:59 on 31 December, and
 * 00:00 and 23:59 on 29 February 2028 — so a test that passes only on some days fails on every day (the pom's
 * {@code clock-*} Failsafe executions; {@link MutableClock#PROPERTY}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("dates")
public @interface DateSensitive {}
