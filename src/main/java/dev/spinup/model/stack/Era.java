package dev.spinup.model.stack;

import dev.spinup.model.catalogue.Source;
import java.util.Objects;

/**
 * The version of a tool (or the year of a cloud's service) whose measurements a profile's numbers come from, so a
 * lesson can say "Docker 1.12 in 2016" and the default can stay the current one.
 *
 * @param version the version as its users name it, e.g. "1.12" or "2021"
 * @param year the year the cited measurement was made
 * @param source the measurement that sets this era's numbers apart
 */
public record Era(String version, int year, Source source) {

    public Era {
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("an era needs a version");
        }
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("not a plausible year: " + year);
        }
        Objects.requireNonNull(source, "source");
    }

    /** Whether a lesson's {@code era} names this one, by its version ("1.12") or its year ("2016"). */
    public boolean matches(String written) {
        return version.equals(written) || Integer.toString(year).equals(written);
    }

    /** "1.12 (2016)", or just "2021" when the version is the year. */
    public String label() {
        return version.equals(Integer.toString(year)) ? version : version + " (" + year + ")";
    }
}
