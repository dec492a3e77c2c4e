package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pins what the reader relies on in Gson 2.15.0's {@link JsonReader}: {@code getCharacterOffset()} agrees with the
 * line and column Gson itself prints ("JsonReader at line 3 column 18 path $.steps"), and before {@code peek()}
 * the offset sits just past the previous token. If a Gson upgrade changes either, this test says so first.
 */
class GsonLocationTest {

    private static final Pattern GSON_LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S+)");

    private static final String DOCUMENT = "{\n  \"name\" : \"x\",\n\t\"steps\": [10, 2.5e3, true, null],\n"
            + "  \"inner\": {\"a\": -0}\n}";

    @Test
    void characterOffsetAgreesWithTheLocationGsonPrints() throws IOException {
        SourceText text = new SourceText(DOCUMENT);
        JsonReader reader = strictReader(DOCUMENT);
        int checked = 0;
        for (JsonToken token = reader.peek(); token != JsonToken.END_DOCUMENT; token = reader.peek()) {
            assertSameLocation(text, reader);
            consume(reader, token);
            assertSameLocation(text, reader);
            checked++;
        }
        assertEquals(16, checked);
    }

    @Test
    void beforePeekTheOffsetIsJustPastThePreviousToken() throws IOException {
        JsonReader reader = strictReader(DOCUMENT);
        reader.beginObject();
        assertEquals(DOCUMENT.indexOf('{') + 1, GsonLocation.offset(reader));
        reader.nextName();
        // the separator " : " after "name" is not consumed yet
        assertEquals(DOCUMENT.indexOf("\"name\"") + 6, GsonLocation.offset(reader));
        reader.nextString();
        assertEquals(DOCUMENT.indexOf("\"x\"") + 3, GsonLocation.offset(reader));
        reader.nextName();
        reader.beginArray();
        reader.nextString();
        assertEquals(DOCUMENT.indexOf("10") + 2, GsonLocation.offset(reader));
        reader.nextString();
        assertEquals(DOCUMENT.indexOf("2.5e3") + 5, GsonLocation.offset(reader));
    }

    @Test
    void malformedJsonMessagesCarryGsonsLocationAndALinkThatWeStrip() {
        JsonReader reader = strictReader("{\n  \"name\": \"x\"\n  \"steps\": 10\n}");
        MalformedJsonException e = assertThrows(MalformedJsonException.class, () -> {
            reader.beginObject();
            reader.nextName();
            reader.nextString();
            reader.peek();
        });
        assertTrue(e.getMessage().startsWith("Unterminated object at line 3 column 4 path $.name\nSee https://"),
                e.getMessage());
    }

    private static void assertSameLocation(SourceText text, JsonReader reader) {
        Matcher m = GSON_LOCATION.matcher(reader.toString());
        assertTrue(reader.toString().startsWith("JsonReader at line ") && m.find(), reader.toString());
        SourcePosition ours = text.position(GsonLocation.offset(reader));
        assertEquals(new SourcePosition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), ours);
    }

    private static void consume(JsonReader reader, JsonToken token) throws IOException {
        switch (token) {
            case BEGIN_OBJECT -> reader.beginObject();
            case END_OBJECT -> reader.endObject();
            case BEGIN_ARRAY -> reader.beginArray();
            case END_ARRAY -> reader.endArray();
            case NAME -> reader.nextName();
            case STRING, NUMBER -> reader.nextString();
            case BOOLEAN -> reader.nextBoolean();
            case NULL -> reader.nextNull();
            default -> throw new AssertionError(token);
        }
    }

    private static JsonReader strictReader(String json) {
        JsonReader reader = new JsonReader(new StringReader(json));
        reader.setStrictness(Strictness.STRICT);
        return reader;
    }
}
