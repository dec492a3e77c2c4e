package dev.spinup.report.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A file-name-safe identifier for an exported chart or table, e.g. "ready-over-time". */
public record Slug(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("a slug is lower-case letters and digits joined by single hyphens, not \""
                    + value + "\"");
        }
    }

    /** The slug of a free-text title: accents dropped, runs of anything else turned into one hyphen. */
    public static Slug of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("no letters or digits to make a file name from: \"" + title + "\"");
        }
        return new Slug(slug);
    }

    /** The file name with the given extension, e.g. "ready-over-time.png". */
    public String fileName(String extension) {
        return value + "." + extension;
    }

    @Override
    public String toString() {
        return value;
    }
}
