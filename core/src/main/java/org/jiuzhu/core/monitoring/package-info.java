/**
 * Monitoring of low-income households (低收入人口动态监测): the monthly {@link
 * org.jiuzhu.core.monitoring.MonthlyRecord}s departments feed in, and what monitoring makes of
 * them — {@link org.jiuzhu.core.monitoring.Alert}s (预警) with their evidence and visit deadline,
 * three-colour grading ({@link org.jiuzhu.core.monitoring.Colour}, {@link
 * org.jiuzhu.core.monitoring.ColourChange}) and due reviews ({@link
 * org.jiuzhu.core.monitoring.Due}). The engine that applies a region's warning rules lives in
 * {@code org.jiuzhu.rules.monitoring}.
 */
package org.jiuzhu.core.monitoring;
