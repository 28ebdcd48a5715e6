/** JPA entities and repositories of the budgets module; only the module's services use them. */
@NullMarked
package app.baton.budgets.internal;

import org.jspecify.annotations.NullMarked;
