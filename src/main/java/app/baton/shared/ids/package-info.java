/**
 * Typed ids for what crosses a module boundary the wrong way round for the owner's own type (decision 019): a
 * module that may not depend on another still names that module's ids by their type.
 */
@NullMarked
package app.baton.shared.ids;

import org.jspecify.annotations.NullMarked;
