@NullMarked
package app.baton.audit.ui;

import org.jspecify.annotations.NullMarked;
