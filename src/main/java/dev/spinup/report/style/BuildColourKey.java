package dev.spinup.report.style;

/** What became of a Dockerfile step in a build: the layer cache had it, or it was executed. */
public enum BuildColourKey {
    EXECUTED,
    CACHED,
    BUILDKIT
}
