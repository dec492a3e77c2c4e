package dev.spinup.scenario.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of malformed file gives exactly one plain line with the right line, column and path. */
class SyntaxErrorMessagesTest {

    @TempDir
    Path folder;

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
            Arguments.of("missing comma between fields", "{\n  \"name\": \"x\"\n  \"steps\": 10\n}",
                "2:14: $.name: missing comma or closing brace `}` after this value"),
            Arguments.of("missing comma between elements", "[1 2]",
                "1:3: $[0]: missing comma or closing bracket `]` after this value"),
            Arguments.of("string not closed on its line", "{\"name\": \"abc\n}",
                "1:10: $.name: unterminated string: the closing quote `\"` is missing before the end of the line"),
            Arguments.of("string not closed at end of file", "{\"name\": \"abc",
                "1:10: $.name: unterminated string: the file ends before the closing quote `\"`"),
            Arguments.of("line comment", "{\"name\": 1 // the name\n}",
                "1:12: $: comments are not allowed in scenario files"),
            Arguments.of("block comment before the document", "/* lesson 1 */ {}",
                "1:1: $: comments are not allowed in scenario files"),
            Arguments.of("hash comment", "{\n# steps\n\"steps\": 1}",
                "2:1: $: comments are not allowed in scenario files"),
            Arguments.of("trailing garbage", "{\"name\": 1} garbage",
                "1:13: $: trailing text after the end of the document; a scenario file holds exactly one JSON object"),
            Arguments.of("a second document", "{}\n{}",
                "2:1: $: trailing text after the end of the document; a scenario file holds exactly one JSON object"),
            Arguments.of("trailing comma in an object", "{\"a\": 1,}",
                "1:8: $.a: a comma before `}` is not allowed; remove the last comma"),
            Arguments.of("trailing comma in an array", "[1,\n  2,\n]",
                "2:4: $[1]: a comma before `]` is not allowed; remove the last comma"),
            Arguments.of("single quotes", "{'a': 1}",
                "1:2: $: use double quotes `\"` around field names, not single quotes"),
            Arguments.of("unquoted field name", "{a: 1}",
                "1:2: $: field names must be in double quotes: write \"a\""),
            Arguments.of("unquoted text", "{\"a\": many}",
                "1:7: $.a: unquoted text `many`: put text in double quotes, as in \"many\""),
            Arguments.of("misspelt literal", "{\"a\": tru}",
                "1:7: $.a: unquoted text `tru`; did you mean `true`?"),
            Arguments.of("literal in capitals", "[TRUE]",
                "1:2: $[0]: write `true` in lower case"),
            Arguments.of("missing colon", "{\"a\" 1}",
                "1:5: $.a: missing colon `:` after the field name `a`"),
            Arguments.of("equals instead of colon", "{\"a\" = 1}",
                "1:6: $.a: use a colon `:` between a field name and its value, not `=`"),
            Arguments.of("semicolon instead of comma", "{\"a\": 1; \"b\": 2}",
                "1:8: $.a: use a comma `,` between values, not `;`"),
            Arguments.of("missing value", "{\"a\": }",
                "1:7: $.a: expected a value but found `}`"),
            Arguments.of("wrong closing bracket", "[1}",
                "1:3: $[1]: expected a comma or closing bracket `]` but found `}`"),
            Arguments.of("empty file", "",
                "1:1: $: the file is empty; a scenario file holds one JSON object { ... }"),
            Arguments.of("object never closed", "{\n  \"a\": [1, 2]\n",
                "3:1: $: the file ends too early: the object that starts at line 1, column 1 is never closed with `}`"),
            Arguments.of("NaN", "[NaN]",
                "1:2: $[0]: `NaN` is not allowed: JSON has no NaN or infinity"),
            Arguments.of("leading zero", "[007]",
                "1:2: $[0]: `007` is not a valid number; write numbers like 42, -7, 1.5 or 2e6 (no leading zeros, no +)"),
            Arguments.of("invalid escape", "[\"C:\\temp\\x\"]",
                "1:10: $[0]: `\\x` is not a valid escape; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four hex digits"),
            Arguments.of("tab inside a string", "[\"a\tb\"]",
                "1:4: $[0]: a tab inside a string must be written as \\t"),
            Arguments.of("huge exponent", "[1e999999999999]",
                "1:2: $[0]: the number 1e999999999999 is too large or too small to read"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void givesOnePlainLineAtTheRightPlace(String what, String content, String expected) throws Exception {
        Path file = Files.writeString(folder.resolve("lesson.json"), content);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> JsonTreeReader.withDefaultLimits().readOrThrow(file));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(file + ":" + expected, e.getMessage());
    }
}
