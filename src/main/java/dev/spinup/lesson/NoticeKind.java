package dev.spinup.lesson;

/** What a run's notice is about, with the short title the app shows above its text. */
public enum NoticeKind {
    /** A warning the scenario file loaded with (an unused image, an action after the horizon, a lesson text). */
    FILE_WARNING("In the file"),
    /** A memory size written in decimal units (MB, GB) where binary ones (MiB, GiB) were probably meant. */
    DECIMAL_MEMORY("Decimal units"),
    /** Guests of a VM stack drew a guest OS larger than their RAM leaves it, and the model capped them. */
    GUEST_OS_CAPPED("Guest OS capped"),
    /** The run was too large to keep every phase and event, so some charts are missing. */
    SUMMARIES_ONLY("Less detail kept");

    private final String title;

    NoticeKind(String title) {
        this.title = title;
    }

    /** A few words naming the kind ("Decimal units"). */
    public String title() {
        return title;
    }
}
