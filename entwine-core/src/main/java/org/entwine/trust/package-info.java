/**
 * Trust judged by whether words match deeds: the degree of confidence from the commitment ledger
 * (consistency, compliance, binding institutions) or from event data, its thresholds, and the cells
 * of the trust x cooperation matrix.
 */
package org.entwine.trust;
