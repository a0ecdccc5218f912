/**
 * The storage contract: {@link org.entwine.storage.Store}, what every store keeps and answers, and
 * {@link org.entwine.storage.StoreException}, a store's failure told in words a user can act on.
 * The implementations are adapters (the embedded DuckDB store); the core names none of them.
 */
package org.entwine.storage;
