@NullMarked
package app.baton.tenancy.ui;

import org.jspecify.annotations.NullMarked;
