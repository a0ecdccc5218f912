/**
 * News events as evidence: CAMEO codes and their families, the quad classes, the monthly relation
 * series between two actors (counts, Goldstein weights, tone), and what it says of a relation
 * (deeds against words, shocks, material conflict). The store of event months is an interface here.
 */
package org.entwine.events;
