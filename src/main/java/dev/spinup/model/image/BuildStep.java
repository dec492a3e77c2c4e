package dev.spinup.model.image;

import dev.spinup.model.DataSize;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** One Dockerfile instruction after {@code FROM}, with what executing it costs. */
public sealed interface BuildStep {

    /** The instruction as written, e.g. "RUN npm ci"; part of the build-cache key. */
    String instruction();

    /** The hash of the files the step reads from the build context; "" for steps that read none. */
    String contentHash();

    /** Single-core CPU time executing the step takes. */
    Duration cpuTime();

    /** The size of the layer the step writes; empty for a step that makes no layer. */
    Optional<DataSize> layerSize();

    /**
     * {@code RUN command}: {@code cpu} of single-core work, writing {@code output} into a new layer. Its cache key
     * is the command text alone, so a cached {@code RUN apt-get update} never sees new packages.
     */
    record Run(String command, Duration cpu, DataSize output) implements BuildStep {
        public Run {
            requireText(command, "RUN needs a command");
            Objects.requireNonNull(cpu, "cpu");
            Objects.requireNonNull(output, "output");
            if (cpu.isNegative()) {
                throw new IllegalArgumentException("RUN " + command + ": negative CPU time " + cpu);
            }
        }

        @Override
        public String instruction() {
            return "RUN " + command;
        }

        @Override
        public String contentHash() {
            return "";
        }

        @Override
        public Duration cpuTime() {
            return cpu;
        }

        @Override
        public Optional<DataSize> layerSize() {
            return Optional.of(output);
        }
    }

    /**
     * {@code COPY source}: writes {@code size} bytes from the build context into a new layer; {@code contentHash}
     * stands for the copied files' checksum, so editing them invalidates this step and every step after it.
     */
    record Copy(String source, String contentHash, DataSize size) implements BuildStep {
        public Copy {
            requireText(source, "COPY needs a source");
            requireText(contentHash, "COPY " + source + " needs a content hash");
            Objects.requireNonNull(size, "size");
        }

        @Override
        public String instruction() {
            return "COPY " + source;
        }

        @Override
        public Duration cpuTime() {
            return Duration.ZERO;
        }

        @Override
        public Optional<DataSize> layerSize() {
            return Optional.of(size);
        }
    }

    /**
     * An instruction that only changes the image configuration ({@code ENV}, {@code WORKDIR}, {@code CMD},
     * {@code EXPOSE}...): no layer and no cost, but it is part of the cache key of every step after it.
     */
    record Metadata(String instruction) implements BuildStep {
        public Metadata {
            requireText(instruction, "a metadata step needs its instruction, e.g. \"ENV NODE_ENV=production\"");
        }

        @Override
        public String contentHash() {
            return "";
        }

        @Override
        public Duration cpuTime() {
            return Duration.ZERO;
        }

        @Override
        public Optional<DataSize> layerSize() {
            return Optional.empty();
        }
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }
}
