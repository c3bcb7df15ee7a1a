/**
 * HTML reports: one self-contained file a report, with Apache ECharts inlined, that works offline,
 * in one language ({@link org.jiuzhu.cli.report.Texts}). A report is built as a small data model —
 * a {@link org.jiuzhu.cli.report.ReportPage} of {@link org.jiuzhu.cli.report.Section}s holding
 * paragraphs, tables and charts — and written by {@link org.jiuzhu.cli.report.ReportPage#write}.
 * The reports: {@link org.jiuzhu.cli.report.SimulationReport}, {@link org.jiuzhu.cli.report.SweepReport},
 * {@link org.jiuzhu.cli.report.MonitorReport} and the caseworker's printable
 * {@link org.jiuzhu.cli.report.ScreeningNotice}. See docs/reports.md.
 */
package org.jiuzhu.cli.report;
