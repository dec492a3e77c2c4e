package dev.spinup.report.diagram;

import dev.spinup.report.style.LayerColourKey;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One layer of a stack diagram column: a band across the whole column, or a row of boxes, one per instance. */
public sealed interface DiagramLayer {

    LayerColourKey kind();

    /** A layer shared by everything above it, e.g. "Infrastructure", "Hypervisor", "Docker Engine". */
    record Band(String label, LayerColourKey kind) implements DiagramLayer {
        public Band {
            requireLabel(label);
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A layer every instance has its own copy of, e.g. one "Guest OS" per VM, or "App 1", "App 2", "App 3". */
    record BoxRow(List<String> labels, LayerColourKey kind) implements DiagramLayer {
        public BoxRow {
            labels = List.copyOf(labels);
            if (labels.isEmpty()) {
                throw new IllegalArgumentException("a row of boxes needs at least one box");
            }
            labels.forEach(DiagramLayer::requireLabel);
            Objects.requireNonNull(kind, "kind");
        }

        /** The same label repeated once per instance. */
        public static BoxRow repeated(String label, int instances, LayerColourKey kind) {
            return new BoxRow(Collections.nCopies(instances, label), kind);
        }
    }

    private static void requireLabel(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a diagram layer needs a label");
        }
    }
}
