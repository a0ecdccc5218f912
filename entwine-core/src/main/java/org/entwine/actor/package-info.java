/**
 * The actors whose relations are measured (states, organisations, former states and their
 * successors), their memberships, and the crosswalk from the codes each dataset uses (COW, ISO, GW,
 * UN names) to Entwine's actor codes.
 */
package org.entwine.actor;
