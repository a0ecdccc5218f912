/**
 * Dates as precise as the evidence: a year, a month, a day, or "by" a date when only a later
 * attestation is known; and the calendar {@link org.entwine.time.Month} event series count by.
 */
package org.entwine.time;
