package dev.spinup.app.viewmodel;

import java.util.Objects;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * What Spinup remembers between sessions, in the user's {@link Preferences}: where the window was and how large,
 * the last lesson, the theme, the font scale and the recent files. Every change is stored at once, so a crash
 * loses nothing; a preference store that cannot be written is ignored (remembering is a convenience).
 */
public final class AppPreferences {

    /** Where the window was: position and size in screen pixels, and whether it filled the screen. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

    /** Font scales a lecture hall may need; anything outside is clamped. */
    public static final double MIN_FONT_SCALE = 0.5;
    public static final double MAX_FONT_SCALE = 3.0;

    private final Preferences node;
    private final RecentFiles recent;
    private final DoubleProperty fontScale = new SimpleDoubleProperty(1);
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public AppPreferences(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
        this.recent = new RecentFiles(node);
        fontScale.set(clamp(node.getDouble("fontScale", 1)));
        dark.set("dark".equals(node.get("theme", "light")));
        fontScale.addListener((obs, was, now) -> {
            double clamped = clamp(now.doubleValue());
            if (clamped != now.doubleValue()) {
                fontScale.set(clamped);
                return;
            }
            node.putDouble("fontScale", clamped);
            flush();
        });
        dark.addListener((obs, was, now) -> {
            node.put("theme", now ? "dark" : "light");
            flush();
        });
    }

    /** The user's own node for Spinup (the recent files were kept there before, and stay). */
    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("dev/spinup/app"));
    }

    private static double clamp(double scale) {
        return Double.isFinite(scale) ? Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, scale)) : 1;
    }

    /** Where the window was last closed, if it ever was. */
    public Optional<WindowPlace> window() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (!(w > 0 && h > 0)) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlace(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    public void window(WindowPlace place) {
        node.putDouble("window.x", place.x());
        node.putDouble("window.y", place.y());
        node.putDouble("window.width", place.width());
        node.putDouble("window.height", place.height());
        node.putBoolean("window.maximized", place.maximized());
        flush();
    }

    /** The lesson open when Spinup last closed: a built-in lesson's name or a file's path. */
    public Optional<String> lastLesson() {
        return Optional.ofNullable(node.get("lastLesson", null)).filter(s -> !s.isBlank());
    }

    public void lastLesson(String nameOrPath) {
        node.put("lastLesson", nameOrPath);
        flush();
    }

    /** Every font of the window is multiplied by this (Ctrl + / Ctrl −, classroom mode bind to it). */
    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    /** The dark theme instead of the light one. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // a read-only preference store must not stop a lesson
        }
    }
}
