package dev.spinup.app.player;

/** What one instance's tile shows at one moment: not yet asked for, waiting, starting, running or ended. */
public enum TileKind {
    /** Not requested yet at this moment: no tile is drawn. */
    NOT_YET("not requested yet"),
    /** Requested, but queued at a one-at-a-time point (a daemon lock, a store, admission). */
    QUEUED("queued"),
    /** Working through one of its start-up phases. */
    STARTING("starting"),
    RUNNING("running"),
    STOPPED("stopped"),
    FAILED("failed"),
    /** The host would not take it (not enough memory, too many instances). */
    REFUSED("refused");

    private final String label;

    TileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the kinds that are drawn on the stage at this moment. */
    public boolean visible() {
        return this != NOT_YET && this != STOPPED;
    }
}
