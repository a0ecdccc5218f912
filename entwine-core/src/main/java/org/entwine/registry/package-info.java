/**
 * The registry that holds every record (actors, sources, frameworks, ledgers, observations) and the
 * questions asked of it: portfolios on a date, timelines, level counts against published counts,
 * the partnership network, the ledgers of one pair, and the check of an incoming batch's
 * references. The store of records is an interface here ({@link
 * org.entwine.registry.RegistryStore}).
 */
package org.entwine.registry;
