package dev.spinup.model.runtime;

import dev.spinup.model.DataSize;
import dev.spinup.model.image.Image;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a host's page cache holds: the part of each container image its running containers have read (charged
 * once, while any container of the image lives), and which VM disk images a boot has already read in full.
 */
final class PageCache {

    private final Map<String, Integer> imageUsers = new HashMap<>();
    private final Set<String> warmDiskImages = new HashSet<>();

    /** What starting a container of {@code image} adds to the cache: nothing if one already runs here. */
    DataSize newlyCached(Image image) {
        return imageUsers.containsKey(image.reference()) ? DataSize.ZERO : cachedPart(image);
    }

    void imageUsed(Image image) {
        imageUsers.merge(image.reference(), 1, Integer::sum);
    }

    /** The last container of an image ended: returns what leaves the cache (nothing while others run). */
    DataSize imageReleased(Image image) {
        int users = imageUsers.merge(image.reference(), -1, Integer::sum);
        if (users != 0) {
            return DataSize.ZERO;
        }
        imageUsers.remove(image.reference());
        return cachedPart(image);
    }

    private static DataSize cachedPart(Image image) {
        return image.uncompressedSize().times(Mechanisms.PAGE_CACHED_FRACTION.value());
    }

    boolean diskImageWarm(String key) {
        return warmDiskImages.contains(key);
    }

    void diskImageRead(String key) {
        warmDiskImages.add(key);
    }
}
