package dev.spinup.model.stack;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.startup.ApiRateLimit;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import java.util.Objects;

/**
 * A cloud's instance launch as one era measured it: the API call (through the account's rate limit), provisioning
 * (pending → running: placement, volume and network attachment, the hypervisor starting the guest), the
 * hypervisor whose overheads the guest then boots under, cloud-init's own work (instance metadata, SSH keys), and
 * how the root volume hydrates from its snapshot on first boot.
 */
public record CloudProfile(String key, String name, Era era, Cited<ApiRateLimit> apiLimit, PhaseSpec apiCall,
                           PhaseSpec provisioning, HypervisorProfile hypervisor, PhaseSpec cloudInit,
                           Cited<Hydration> hydration) {

    public CloudProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(era, "era");
        Objects.requireNonNull(apiLimit, "apiLimit");
        requireKind(apiCall, PhaseKind.API_CALL);
        requireKind(provisioning, PhaseKind.PROVISIONING);
        Objects.requireNonNull(hypervisor, "hypervisor");
        requireKind(cloudInit, PhaseKind.CLOUD_INIT);
        Objects.requireNonNull(hydration, "hydration");
    }

    private static void requireKind(PhaseSpec phase, PhaseKind kind) {
        Objects.requireNonNull(phase, kind.label());
        if (phase.kind() != kind) {
            throw new IllegalArgumentException("expected a " + kind.label() + " phase, was " + phase.kind().label());
        }
    }

    public CloudProfile withApiLimit(Cited<ApiRateLimit> value) {
        return new CloudProfile(key, name, era, value, apiCall, provisioning, hypervisor, cloudInit, hydration);
    }

    public CloudProfile withApiCall(PhaseSpec value) {
        return new CloudProfile(key, name, era, apiLimit, value, provisioning, hypervisor, cloudInit, hydration);
    }

    public CloudProfile withProvisioning(PhaseSpec value) {
        return new CloudProfile(key, name, era, apiLimit, apiCall, value, hypervisor, cloudInit, hydration);
    }

    public CloudProfile withCloudInit(PhaseSpec value) {
        return new CloudProfile(key, name, era, apiLimit, apiCall, provisioning, hypervisor, value, hydration);
    }

    public CloudProfile withHydration(Cited<Hydration> value) {
        return new CloudProfile(key, name, era, apiLimit, apiCall, provisioning, hypervisor, cloudInit, value);
    }
}
