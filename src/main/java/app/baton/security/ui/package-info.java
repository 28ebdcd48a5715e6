/** Sign-in, profile and API-token screens. */
@NullMarked
package app.baton.security.ui;

import org.jspecify.annotations.NullMarked;
