/** Checking command records' Jakarta Bean Validation constraints as the product's refusals (decision 019). */
@NullMarked
package app.baton.shared.validation;

import org.jspecify.annotations.NullMarked;
