@NullMarked
package app.baton.shared.tenant;

import org.jspecify.annotations.NullMarked;
