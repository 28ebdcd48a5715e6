@NullMarked
package app.baton.sales.web;

import org.jspecify.annotations.NullMarked;
