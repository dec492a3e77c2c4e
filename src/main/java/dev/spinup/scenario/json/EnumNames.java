package dev.spinup.scenario.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How enum constants are written in scenario files: {@code ALL_AT_ONCE} is {@code "all-at-once"}. */
public final class EnumNames {

    private EnumNames() {
    }

    /** The file name of a constant: lower case, words joined by hyphens. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every file name of an enum, in declaration order. */
    public static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::of).toList();
    }

    /** The constant written as {@code name}; exact match only. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> of(c).equals(name)).findFirst();
    }
}
