package dev.spinup.model.stack;

import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.startup.PhaseSpec;
import java.util.Objects;

/**
 * The application every instance runs, identical on every stack: its own start-up phase, the memory it keeps
 * resident, and the image it ships in when run as a container (a VM has it installed in its disk image).
 */
public record AppProfile(String key, String name, String imageReference, PhaseSpec startPhase,
                         Cited<DataSize> resident) {

    public AppProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(imageReference, "imageReference");
        Objects.requireNonNull(startPhase, "startPhase");
        Objects.requireNonNull(resident, "resident");
    }

    public AppProfile withStartPhase(PhaseSpec value) {
        return new AppProfile(key, name, imageReference, value, resident);
    }

    public AppProfile withResident(Cited<DataSize> value) {
        return new AppProfile(key, name, imageReference, startPhase, value);
    }

    public AppProfile withImageReference(String value) {
        return new AppProfile(key, name, value, startPhase, resident);
    }
}
