/**
 * The ledgers of evidence: documents, commitments and their status over time, projects, mechanisms
 * and their sessions, contacts (visits), analysts' trust judgements, and indicator observations
 * with their definitions. Each record names its sources.
 */
package org.entwine.evidence;
