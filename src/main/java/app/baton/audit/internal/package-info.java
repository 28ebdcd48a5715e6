@NullMarked
package app.baton.audit.internal;

import org.jspecify.annotations.NullMarked;
