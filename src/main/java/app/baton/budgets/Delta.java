package app.baton.budgets;

import java.math.BigDecimal;

/** A change to one cell's planned amount: positive adds, negative takes away. */
public record Delta(Cell cell, BigDecimal amount) {}
