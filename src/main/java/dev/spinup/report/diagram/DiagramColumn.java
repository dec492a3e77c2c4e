package dev.spinup.report.diagram;

import dev.spinup.report.diagram.DiagramLayer.Band;
import dev.spinup.report.diagram.DiagramLayer.BoxRow;
import dev.spinup.report.style.LayerColourKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One stack in a stack diagram: a title and its layers from the hardware up. When {@code instanceLabel} is
 * given ("VM", "Container"), each instance's boxes are framed together under that label, which requires the box
 * rows to sit on top of all bands and to have one box per instance each.
 */
public record DiagramColumn(String title, List<DiagramLayer> layersBottomUp, Optional<String> instanceLabel) {

    public DiagramColumn {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a diagram column needs a title");
        }
        layersBottomUp = List.copyOf(layersBottomUp);
        if (layersBottomUp.isEmpty()) {
            throw new IllegalArgumentException("column \"" + title + "\" has no layers");
        }
        Objects.requireNonNull(instanceLabel, "instanceLabel");
        if (instanceLabel.isPresent()) {
            requireFrameable(title, layersBottomUp);
        }
    }

    /** Index of the first box row (bottom-up), or the layer count when there is none. */
    public int firstBoxRow() {
        return IntStream.range(0, layersBottomUp.size()).filter(i -> layersBottomUp.get(i) instanceof BoxRow)
                .findFirst().orElse(layersBottomUp.size());
    }

    /** How many instances the framed box rows describe; 0 when nothing is framed. */
    public int framedInstances() {
        if (instanceLabel.isEmpty() || firstBoxRow() == layersBottomUp.size()) {
            return 0;
        }
        return ((BoxRow) layersBottomUp.get(firstBoxRow())).labels().size();
    }

    /** Virtual machines on a type-1 hypervisor, each with its own guest OS, libraries and one app. */
    public static DiagramColumn vmsOnType1Hypervisor(int apps) {
        return new DiagramColumn("Virtual machines on a type-1 hypervisor", List.of(
                new Band("Infrastructure", LayerColourKey.INFRASTRUCTURE),
                new Band("Hypervisor (type 1)", LayerColourKey.HYPERVISOR),
                BoxRow.repeated("Guest OS", apps, LayerColourKey.GUEST_OS),
                BoxRow.repeated("Bins/Libs", apps, LayerColourKey.BINS_LIBS),
                new BoxRow(appLabels(apps), LayerColourKey.APP)), Optional.of("VM"));
    }

    /** Containers on Docker: one shared host kernel, each container with its own libraries and one app. */
    public static DiagramColumn containersOnDocker(int apps) {
        return new DiagramColumn("Containers on Docker", List.of(
                new Band("Infrastructure", LayerColourKey.INFRASTRUCTURE),
                new Band("Host operating system", LayerColourKey.HOST_OS),
                new Band("Docker Engine", LayerColourKey.CONTAINER_ENGINE),
                BoxRow.repeated("Bins/Libs", apps, LayerColourKey.BINS_LIBS),
                new BoxRow(appLabels(apps), LayerColourKey.APP)), Optional.of("Container"));
    }

    private static List<String> appLabels(int apps) {
        if (apps < 1) {
            throw new IllegalArgumentException("a stack diagram needs at least one app, not " + apps);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= apps; i++) {
            labels.add("App " + i);
        }
        return labels;
    }

    private static void requireFrameable(String title, List<DiagramLayer> layers) {
        int boxes = -1;
        boolean inBoxes = false;
        for (DiagramLayer layer : layers) {
            if (layer instanceof BoxRow row) {
                inBoxes = true;
                if (boxes >= 0 && row.labels().size() != boxes) {
                    throw new IllegalArgumentException("column \"" + title
                            + "\" frames its instances, so every box row needs the same number of boxes");
                }
                boxes = row.labels().size();
            } else if (inBoxes) {
                throw new IllegalArgumentException("column \"" + title
                        + "\" frames its instances, so no band may sit above a box row");
            }
        }
    }
}
