package dev.spinup.report.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks a set of exported files as complete: {@value #FILE_NAME}, written last, lists every file of the set with
 * its SHA-256 in the format of {@code sha256sum}, so {@code sha256sum -c SHA256SUMS} checks a folder. Starting a set
 * removes the previous manifest first and the files it listed, so an interrupted export (killed, disk full,
 * read-only folder) leaves a folder without a manifest, never an old manifest over a mix of old and new files.
 */
public final class ExportManifest {

    /** The manifest's name, as Debian and Ubuntu name theirs. */
    public static final String FILE_NAME = "SHA256SUMS";

    private static final Pattern EXPORTED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(png|svg|pdf|csv)");

    private final ExportDirectory directory;

    private ExportManifest(ExportDirectory directory) {
        this.directory = directory;
    }

    /** Starts a new set in {@code directory}: the previous set's manifest and files are removed. */
    public static ExportManifest begin(ExportDirectory directory) throws IOException {
        Path manifest = directory.directory().resolve(FILE_NAME);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            // only names Spinup itself exports: a manifest planted in the folder cannot make it delete anything else
            List<String> previous = listed(new String(directory.read(FILE_NAME), StandardCharsets.UTF_8)).stream()
                    .filter(name -> EXPORTED.matcher(name).matches()).toList();
            // the manifest goes first: from here on the folder reads as incomplete until the new one is written
            directory.deleteRegularFiles(List.of(FILE_NAME));
            directory.deleteRegularFiles(previous);
        }
        return new ExportManifest(directory);
    }

    /** Writes the manifest of {@code files} (all in this directory), which completes the set; returns its path. */
    public Path finish(List<Path> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            String name = file.getFileName().toString();
            text.append(HexFormat.of().formatHex(sha256(directory.read(name)))).append("  ").append(name)
                    .append('\n');
        }
        return directory.write(FILE_NAME, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code folder} holds a complete set: a manifest whose every file is there with its checksum. */
    public static boolean isComplete(Path folder) throws IOException {
        ExportDirectory directory = new ExportDirectory(folder);
        if (!Files.isRegularFile(folder.resolve(FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        for (String line : new String(directory.read(FILE_NAME), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.split(" {2}", 2);
            if (parts.length != 2 || !Files.isRegularFile(folder.resolve(parts[1]), LinkOption.NOFOLLOW_LINKS)
                    || !HexFormat.of().formatHex(sha256(directory.read(parts[1]))).equals(parts[0])) {
                return false;
            }
        }
        return true;
    }

    private static List<String> listed(String manifest) {
        List<String> names = new ArrayList<>();
        for (String line : manifest.split("\n")) {
            String[] parts = line.split(" {2}", 2);
            if (parts.length == 2) {
                names.add(parts[1]);
            }
        }
        return names;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
