/**
 * Red flags on a report (識別數據操縱): each check is a small class that reads the parsed rows and reports flags
 * with a stable code, a severity, the data rows concerned and a translated message. These are the checks that need
 * only the file; those that need the engagement's history come with engagements. {@code Flag} and {@code Severity} are
 * named for other modules: the sales module raises the reconciliation flags.
 */
@NamedInterface("checks")
@NullMarked
package app.baton.reports.checks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
