package dev.spinup.app.viewmodel;

import dev.spinup.report.export.ExportSize;

/** The sizes slides come in: a full-HD and an HD 16:9 slide, and a 4:3 one for older projectors. */
public enum SlidePreset {
    FULL_HD(1920, 1080, "1920 × 1080 (16:9)"),
    HD(1280, 720, "1280 × 720 (16:9)"),
    FOUR_THREE(1024, 768, "1024 × 768 (4:3)");

    private final int width;
    private final int height;
    private final String label;

    SlidePreset(int width, int height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    public ExportSize size() {
        return new ExportSize(width, height);
    }

    @Override
    public String toString() {
        return label;
    }
}
