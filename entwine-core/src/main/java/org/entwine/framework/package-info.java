/**
 * Partnership frameworks: the levels of the papers' hierarchy (special, comprehensive strategic,
 * strategic, comprehensive…), each framework's history of level and status changes with its
 * documents, and the vocabulary that maps official names to levels.
 */
package org.entwine.framework;
