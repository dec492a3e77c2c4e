package dev.spinup.run;

import dev.spinup.model.runtime.InstanceId;
import java.util.Arrays;

/**
 * Values kept per instance in arrays indexed by its number, one array per role: instance numbers are dense from
 * 1, so a run of a million instances keeps no hash map entry, boxed key or chain per instance, and a lookup is
 * two array reads.
 */
final class InstanceSlots<T> {

    private final Object[][] byRole = new Object[InstanceId.Role.values().length][];

    /** The value of {@code instance}, or null if none was put. */
    @SuppressWarnings("unchecked")
    T get(InstanceId instance) {
        Object[] slots = byRole[instance.role().ordinal()];
        int i = instance.number() - 1;
        return slots == null || i >= slots.length ? null : (T) slots[i];
    }

    /** Sets the value of {@code instance} (null clears it) and returns the one it had. */
    T put(InstanceId instance, T value) {
        T old = get(instance);
        int role = instance.role().ordinal();
        int i = instance.number() - 1;
        Object[] slots = byRole[role];
        if (slots == null || i >= slots.length) {
            if (value == null) {
                return old;
            }
            slots = byRole[role] = Arrays.copyOf(slots == null ? new Object[0] : slots,
                    Math.max(16, Math.max(i + 1, (slots == null ? 0 : slots.length) * 2)));
        }
        slots[i] = value;
        return old;
    }
}
