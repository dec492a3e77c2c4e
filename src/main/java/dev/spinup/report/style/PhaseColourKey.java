package dev.spinup.report.style;

/** The boot/start phase families a timeline tells apart by colour; the model's phases map onto these. */
public enum PhaseColourKey {
    /** Queued for a resource or the scheduler: time spent doing nothing useful. */
    WAITING,
    FIRMWARE,
    KERNEL_BOOT,
    OS_INIT,
    IMAGE_PULL,
    IMAGE_UNPACK,
    RUNTIME_SETUP,
    APP_START
}
