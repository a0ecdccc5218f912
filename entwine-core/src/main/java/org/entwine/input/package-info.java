/**
 * What a user gives that cannot be used: the one exception that is reported as the user's mistake
 * rather than as a bug.
 */
package org.entwine.input;
