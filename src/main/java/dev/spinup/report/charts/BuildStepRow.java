package dev.spinup.report.charts;

import java.util.Comparator;

/**
 * One row of the build chart: a Dockerfile step of a build, or the build's heading row (step 0). Steps of two
 * builds read the same ("1. WORKDIR /app"), so the row is keyed by build and position, and shows its label.
 */
record BuildStepRow(int build, int position, String label) implements Comparable<BuildStepRow> {

    private static final Comparator<BuildStepRow> ORDER = Comparator.comparingInt(BuildStepRow::build)
            .thenComparingInt(BuildStepRow::position);

    static BuildStepRow header(int build, String label) {
        return new BuildStepRow(build, 0, label);
    }

    /** Step {@code number} (from 1) of the build. */
    static BuildStepRow step(int build, int number, String label) {
        if (number < 1) {
            throw new IllegalArgumentException("steps are numbered from 1, not " + number);
        }
        return new BuildStepRow(build, number, label);
    }

    boolean isHeader() {
        return position == 0;
    }

    @Override
    public int compareTo(BuildStepRow other) {
        return ORDER.compare(this, other);
    }

    /** The axis draws a category by its string. */
    @Override
    public String toString() {
        return label;
    }
}
