package dev.spinup.model.startup;

import dev.spinup.model.DataSize;
import dev.spinup.model.image.PullReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What an image pull had to do: how many layers it found cached, awaited from another pull, or downloaded; and,
 * when the image was not already whole on the host, the pull's report with every layer's timeline.
 */
public record PullSummary(String image, int layers, int cached, int awaited, int downloaded,
                          DataSize bytesDownloaded, long downloadNanos, long extractNanos,
                          Optional<PullReport> report) {

    public PullSummary {
        Objects.requireNonNull(report, "report");
    }

    /** A summary without the per-layer report (an image already on the host needs none). */
    public PullSummary(String image, int layers, int cached, int awaited, int downloaded, DataSize bytesDownloaded,
                       long downloadNanos, long extractNanos) {
        this(image, layers, cached, awaited, downloaded, bytesDownloaded, downloadNanos, extractNanos,
                Optional.empty());
    }

    /** A sentence for the "why?" tooltip. */
    public String explain() {
        if (downloaded == 0 && awaited == 0) {
            return "all " + layers + " layers of " + image + " were already on the host";
        }
        StringBuilder text = new StringBuilder("pulled ").append(downloaded).append(" of ").append(layers)
                .append(" layers of ").append(image).append(" (").append(bytesDownloaded).append(')');
        if (cached > 0) {
            text.append("; ").append(cached).append(cached == 1 ? " was" : " were").append(" already cached");
        }
        if (awaited > 0) {
            text.append("; ").append(awaited).append(" came from another pull in progress");
        }
        return text.toString();
    }
}
