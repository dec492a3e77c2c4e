package dev.spinup.app.viewmodel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Follows one file on disk from a daemon thread (a {@link WatchService} on its folder, so a save that renames a new
 * file over it is seen too) and hands each new text to {@code changed} on the delivery executor (the FX thread).
 * A text equal to the one last known (the app's own save, an editor touching the file) is not delivered.
 */
public final class FileWatch implements AutoCloseable {

    /** Editors write in bursts (truncate, write, rename): events this close together are read once. */
    private static final long SETTLE_MILLIS = 60;
    /** Larger files are not lessons (the reader would refuse them); the watch reports them without their text. */
    private static final long MOST_BYTES = LessonOpener.MOST_TEXT_BYTES;

    private final Path file;
    private final WatchService service;
    private final AtomicReference<String> known;
    private final Thread thread;

    private FileWatch(Path file, String knownText, Executor deliver, Consumer<String> changed) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.known = new AtomicReference<>(knownText);
        Path folder = Objects.requireNonNull(this.file.getParent(), "a file has a folder");
        this.service = folder.getFileSystem().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(() -> run(deliver, changed), "spinup-watch-" + this.file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts following {@code file}, whose text is now {@code knownText}. */
    public static FileWatch start(Path file, String knownText, Executor deliver, Consumer<String> changed)
            throws IOException {
        return new FileWatch(file, knownText, deliver, changed);
    }

    /** The text now on disk as the app knows it (after its own save), so it is not reported as a change. */
    public void known(String text) {
        known.set(text);
    }

    public Path file() {
        return file;
    }

    private void run(Executor deliver, Consumer<String> changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                do {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        Object context = event.context();
                        ours |= event.kind() == StandardWatchEventKinds.OVERFLOW
                                || (context instanceof Path name && name.equals(file.getFileName()));
                    }
                    key.reset();
                    key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (!ours) {
                    continue;
                }
                Optional<String> text = read();
                // a deleted or unreadable file is not a new lesson: keep what is open until it comes back
                if (text.isPresent() && !text.get().equals(known.getAndSet(text.get()))) {
                    String now = text.get();
                    deliver.execute(() -> changed.accept(now));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<String> read() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MOST_BYTES) {
                return Optional.empty();
            }
            // not UTF-8 decodes with replacement characters: the window reopens the file itself and explains it
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException notUtf8) {
            return Optional.of(new String(readBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private byte[] readBytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing a watch only stops notifications; nothing to save or lose
        }
        thread.interrupt();
    }

    static boolean isFile(String source) {
        try {
            return Files.isRegularFile(Path.of(source), LinkOption.NOFOLLOW_LINKS);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
