package dev.spinup.scenario;

import dev.spinup.model.DataRate;
import dev.spinup.model.DataSize;
import dev.spinup.model.host.HostSpec;
import dev.spinup.model.image.Image;
import dev.spinup.scenario.json.ObjectView;
import dev.spinup.scenario.unit.DataRateText;
import dev.spinup.scenario.unit.DataSizeText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks what follows from several values at once, so that a file the reader accepts also runs to its end: the
 * instant of the last arrival (a staggered interval times the instances, or the mean span of a Poisson process)
 * and the longest single transfer (the largest image over the slowest link) must stay within
 * {@link ScenarioLimits#MAX_HORIZON}. Each value alone is within its own limit already; their products are computed
 * exactly here, never in {@code long}s that could wrap.
 */
final class DerivedLimits {

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
    private static final BigInteger MAX_SPAN = BigInteger.valueOf(ScenarioLimits.MAX_HORIZON.toNanos());

    private DerivedLimits() {
    }

    /** The workload's last arrival is no later than {@link ScenarioLimits#MAX_HORIZON}. */
    static void checkArrivals(ObjectView workloadView, Workload workload) {
        int n = workload.instances();
        if (n < 2 && !(workload.arrival() instanceof Arrival.Poisson)) {
            return;
        }
        if (workload.arrival() instanceof Arrival.Staggered staggered) {
            BigInteger last = BigInteger.valueOf(staggered.interval().toNanos()).multiply(BigInteger.valueOf(n - 1));
            if (last.compareTo(MAX_SPAN) > 0) {
                workloadView.optionalObject("arrival").ifPresent(a -> a.problem("every", n + " instances, one every "
                        + a.optionalString("every").orElse("interval") + ", means the last arrives after "
                        + days(new BigDecimal(last)) + "; the last arrival may come at most "
                        + days(new BigDecimal(MAX_SPAN)) + " in, so lower `instances` or `every`"));
            }
        } else if (workload.arrival() instanceof Arrival.Poisson poisson && n > 0) {
            // The mean instant of the n-th arrival is n / rate; exponential gaps are bounded (a double's tail), so
            // the largest possible instant stays a small multiple of it, far inside the clock.
            BigDecimal meanLast = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(poisson.perSecond()),
                    MathContext.DECIMAL64).multiply(NANOS_PER_SECOND);
            if (meanLast.compareTo(new BigDecimal(MAX_SPAN)) > 0) {
                BigDecimal least = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(
                        ScenarioLimits.MAX_HORIZON.toSeconds()), MathContext.DECIMAL64);
                workloadView.optionalObject("arrival").ifPresent(a -> a.problem("perSecond", n + " instances at "
                        + poisson.perSecond() + " per second arrive over " + days(meanLast) + " on average; they"
                        + " must arrive within " + days(new BigDecimal(MAX_SPAN)) + ", so `perSecond` must be at"
                        + " least " + least.round(new MathContext(3)).stripTrailingZeros().toPlainString()
                        + " (or lower `instances`)"));
            }
        }
    }

    /**
     * The largest image the run may move, over the slowest link it crosses (registry, host network, disk,
     * extraction), takes no more than {@link ScenarioLimits#MAX_HORIZON} alone.
     */
    static void checkLargestTransfer(ObjectView root, Scenario scenario) {
        List<Image> images = new ArrayList<>(scenario.workload().preloaded());
        images.add(scenario.workload().image());
        for (TimedAction action : scenario.timeline()) {
            if (action.action() instanceof TimedAction.Pull pull) {
                images.add(pull.image());
            } else if (action.action() instanceof TimedAction.Build build) {
                images.add(build.dockerfile().base());
            }
        }
        DataSize largest = images.stream().map(DerivedLimits::bytesMoved).max(Comparator.naturalOrder())
                .orElse(DataSize.ZERO);
        List<DataRate> rates = new ArrayList<>();
        rates.add(scenario.registry().ratesVary().egress().map(q -> DataRate.ofBytesPerSecond(q.least()))
                .orElse(scenario.registry().egressBandwidth()));
        rates.add(scenario.registry().ratesVary().perDownload().map(q -> DataRate.ofBytesPerSecond(q.least()))
                .orElse(scenario.registry().perDownload()));
        rates.add(scenario.pulls().extractRate());
        for (HostSpec host : scenario.hostSpecs()) {
            // a host that draws its rates may draw the least its distribution allows
            rates.add(host.varies().nic().map(q -> DataRate.ofBytesPerSecond(q.least())).orElse(host.nic()));
            rates.add(host.varies().diskBandwidth().map(q -> DataRate.ofBytesPerSecond(q.least()))
                    .orElse(host.disk().bandwidth()));
        }
        DataRate slowest = rates.stream().min(Comparator.comparingDouble(DataRate::bytesPerSecond)).orElseThrow();
        BigDecimal nanos = BigDecimal.valueOf(largest.bytes()).divide(BigDecimal.valueOf(slowest.bytesPerSecond()),
                MathContext.DECIMAL64).multiply(NANOS_PER_SECOND);
        if (nanos.compareTo(new BigDecimal(MAX_SPAN)) > 0) {
            root.problem("hardware", "moving the largest image (" + DataSizeText.format(largest) + ") at the"
                    + " slowest rate in this scenario (" + DataRateText.format(slowest) + ") takes "
                    + days(nanos) + " alone; one transfer may take at most " + days(new BigDecimal(MAX_SPAN))
                    + ", so use smaller layers or faster links");
        }
    }

    /** What pulling an image moves at most: its compressed bytes, or its unpacked bytes, whichever is more. */
    private static DataSize bytesMoved(Image image) {
        DataSize compressed = image.compressedSize();
        DataSize unpacked = image.uncompressedSize();
        return compressed.compareTo(unpacked) >= 0 ? compressed : unpacked;
    }

    private static String days(BigDecimal nanos) {
        Duration d = Duration.ofSeconds(nanos.divide(NANOS_PER_SECOND, MathContext.DECIMAL64)
                .min(BigDecimal.valueOf(Long.MAX_VALUE / 2)).longValue());
        return String.format(Locale.ROOT, "%.2f days", d.toSeconds() / 86_400.0);
    }
}
