/** Outgoing mail through Spring Mail, or the log when no SMTP server is configured. */
@NullMarked
package app.baton.shared.mail;

import org.jspecify.annotations.NullMarked;
