/** JPA entities and repositories of the selection module; only the module's services use them. */
@NullMarked
package app.baton.selection.internal;

import org.jspecify.annotations.NullMarked;
