/** JPA entities and repositories of the experiments module. */
@NullMarked
package app.baton.experiments.internal;

import org.jspecify.annotations.NullMarked;
