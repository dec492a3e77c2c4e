package dev.spinup.scenario;

import dev.spinup.engine.random.Distribution;
import dev.spinup.model.DataSize;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.stack.CloudProfile;
import dev.spinup.model.stack.CloudVmStack;
import dev.spinup.model.stack.GuestOsProfile;
import dev.spinup.model.stack.Hydration;
import dev.spinup.model.stack.RootVolume;
import dev.spinup.model.stack.VmShape;
import dev.spinup.model.startup.ApiRateLimit;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.model.startup.PhaseSpec;
import dev.spinup.scenario.json.ObjectView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code cloud-vm} stack: a cloud from the catalogue in one of its eras (the current one unless
 * {@code era} says otherwise), the guest OS its machine image boots, the VM's size, and overrides of the launch:
 * any phase's length, the account's API rate limit and how fast a cold root volume hydrates. Whether the root
 * volume is cold comes from {@code workload.cache}, in {@link ScenarioMapper}.
 */
final class CloudVmStackReader {

    static final List<String> KEYS = List.of("cloud", "era", "guestOs", "vcpus", "memory", "overrides");
    private static final int MAX_BURST = 1_000_000;

    private CloudVmStackReader() {
    }

    static Optional<CloudVmStack> read(ObjectView v, Optional<String> label, HostSpec host) {
        Optional<CloudProfile> current = Names.resolve(v, "cloud", true, "cloud", Catalogue::cloud,
                Catalogue.cloudKeys());
        if (current.isEmpty()) {
            v.allow("era");
        }
        Optional<CloudProfile> cloud = current.flatMap(c -> v.has("era")
                ? EraReader.read(v, c.key(), Catalogue.cloudEras(c.key()), era -> Catalogue.cloud(c.key(), era))
                : Optional.of(c));
        Optional<GuestOsProfile> guestOs = Names.resolve(v, "guestOs", true, "guest OS", Catalogue::guestOs,
                Catalogue.guestOsKeys());
        Optional<Integer> vcpus = VmStackReader.vcpus(v);
        Optional<DataSize> memory = VmStackReader.memory(v);
        Optional<ObjectView> overrides = v.optionalObject("overrides");
        if (cloud.isEmpty() || guestOs.isEmpty()) {
            overrides.ifPresent(o -> o.allow(Section.CLOUD_OVERRIDES.keys().toArray(String[]::new)));
            return Optional.empty();
        }
        CloudProfile c = cloud.get();
        GuestOsProfile g = guestOs.get();
        if (overrides.isPresent()) {
            ObjectView o = overrides.get();
            CloudProfile base = c;
            c = c.withApiLimit(o.optionalObject("apiLimit").map(x -> apiLimit(x, base)).orElse(base.apiLimit()))
                    .withHydration(o.optionalObject("hydration").map(x -> hydration(x, base))
                            .orElse(base.hydration()));
            // what the idle guest keeps resident: fixed, or a distribution each VM draws its own from
            g = VmStackReader.sized(o, "guestOsMemory", g, GuestOsProfile::withIdleResident,
                    GuestOsProfile::withIdleResidentVarying);
            List<PhaseKind> available = new ArrayList<>(List.of(PhaseKind.API_CALL, PhaseKind.PROVISIONING,
                    PhaseKind.CLOUD_INIT));
            g.bootPhases().forEach(p -> available.add(p.kind()));
            Map<PhaseKind, Distribution> phases = o.optionalObject("phases")
                    .map(x -> PhaseOverrides.read(x, available)).orElse(Map.of());
            List<PhaseSpec> launch = PhaseOverrides.apply(List.of(c.apiCall(), c.provisioning(), c.cloudInit()),
                    phases, host);
            c = c.withApiCall(launch.get(0)).withProvisioning(launch.get(1)).withCloudInit(launch.get(2));
            g = g.withBootPhases(PhaseOverrides.apply(g.bootPhases(), phases, host));
            Section.CLOUD_OVERRIDES.finish(o);
        }
        if (vcpus.isEmpty() || memory.isEmpty()) {
            return Optional.empty();
        }
        // Warm until the workload says otherwise: the mapper makes a cold workload's volumes lazy.
        return Optional.of(new CloudVmStack(label.orElse(g.name() + " on " + c.name()), c, g,
                new VmShape(vcpus.get(), memory.get()), RootVolume.INITIALIZED));
    }

    /** {@code apiLimit}: {@code qps} launches per second once {@code burst} have been used at once. */
    private static Cited<ApiRateLimit> apiLimit(ObjectView o, CloudProfile cloud) {
        ApiRateLimit base = cloud.apiLimit().value();
        double qps = o.optionalDouble("qps", base.perSecond(), 0.001, 1_000_000);
        int burst = (int) Math.round(o.optionalDouble("burst", base.burst(), 1, MAX_BURST));
        Section.RATE_LIMIT.finish(o);
        ApiRateLimit limit = new ApiRateLimit(base.name(), qps, burst);
        return limit.equals(base) ? cloud.apiLimit() : LessonSetting.cite(limit);
    }

    /** {@code hydration}: the first-read rate of a cold root volume and what each random read adds. */
    private static Cited<Hydration> hydration(ObjectView o, CloudProfile cloud) {
        Hydration base = cloud.hydration().value();
        Hydration h = new Hydration(Bounds.rate(o, "rate").orElse(base.fetchRate()),
                Bounds.anyDuration(o, "perOperation").orElse(base.perOperation()));
        Section.HYDRATION.finish(o);
        return h.equals(base) ? cloud.hydration() : LessonSetting.cite(h);
    }
}
