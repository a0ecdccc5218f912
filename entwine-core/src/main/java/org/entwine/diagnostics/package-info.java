/**
 * What an analyst is warned of: label versus substance (a framework level above or below the depth
 * the evidence shows), implementation gaps (commitments undelivered or overdue, mechanisms unused),
 * upgrade readiness (the pillar that holds a partner back from the next level), and the flags that
 * name them.
 */
package org.entwine.diagnostics;
