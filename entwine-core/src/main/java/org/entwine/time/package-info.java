/**
 * Dates as precise as the evidence: a year, a month, a day, or "by" a date when only a later
 * attestation is known.
 */
package org.entwine.time;
