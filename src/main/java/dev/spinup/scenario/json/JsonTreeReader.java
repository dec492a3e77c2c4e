package dev.spinup.scenario.json;

import dev.spinup.model.DataSize;
import dev.spinup.scenario.unit.DataSizeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a scenario file into a {@link JsonNode} tree: UTF-8, strict JSON, bounded by {@link ReadLimits}. It reads
 * exactly the bytes of the one file or stream it is given: nothing is fetched, included or resolved.
 *
 * <p>Problems go into a {@link Problems} collector rather than being thrown, so that the caller can go on checking
 * the tree and report everything at once; the tree is empty only when the text could not be read as JSON at all.
 */
public final class JsonTreeReader {

    private final ReadLimits limits;

    public JsonTreeReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A reader with {@link ReadLimits#DEFAULT}. */
    public static JsonTreeReader withDefaultLimits() {
        return new JsonTreeReader(ReadLimits.DEFAULT);
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Reads a file; a missing, unreadable, oversized or non-UTF-8 file is a problem, not an exception. */
    public Optional<JsonNode> read(Path file, Problems problems) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return fileProblem(problems, "this is a folder, not a scenario file");
            }
            if (!attributes.isRegularFile()) {
                // a FIFO or a device would block or never end: only plain files are read
                return fileProblem(problems, "this is not a regular file (a FIFO, socket or device), so it is not"
                        + " read; save the scenario as a file");
            }
            long size = attributes.size();
            if (size > limits.maxFileBytes()) {
                return tooLarge(problems);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, problems);
            }
        } catch (NoSuchFileException e) {
            return fileProblem(problems, "the file does not exist");
        } catch (AccessDeniedException e) {
            return fileProblem(problems, "the file cannot be read: permission denied");
        } catch (IOException e) {
            return cannotRead(problems, e);
        }
    }

    /**
     * Reads a stream to its end, but never more than {@link ReadLimits#maxFileBytes()} plus one byte, so an endless
     * stream cannot hang or exhaust memory. A failing stream is a problem too. The caller closes the stream.
     */
    public Optional<JsonNode> read(InputStream in, Problems problems) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
        } catch (IOException e) {
            return cannotRead(problems, e);
        }
        if (bytes.length > limits.maxFileBytes()) {
            return tooLarge(problems);
        }
        Optional<String> text = decode(bytes, problems);
        return text.isEmpty() ? Optional.empty() : parse(text.get(), problems);
    }

    /** Reads JSON text that is already in memory (its length still counts against the file size limit). */
    public Optional<JsonNode> parse(String text, Problems problems) {
        if (text.length() > limits.maxFileBytes()) {
            return tooLarge(problems);
        }
        // a byte order mark is legal at the start of a UTF-8 file and is invisible in editors
        String content = text.startsWith("\ufeff") ? text.substring(1) : text;
        return new TreeParser(new SourceText(content), limits, problems).parse();
    }

    /**
     * Reads a file that must be valid JSON, naming it in messages by its path as given.
     *
     * @throws ScenarioFileException with every problem found if the file is not valid JSON
     */
    public JsonNode readOrThrow(Path file) throws ScenarioFileException {
        Problems problems = new Problems(file.toString());
        Optional<JsonNode> tree = read(file, problems);
        problems.throwIfAny();
        return tree.orElseThrow();
    }

    /**
     * Reads text that must be valid JSON.
     *
     * @throws ScenarioFileException with every problem found if the text is not valid JSON
     */
    public JsonNode parseOrThrow(String sourceName, String text) throws ScenarioFileException {
        Problems problems = new Problems(sourceName);
        Optional<JsonNode> tree = parse(text, problems);
        problems.throwIfAny();
        return tree.orElseThrow();
    }

    private Optional<String> decode(byte[] bytes, Problems problems) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return fileProblem(problems, "the file is saved as UTF-16; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            SourceText decodedSoFar = new SourceText(out.toString());
            problems.add(decodedSoFar.position(decodedSoFar.length()), JsonPath.ROOT, String.format(
                    "the file is not UTF-8 text (byte 0x%02X cannot start a character here); save it as UTF-8",
                    bytes[in.position()] & 0xFF));
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    private Optional<JsonNode> tooLarge(Problems problems) {
        return fileProblem(problems, "the file is larger than "
                + DataSizeText.format(DataSize.ofBytes(limits.maxFileBytes())) + ", the most a scenario file may be");
    }

    private static Optional<JsonNode> cannotRead(Problems problems, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return fileProblem(problems, "the file cannot be read: " + Quote.escape(reason, '"'));
    }

    private static <T> Optional<T> fileProblem(Problems problems, String message) {
        problems.add(SourcePosition.START, JsonPath.ROOT, message);
        return Optional.empty();
    }
}
