package dev.spinup.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.spinup.model.host.OvercommitPolicy;
import dev.spinup.model.profiles.Catalogue;
import dev.spinup.model.runtime.PlacementPolicy;
import dev.spinup.model.startup.PhaseKind;
import dev.spinup.scenario.json.ArrayNode;
import dev.spinup.scenario.json.EnumNames;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.JsonTreeReader;
import dev.spinup.scenario.json.ObjectNode;
import dev.spinup.scenario.json.Problems;
import dev.spinup.scenario.json.StringNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema that editors use agrees with the reader: every lesson validates against it, its objects accept
 * exactly the keys the reader's {@link Section}s declare, and its enums are the catalogue's keys and the names
 * the reader accepts.
 */
class ScenarioSchemaTest {

    private static final String RESOURCE = "/dev/spinup/scenario/scenario.schema.json";
    private static final Path DOCS_COPY = Path.of("docs", "scenario.schema.json");

    private final String schemaText = resource();
    private final ObjectNode schema = (ObjectNode) JsonTreeReader.withDefaultLimits().parse(schemaText,
            new Problems("schema")).orElseThrow();

    @Test
    void everyLessonValidatesAgainstTheSchema() throws Exception {
        Schema compiled = compiled();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> lessons = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertFalse(lessons.isEmpty());
            for (Path lesson : lessons) {
                List<Error> errors = compiled.validate(Files.readString(lesson), InputFormat.JSON);
                assertEquals(List.of(), errors.stream().map(Error::toString).toList(), lesson.toString());
            }
        }
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        Schema compiled = compiled();
        String typo = ScenarioFiles.MINIMAL.replace("\"instances\": 3", "\"instnaces\": 3");
        assertFalse(compiled.validate(typo, InputFormat.JSON).isEmpty(), "an unknown key");
        String runtimeOnVm = ScenarioFiles.MINIMAL.replace("\"kind\": \"container\"", "\"kind\": \"vm\"");
        assertFalse(compiled.validate(runtimeOnVm, InputFormat.JSON).isEmpty(), "a key of another kind of stack");
        String badUnit = ScenarioFiles.MINIMAL.replace("\"instances\": 3",
                "\"instances\": 3, \"appOverrides\": {\"memory\": \"64 gigs\"}");
        assertFalse(compiled.validate(badUnit, InputFormat.JSON).isEmpty(), "a size without a known unit");
        assertEquals(List.of(), compiled.validate(ScenarioFiles.MINIMAL, InputFormat.JSON));
    }

    @Test
    void theSchemaIsItselfAValidDraft2020Schema() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertFalse(meta.validate("{\"type\": 5}", InputFormat.JSON).isEmpty(), "the meta-schema does check");
        assertEquals(List.of(), meta.validate(schemaText, InputFormat.JSON));
    }

    @Test
    void theDocsCarryTheSameSchemaAsTheJar() throws Exception {
        assertArrayEquals(schemaText.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(DOCS_COPY));
    }

    @Test
    void eachObjectOfTheSchemaAcceptsExactlyTheKeysTheReaderAccepts() {
        ObjectNode defs = object(schema, "$defs");
        Set<String> objectDefs = new HashSet<>();
        for (ObjectNode.Member m : defs.members()) {
            if (m.value() instanceof ObjectNode def && def.get("properties").isPresent()) {
                objectDefs.add(m.key());
            }
        }
        for (Section section : Section.values()) {
            ObjectNode def = section == Section.SCENARIO ? schema : object(defs, section.schemaName());
            assertEquals(Set.copyOf(section.keys()), Set.copyOf(object(def, "properties").keys()), section.name());
            objectDefs.remove(section.schemaName());
        }
        assertEquals(Set.of(), objectDefs, "schema objects the reader has no section for");
    }

    @Test
    void everyReferenceNamesADefinition() {
        // a "$ref" to a name $defs lacks is not an error to the validator: the object it should check goes unchecked
        Set<String> defined = Set.copyOf(object(schema, "$defs").keys());
        List<String> refs = new ArrayList<>();
        collectRefs(schema, refs);
        assertFalse(refs.isEmpty());
        List<String> dangling = refs.stream().filter(r -> !defined.contains(r.substring("#/$defs/".length())))
                .toList();
        assertEquals(List.of(), dangling);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node instanceof ObjectNode o) {
            for (ObjectNode.Member m : o.members()) {
                if (m.key().equals("$ref") && m.value() instanceof StringNode ref) {
                    refs.add(ref.value());
                } else {
                    collectRefs(m.value(), refs);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.elements().forEach(e -> collectRefs(e, refs));
        }
    }

    @Test
    void theSchemasNamesAreTheCataloguesKeysAndTheNamesTheReaderKnows() {
        assertEquals(Catalogue.hypervisorKeys(), names("hypervisorKey"));
        assertEquals(Catalogue.guestOsKeys(), names("guestOsKey"));
        assertEquals(Catalogue.runtimeKeys(), names("runtimeKey"));
        assertEquals(Catalogue.cloudKeys(), names("cloudKey"));
        assertEquals(Catalogue.appKeys(), names("appKey"));
        ObjectNode imageReference = object(object(schema, "$defs"), "imageReference");
        ObjectNode catalogueChoice = (ObjectNode) ((ArrayNode) imageReference.get("anyOf").orElseThrow())
                .elements().get(0);
        assertEquals(Catalogue.imageReferences(), strings((ArrayNode) catalogueChoice.get("enum").orElseThrow()));
        assertEquals(EnumNames.all(PhaseKind.class), names("phaseKind"));
        assertEquals(EnumNames.all(PhaseKind.class), object(object(object(schema, "$defs"), "phases"), "properties")
                .keys());
        assertEquals(EnumNames.all(ChartKind.class), names("chartKind"));
        assertEquals(EnumNames.all(OvercommitPolicy.class), names("memoryPolicy"));
        assertEquals(EnumNames.all(dev.spinup.model.host.AdmissionBasis.class), names("admitBy"));
        assertEquals(EnumNames.all(PlacementPolicy.class), names("placement"));
        assertEquals(EnumNames.all(StackReader.Form.class), names("stackKind"));
        assertEquals(EnumNames.all(ArrivalReader.Pattern.class), names("arrivalPattern"));
        assertEquals(EnumNames.all(TimelineReader.Kind.class), names("actionKind"));
        assertEquals(EnumNames.all(WorkloadReader.Cache.class), names("cache"));
        assertEquals(EnumNames.all(dev.spinup.model.profiles.OverheadProfile.class), names("overheadProfile"));
        assertEquals(EnumSet.allOf(StackReader.Form.class).stream().flatMap(f -> f.keys.stream())
                        .collect(Collectors.toSet()),
                Section.STACK.keys().stream().filter(k -> !List.of("id", "label", "kind", "admitBy").contains(k))
                        .collect(Collectors.toSet()), "every stack key but the common ones belongs to some kind");
    }

    private Schema compiled() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText,
                InputFormat.JSON);
    }

    private List<String> names(String def) {
        return strings((ArrayNode) object(object(schema, "$defs"), def).get("enum").orElseThrow());
    }

    private static List<String> strings(ArrayNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array.elements()) {
            out.add(((StringNode) n).value());
        }
        return out;
    }

    private static ObjectNode object(ObjectNode node, String key) {
        return (ObjectNode) node.get(key).orElseThrow(() -> new AssertionError("no " + key));
    }

    private static String resource() {
        try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
