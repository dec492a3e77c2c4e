package dev.spinup.model.host;

/** What a host counts against its memory when it decides whether one more instance fits. */
public enum AdmissionBasis {
    /** What each instance reserves (a container's memory request, a VM's RAM): Kubernetes' scheduler does this. */
    RESERVATION,
    /** What each instance is expected to keep resident: Docker on one host reserves nothing and packs by use. */
    USE
}
