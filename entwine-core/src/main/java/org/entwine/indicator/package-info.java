/**
 * Indicators computed from raw data rather than read: trade dependence, vote agreement (agreement
 * share and kappa), and volatility.
 */
package org.entwine.indicator;
