@NullMarked
package app.baton.sales.internal;

import org.jspecify.annotations.NullMarked;
