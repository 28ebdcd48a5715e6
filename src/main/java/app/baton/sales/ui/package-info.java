@NullMarked
package app.baton.sales.ui;

import org.jspecify.annotations.NullMarked;
