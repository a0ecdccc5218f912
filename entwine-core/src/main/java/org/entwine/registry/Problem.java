package org.entwine.registry;

/**
 * Something wrong with a record about to be stored.
 *
 * @param record the offending record (the exchange layer maps it back to its file and line)
 * @param field the field at fault, as named in the exchange format
 */
public record Problem(Object record, String field, String message) {}
