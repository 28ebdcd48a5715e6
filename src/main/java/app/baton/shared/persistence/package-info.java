@NullMarked
package app.baton.shared.persistence;

import org.jspecify.annotations.NullMarked;
