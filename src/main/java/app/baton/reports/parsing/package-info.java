/**
 * Report parsing: recognise the format by its header (English or Traditional Chinese, any column order), skip
 * preambles and comment lines, read CSV (UTF-8 with or without BOM; comma, semicolon or tab) and XLSX (streamed,
 * guarded against zip bombs), clean the values ({@code --}, {@code %}, separators, full-width digits) and tell
 * totals rows from data rows.
 */
@NullMarked
package app.baton.reports.parsing;

import org.jspecify.annotations.NullMarked;
