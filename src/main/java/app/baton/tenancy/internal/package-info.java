@NullMarked
package app.baton.tenancy.internal;

import org.jspecify.annotations.NullMarked;
