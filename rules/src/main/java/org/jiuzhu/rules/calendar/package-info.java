/**
 * Holiday calendars as data: {@link org.jiuzhu.rules.calendar.HolidayCalendars#national()} is
 * China's national calendar (2025, 2026) for working-day deadlines.
 */
package org.jiuzhu.rules.calendar;
