package dev.spinup.report.style;

/** The layers of a container-versus-VM stack diagram, each drawn in its own colour. */
public enum LayerColourKey {
    INFRASTRUCTURE,
    HOST_OS,
    HYPERVISOR,
    CONTAINER_ENGINE,
    GUEST_OS,
    BINS_LIBS,
    APP
}
