@NullMarked
package app.baton.sales.parsing;

import org.jspecify.annotations.NullMarked;
