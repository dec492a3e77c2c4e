package dev.spinup.scenario;

import dev.spinup.model.DataRate;
import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;
import dev.spinup.model.stack.PageSharing;
import dev.spinup.scenario.json.BooleanNode;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.ObjectView;
import java.util.Optional;

/**
 * Reads a VM stack's {@code pageSharing}: {@code false} (the default), {@code true} for same-page merging (KSM)
 * with the estimated defaults, or an object that changes them: {@code {"shareable": 0.5, "scanRate": "40 MB/s"}}.
 */
final class PageSharingReader {

    /**
     * KSM between idle VMs of one guest OS: 45 % of the guest's resident memory shareable (the middle of the
     * 30–60 % estimate) merged at ksmd's default 100 pages per 20 ms (about 20 MB/s).
     */
    static final PageSharing KSM = new PageSharing(Cited.of(0.45, Source.ESTIMATE_KSM_SHAREABLE_FRACTION),
            Cited.of(DataRate.ofBytesPerSecond(100 * 4096 / 0.020), Source.ESTIMATE_KSM_SCAN_RATE));

    private PageSharingReader() {
    }

    static Optional<PageSharing> read(ObjectView v) {
        Optional<JsonNode> node = v.node("pageSharing");
        if (node.isEmpty() || node.get() instanceof BooleanNode || !(node.get() instanceof ObjectNode)) {
            if (node.isPresent() && !(node.get() instanceof BooleanNode) && v.has("pageSharing")) {
                v.problem("pageSharing", "`pageSharing` must be true, false, or an object such as"
                        + " {\"shareable\": 0.5}, not " + node.get().describe());
                return Optional.empty();
            }
            return v.optionalBoolean("pageSharing", false) ? Optional.of(KSM) : Optional.empty();
        }
        ObjectView o = v.optionalObject("pageSharing").orElseThrow();
        Cited<Double> shareable = o.has("shareable")
                ? LessonSetting.cite(o.optionalDouble("shareable", KSM.shareableFraction().value(), 0, 1))
                : KSM.shareableFraction();
        Cited<DataRate> scanRate = Bounds.rate(o, "scanRate").map(LessonSetting::cite).orElse(KSM.scanRate());
        Section.PAGE_SHARING.finish(o);
        return Optional.of(new PageSharing(shareable, scanRate));
    }
}
