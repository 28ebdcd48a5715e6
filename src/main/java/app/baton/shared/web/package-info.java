/** What every REST controller under {@code /api/v1} shares: the JSON error answer in the request's language. */
@NullMarked
package app.baton.shared.web;

import org.jspecify.annotations.NullMarked;
