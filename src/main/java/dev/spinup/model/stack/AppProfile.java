package dev.spinup.model.stack;

import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.startup.PhaseSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * The application every instance runs, identical on every stack: its own start-up phase, the memory it keeps
 * resident, the memory it asks the host to set aside (a Kubernetes memory request; none means what it uses), and
 * the image it ships in when run as a container (a VM has it installed in its disk image).
 */
public record AppProfile(String key, String name, String imageReference, PhaseSpec startPhase,
                         Cited<DataSize> resident, Optional<Cited<DataSize>> memoryRequest,
                         Optional<Distribution> residentVaries) {

    public AppProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(imageReference, "imageReference");
        Objects.requireNonNull(startPhase, "startPhase");
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(memoryRequest, "memoryRequest");
        Objects.requireNonNull(residentVaries, "residentVaries");
    }

    /** An app whose resident memory is the same in every instance. */
    public AppProfile(String key, String name, String imageReference, PhaseSpec startPhase, Cited<DataSize> resident,
                      Optional<Cited<DataSize>> memoryRequest) {
        this(key, name, imageReference, startPhase, resident, memoryRequest, Optional.empty());
    }

    /** An app that asks to reserve exactly what it uses. */
    public AppProfile(String key, String name, String imageReference, PhaseSpec startPhase, Cited<DataSize> resident) {
        this(key, name, imageReference, startPhase, resident, Optional.empty());
    }

    /**
     * What a host admitting by reservation sets aside for the app: its request, or what it uses without one. A request
     * below use is raised to use: a host here has no eviction, so it must never hold more than it reserved.
     */
    public DataSize reserved() {
        return memoryRequest.map(Cited::value).filter(r -> r.compareTo(resident.value()) > 0)
                .orElse(resident.value());
    }

    public AppProfile withStartPhase(PhaseSpec value) {
        return new AppProfile(key, name, imageReference, value, resident, memoryRequest, residentVaries);
    }

    /** The same resident memory in every instance. */
    public AppProfile withResident(Cited<DataSize> value) {
        return new AppProfile(key, name, imageReference, startPhase, value, memoryRequest, Optional.empty());
    }

    /**
     * Resident memory that varies per instance, in bytes: each instance draws its own (its usage), and
     * {@link #resident()} is the distribution's mean, what plans and {@code show} quote as nominal.
     */
    public AppProfile withResidentVarying(Distribution bytes, Source source) {
        return new AppProfile(key, name, imageReference, startPhase,
                Cited.of(DataSize.ofBytes(Math.round(bytes.mean())), source), memoryRequest, Optional.of(bytes));
    }

    public AppProfile withMemoryRequest(Cited<DataSize> value) {
        return new AppProfile(key, name, imageReference, startPhase, resident, Optional.of(value), residentVaries);
    }

    public AppProfile withImageReference(String value) {
        return new AppProfile(key, name, value, startPhase, resident, memoryRequest, residentVaries);
    }
}
