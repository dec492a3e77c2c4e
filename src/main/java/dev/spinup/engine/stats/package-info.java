/**
 * Statistics for simulation output: tallies of observations, time-weighted averages, confidence intervals over
 * replications, and the normal and Student's t distribution functions they rest on. JDK only.
 */
package dev.spinup.engine.stats;
