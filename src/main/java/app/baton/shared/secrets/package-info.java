/** Secrets a company hands Baton, encrypted at rest ({@link app.baton.shared.secrets.SecretBox}). */
@NullMarked
package app.baton.shared.secrets;

import org.jspecify.annotations.NullMarked;
