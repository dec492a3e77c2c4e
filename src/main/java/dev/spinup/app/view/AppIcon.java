package dev.spinup.app.view;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Spinup's icon at the sizes window managers pick from (drawn by {@code scripts/make-icon}). */
public final class AppIcon {

    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** Gives {@code stage} the icon in every size. */
    public static void addTo(Stage stage) {
        for (int size : SIZES) {
            stage.getIcons().add(image(size));
        }
    }

    static Image image(int size) {
        String name = "/dev/spinup/app/icon/spinup-" + size + ".png";
        try (InputStream in = Objects.requireNonNull(AppIcon.class.getResourceAsStream(name), name)) {
            return new Image(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the icon " + name + " is missing from the jar", e);
        }
    }
}
