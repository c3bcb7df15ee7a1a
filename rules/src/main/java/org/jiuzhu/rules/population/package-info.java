/**
 * The calibration of synthetic populations as dated, regional parameters ({@link
 * org.jiuzhu.rules.population.PopulationParameters}).
 */
package org.jiuzhu.rules.population;
