package dev.spinup.scenario.json;

/**
 * Bounds on what a scenario file may contain, checked while reading and before anything is allocated, so a
 * hostile or broken file yields a problem quickly instead of a hang, a StackOverflowError or an OutOfMemoryError.
 *
 * @param maxFileBytes    largest file, checked from the file's size and again while reading (endless streams)
 * @param maxDepth        deepest nesting of objects and arrays; the root object is depth 1
 * @param maxArrayLength  most elements in one array
 * @param maxMembers      most fields in one object
 * @param maxStringLength longest text value or key, in UTF-16 chars
 * @param maxValues       most values in the whole file
 */
public record ReadLimits(long maxFileBytes, int maxDepth, int maxArrayLength, int maxMembers, int maxStringLength,
                         int maxValues) {

    /** Generous for any lesson a teacher writes by hand, small enough that reading stays instant. */
    public static final ReadLimits DEFAULT = new ReadLimits(1L << 20, 64, 10_000, 1_000, 65_536, 200_000);

    public ReadLimits {
        if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileBytes must be between 1 and 2 GiB: " + maxFileBytes);
        }
        if (maxDepth < 1 || maxArrayLength < 1 || maxMembers < 1 || maxStringLength < 1 || maxValues < 1) {
            throw new IllegalArgumentException("every read limit must be at least 1: " + this);
        }
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxArrayLength, maxMembers, maxStringLength, maxValues);
    }

    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxFileBytes, depth, maxArrayLength, maxMembers, maxStringLength, maxValues);
    }

    public ReadLimits withMaxArrayLength(int length) {
        return new ReadLimits(maxFileBytes, maxDepth, length, maxMembers, maxStringLength, maxValues);
    }

    public ReadLimits withMaxMembers(int members) {
        return new ReadLimits(maxFileBytes, maxDepth, maxArrayLength, members, maxStringLength, maxValues);
    }

    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxFileBytes, maxDepth, maxArrayLength, maxMembers, length, maxValues);
    }

    public ReadLimits withMaxValues(int values) {
        return new ReadLimits(maxFileBytes, maxDepth, maxArrayLength, maxMembers, maxStringLength, values);
    }
}
