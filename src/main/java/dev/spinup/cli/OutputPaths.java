package dev.spinup.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the commands write, checked before anything is simulated: an {@code --out} folder that is an existing
 * file, a picture that would overwrite the scenario it is drawn from, or a default folder name that would climb out
 * of {@code out/} are refused with the reason; and why a write failed, in plain words.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /** The folder to write a report into: {@code --out}, or {@code out/<safe name of the scenario><suffix>}. */
    static Path folder(Optional<Path> out, String scenario, String suffix) {
        Path folder = out.orElseGet(() -> Path.of("out", safeName(scenario) + suffix));
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--out " + folder + " is an existing file, not a folder; name a"
                    + " folder (it is created if missing)");
        }
        return folder;
    }

    /**
     * The picture file {@code diagram} writes: named .png, .svg or .pdf, not a folder, not a device or FIFO, and
     * never the scenario file it is drawn from.
     */
    static Path picture(Path out, Optional<String> scenario) throws IOException {
        String name = Optional.ofNullable(out.getFileName()).map(Path::toString).orElse("")
                .toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".pdf"))) {
            throw new IllegalArgumentException("--out " + out + " must name a .png, .svg or .pdf file");
        }
        if (Files.exists(out)) {
            if (!Files.isRegularFile(out)) {
                throw new IllegalArgumentException("--out " + out + " exists and is not a regular file");
            }
            if (scenario.isPresent() && Files.exists(Path.of(scenario.get()))
                    && Files.isSameFile(out, Path.of(scenario.get()))) {
                throw new IllegalArgumentException("--out " + out + " is the scenario file itself; the picture would"
                        + " overwrite the lesson");
            }
        }
        return out;
    }

    /**
     * A folder name from a lesson's name or a file's path: the file name without ".json", every character outside
     * letters, digits, '.', '_' and '-' replaced, no leading dots; "scenario" when nothing is left (as for
     * "...json"), so a default folder is always a plain child of {@code out/}.
     */
    static String safeName(String nameOrPath) {
        String file = nameOrPath.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        if (file.toLowerCase(Locale.ROOT).endsWith(".json")) {
            file = file.substring(0, file.length() - ".json".length());
        }
        String safe = file.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "scenario" : safe;
    }

    /** Why a write failed, naming the file and the reason the system gave. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        if (e instanceof NotDirectoryException notFolder) {
            return notFolder.getFile() + ": is not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
