package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small building blocks: paths, quoting, suggestions, enum names. */
class SmallPartsTest {

    enum Arrival { ALL_AT_ONCE, POISSON }

    @Test
    void pathsReadLikeJsonPath() {
        JsonPath p = JsonPath.ROOT.key("stacks").index(1).key("profile");
        assertEquals("$.stacks[1].profile", p.toString());
        assertEquals("$['odd key']['it\\'s'][0]", JsonPath.ROOT.key("odd key").key("it's").index(0).toString());
        assertEquals("`stacks[1]`", JsonPath.ROOT.key("stacks").index(1).label());
        assertEquals(JsonPath.ROOT.key("a").index(2), JsonPath.ROOT.key("a").index(2));
        assertNotEquals(JsonPath.ROOT.key("a").index(2), JsonPath.ROOT.key("a").index(3));
        assertNotEquals(JsonPath.ROOT.key("0"), JsonPath.ROOT.index(0));
    }

    @Test
    void untrustedTextInMessagesStaysOnOneShortLine() {
        assertEquals("\"a\\nb\\u2028c\\u202Ed\"", Quote.text("a\nb\u2028c\u202Ed"));
        assertEquals("`C:\\temp`", Quote.name("C:\\temp"));
        assertEquals("\"" + "x".repeat(40) + "\u2026\"", Quote.text("x".repeat(1_000_000)));
    }

    @Test
    void suggestionsCatchTyposButNotUnrelatedWords() {
        List<String> keys = List.of("instances", "arrival", "delay");
        assertEquals(Optional.of("instances"), Suggestions.closest("instnaces", keys));
        assertEquals(Optional.of("instances"), Suggestions.closest("Instances", keys));
        assertEquals(Optional.of("arrival"), Suggestions.closest("arival", keys));
        assertEquals(Optional.of("delay"), Suggestions.closest("dealy", keys));
        assertEquals(Optional.empty(), Suggestions.closest("colour", keys));
        assertEquals(Optional.empty(), Suggestions.closest("x".repeat(10_000), keys));
        assertEquals(1, Suggestions.distance("ab", "ba"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }

    @Test
    void enumConstantsAreWrittenInLowerCaseWithHyphens() {
        assertEquals("all-at-once", EnumNames.of(Arrival.ALL_AT_ONCE));
        assertEquals(Optional.of(Arrival.POISSON), EnumNames.parse(Arrival.class, "poisson"));
        assertEquals(Optional.empty(), EnumNames.parse(Arrival.class, "POISSON"));
    }
}
