/**
 * Sources and provenance: every record cites sources by id, carries who entered it and when, and
 * says how sure the fact is (confirmed or reported).
 */
package org.entwine.source;
