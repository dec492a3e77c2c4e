package dev.spinup.model.startup;

import dev.spinup.model.DataSize;

/** What an image pull had to do: how many layers it found cached, awaited from another pull, or downloaded. */
public record PullSummary(String image, int layers, int cached, int awaited, int downloaded,
                          DataSize bytesDownloaded, long downloadNanos, long extractNanos) {

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
