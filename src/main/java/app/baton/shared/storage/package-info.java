/** Files kept for the companies (attachments now, report files later): where they are stored and what they are. */
@NullMarked
package app.baton.shared.storage;

import org.jspecify.annotations.NullMarked;
