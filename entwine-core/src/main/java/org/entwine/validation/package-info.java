/**
 * Validation of the method against the frameworks a country chose: how well depth separates the
 * partners at strategic level or higher (AUC, Spearman), year by year.
 */
package org.entwine.validation;
