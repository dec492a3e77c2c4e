package dev.spinup.app.player;

/** How the playback clock turns wall time into simulated time. */
public enum Pacing {
    /** Simulated time runs at the chosen speed throughout. */
    LINEAR("constant speed"),
    /**
     * Slow where starts are happening, faster as a burst goes on and fast through quiet stretches, so a
     * container's first 100 ms and a VM's 15 s are both watchable in one playback.
     */
    ADAPTIVE("slow where much happens");

    private final String label;

    Pacing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
