/**
 * The scoring method: the indicators of each pillar (interests, institutions, identity) and side
 * (de jure, de facto), their normalisation, weights and aggregation into depth, width and
 * stability; the evidence a score reads; and the sensitivity runs that give each rank its interval.
 */
package org.entwine.method;
