/**
 * Reproducible randomness for the engine: named random streams derived from the scenario seed and the stream's
 * name alone (see docs/decisions/0003-random-streams.md), and the closed family of distributions sampled from
 * them. Transcendental functions on the sample path use {@link java.lang.StrictMath}, whose results the Java
 * specification fixes bit for bit, so the same seed gives the same numbers on every JVM.
 */
package dev.spinup.engine.random;
