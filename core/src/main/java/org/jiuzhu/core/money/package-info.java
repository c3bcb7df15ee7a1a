/**
 * Exact money: {@link org.jiuzhu.core.money.Money} holds whole fen (分) and never rounds
 * silently; {@link org.jiuzhu.core.money.Rounding} is a region's rounding rule (step and mode),
 * read from parameters.
 */
package org.jiuzhu.core.money;
