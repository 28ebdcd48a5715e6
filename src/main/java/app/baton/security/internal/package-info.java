@NullMarked
package app.baton.security.internal;

import org.jspecify.annotations.NullMarked;
