package app.baton.experiments;

import java.math.BigDecimal;
import java.util.List;

/** A running experiment's results: one input per metric in order, the actual spend, and what was learnt. */
public record Results(List<ResultInput> metrics, BigDecimal spend, String learnings) {}
