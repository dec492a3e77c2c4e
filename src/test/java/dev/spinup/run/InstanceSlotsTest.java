package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.spinup.model.runtime.InstanceId;
import dev.spinup.model.runtime.InstanceId.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Slots by instance number behave as a map keyed by instance id. */
class InstanceSlotsTest {

    @Test
    void behavesAsAMapOfInstanceIds() {
        InstanceSlots<Integer> slots = new InstanceSlots<>();
        Map<InstanceId, Integer> map = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        Role[] roles = Role.values();
        for (int i = 0; i < 20_000; i++) {
            InstanceId id = InstanceId.of(roles[random.nextInt(roles.length)], 1 + random.nextInt(5_000));
            Integer value = random.nextInt(4) == 0 ? null : random.nextInt(100);
            Integer before = value == null ? map.remove(id) : map.put(id, value);
            assertEquals(before, slots.put(id, value), "the previous value of " + id);
            assertEquals(map.get(id), slots.get(id));
        }
        for (Role role : roles) {
            for (int n = 1; n <= 5_001; n++) {
                InstanceId id = InstanceId.of(role, n);
                assertEquals(map.get(id), slots.get(id), id.toString());
            }
        }
    }

    @Test
    void anInstanceNeverPutHasNoValueAndClearingItAllocatesNothing() {
        InstanceSlots<String> slots = new InstanceSlots<>();
        assertNull(slots.get(InstanceId.of(Role.POD, 1_000_000)));
        assertNull(slots.put(InstanceId.of(Role.POD, 1_000_000), null));
        slots.put(InstanceId.of(Role.WORKLOAD_VM, 1), "host-1");
        assertEquals("host-1", slots.get(InstanceId.of(Role.WORKLOAD_VM, 1)));
        assertNull(slots.get(InstanceId.of(Role.WORKLOAD_CONTAINER, 1)), "roles are kept apart");
    }
}
