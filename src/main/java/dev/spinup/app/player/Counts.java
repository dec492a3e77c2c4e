package dev.spinup.app.player;

/** How many of a stack's instances are in each state at one moment: the counters under each column. */
public record Counts(int ready, int starting, int queued, int refused, int failed, int stopped, int total) {

    /** Requested so far and not yet ready, refused or ended. */
    public int inProgress() {
        return starting + queued;
    }

    static Counts of(InstanceMoment[] moments) {
        int ready = 0;
        int starting = 0;
        int queued = 0;
        int refused = 0;
        int failed = 0;
        int stopped = 0;
        for (InstanceMoment m : moments) {
            switch (m.kind()) {
                case RUNNING -> ready++;
                case STARTING -> starting++;
                case QUEUED -> queued++;
                case REFUSED -> refused++;
                case FAILED -> failed++;
                case STOPPED -> stopped++;
                case NOT_YET -> { }
            }
        }
        return new Counts(ready, starting, queued, refused, failed, stopped, moments.length);
    }
}
