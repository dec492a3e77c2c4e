package dev.spinup.model.runtime;

import dev.spinup.engine.Completion;
import dev.spinup.model.DataSize;
import dev.spinup.model.image.Image;
import dev.spinup.model.startup.Demand;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a host's page cache holds: the part of each container image its running containers have read, and the
 * boot files (kernel, initrd, root filesystem base) of the guests its VMs boot. Each is charged once, from the
 * admission of its first user until its last user ends; a boot file is read from disk once, by the first boot
 * that needs it, while boots at the same time wait for that read and later boots find it cached.
 */
final class PageCache {

    private final Map<String, Integer> imageUsers = new HashMap<>();
    private final Map<String, Integer> bootFileUsers = new HashMap<>();
    /** Each boot file's read from disk, done or in progress, while the file is in the cache. */
    private final Map<String, Completion<Void>> bootFileReads = new HashMap<>();

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

    /** What admitting a VM that boots {@code files} adds to the cache: the files no live VM here uses yet. */
    DataSize newlyCached(Iterable<Demand.DiskImageRead> files) {
        DataSize added = DataSize.ZERO;
        for (Demand.DiskImageRead file : files) {
            if (!bootFileUsers.containsKey(file.file())) {
                added = added.plus(file.bytes());
            }
        }
        return added;
    }

    void bootFilesUsed(Iterable<Demand.DiskImageRead> files) {
        files.forEach(file -> bootFileUsers.merge(file.file(), 1, Integer::sum));
    }

    /** A VM that booted {@code files} ended: returns what leaves the cache (files no other live VM here uses). */
    DataSize bootFilesReleased(Iterable<Demand.DiskImageRead> files) {
        DataSize freed = DataSize.ZERO;
        for (Demand.DiskImageRead file : files) {
            int users = bootFileUsers.merge(file.file(), -1, Integer::sum);
            if (users == 0) {
                bootFileUsers.remove(file.file());
                bootFileReads.remove(file.file());
                freed = freed.plus(file.bytes());
            }
        }
        return freed;
    }

    /** True once a read of {@code file} has finished and it is still cached: a boot then reads nothing. */
    boolean bootFileCached(String file) {
        Completion<Void> read = bootFileReads.get(file);
        return read != null && read.isSucceeded();
    }

    /** The read that brings {@code file} into the cache: the one in progress, or a new one from {@code read}. */
    Completion<Void> bootFileRead(String file, Supplier<Completion<Void>> read) {
        return bootFileReads.computeIfAbsent(file, f -> read.get());
    }
}
