package dev.spinup.model.runtime;

import java.util.Objects;

/**
 * Who an instance is: its role in the simulated world and its number within that role, printed the way Docker
 * and cloud consoles name things ({@code vm-3}, {@code c-17}, {@code node-2}, {@code pod-5}).
 */
public record InstanceId(Role role, int number) implements Comparable<InstanceId> {

    /** What an instance is there for. */
    public enum Role {
        /** A VM of the workload. */
        WORKLOAD_VM("vm-"),
        /** A container of the workload (also one inside a node VM). */
        WORKLOAD_CONTAINER("c-"),
        /** A VM booted to carry containers: infrastructure, not workload. */
        NODE_VM("node-"),
        /** A pod an orchestrator started. */
        POD("pod-");

        private final String prefix;

        Role(String prefix) {
            this.prefix = prefix;
        }

        /** True for what the workload asked for (counted in ready-over-time and the summaries). */
        public boolean isWorkload() {
            return this != NODE_VM;
        }
    }

    public InstanceId {
        Objects.requireNonNull(role, "role");
        if (number < 1) {
            throw new IllegalArgumentException("instance numbers start at 1: " + number);
        }
    }

    public static InstanceId of(Role role, int number) {
        return new InstanceId(role, number);
    }

    @Override
    public int compareTo(InstanceId other) {
        int byRole = role.compareTo(other.role);
        return byRole != 0 ? byRole : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return role.prefix + number;
    }
}
