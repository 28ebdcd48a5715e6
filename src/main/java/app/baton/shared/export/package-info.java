/**
 * Exports of tables as CSV (Apache Commons CSV) and XLSX (fastexcel): every text cell is neutralised against formula
 * injection before it is written ({@link SafeCells}).
 */
@NullMarked
package app.baton.shared.export;

import org.jspecify.annotations.NullMarked;
