@NullMarked
package app.baton.shared.i18n;

import org.jspecify.annotations.NullMarked;
