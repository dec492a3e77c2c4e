package dev.spinup.scenario.json;

import com.google.gson.stream.JsonReader;

/**
 * The one place that knows how to ask Gson's {@link JsonReader} where it is. Gson 2.15.0 added
 * {@link JsonReader#getCharacterOffset()}, which we use instead of parsing {@code toString()} ("JsonReader at line
 * 3 column 18 path $.steps"); {@code GsonLocationTest} pins both against each other for this Gson version.
 *
 * <p>What the parser relies on: before {@code peek()} the offset is just past the previous token, before any
 * separator ({@code ,} or {@code :}) or whitespace that follows it.
 */
final class GsonLocation {

    private GsonLocation() {
    }

    /** The reader's current character offset from the start of the text. */
    static int offset(JsonReader reader) {
        return (int) Math.min(reader.getCharacterOffset(), Integer.MAX_VALUE);
    }
}
