/**
 * Time: half-open {@link org.jiuzhu.core.time.DateRange}s for effective dates, and
 * {@link org.jiuzhu.core.time.HolidayCalendar} for working-day deadlines, with holidays
 * supplied as data. Months are {@link java.time.YearMonth}.
 */
package org.jiuzhu.core.time;
