package dev.spinup.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a scenario's hosts ("host-1", "rack-a-12"), answered from the host groups without listing every
 * host, so a reference such as {@code "host": "host-3"} is checked however many hosts there are.
 */
final class HostNames {

    private final List<HostGroup> groups;

    HostNames(List<HostGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    boolean contains(String name) {
        for (HostGroup group : groups) {
            String prefix = group.prefix() + "-";
            if (name.startsWith(prefix) && isNumberUpTo(name.substring(prefix.length()), group.count())) {
                return true;
            }
        }
        return false;
    }

    /** A few names to show in a message: the first and last host of each group. */
    String examples() {
        List<String> names = new ArrayList<>();
        for (HostGroup group : groups) {
            names.add(group.prefix() + "-1");
            if (group.count() == 2) {
                names.add(group.prefix() + "-2");
            } else if (group.count() > 2) {
                names.add("... " + group.prefix() + "-" + group.count());
            }
        }
        return Names.listing(names);
    }

    private static boolean isNumberUpTo(String digits, int max) {
        if (digits.isEmpty() || digits.length() > 9 || digits.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(digits) <= max;
    }
}
