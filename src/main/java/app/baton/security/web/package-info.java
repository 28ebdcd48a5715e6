@NullMarked
package app.baton.security.web;

import org.jspecify.annotations.NullMarked;
