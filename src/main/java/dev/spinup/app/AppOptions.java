package dev.spinup.app;

import dev.spinup.app.viewmodel.MainViewModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's command-line options: the lesson to open, the theme, and a screenshot mode that opens a lesson,
 * moves to a moment and writes the window as a PNG (how the README's pictures are made).
 *
 * @param lesson        a built-in lesson's name or a scenario file's path
 * @param screenshot    where to write the window as PNG, then exit
 * @param atSeconds     the playback moment for the screenshot
 * @param step          the lesson step for the screenshot: predict, observe or explain
 * @param prediction    the answer committed before the screenshot (explain step)
 * @param problemsFile  a (broken) file opened after the lesson, to picture the error panel
 * @param startupProbe  print how long after the JVM started the window was first painted, then exit
 * @param classroom     the screenshot shows classroom mode ({@code --mode=classroom})
 * @param knob          a what-if knob moved before the screenshot, {@code id=value} ({@code --knob=instances=250})
 * @param edit          the screenshot is of the lesson editor with one value edited, {@code path=value}
 *                      ({@code --edit=workload.instances=-5} shows the editor refusing a broken lesson)
 * @param notices       the screenshot shows the notices card open ({@code --notices=open})
 */
public record AppOptions(String lesson, boolean dark, Optional<String> screenshot, double atSeconds, String step,
                         Optional<String> prediction, Optional<String> problemsFile, int width, int height,
                         Optional<String> hover, boolean startupProbe, boolean classroom,
                         Optional<String> knob, Optional<String> edit, boolean notices) {

    /** Reads {@code --key=value} options and an optional lesson as the first plain argument. */
    public static AppOptions parse(Map<String, String> named, List<String> arguments) {
        // JavaFX names only --key=value; a bare --flag arrives among the plain arguments.
        List<String> unnamed = arguments.stream().filter(a -> !a.startsWith("--")).toList();
        boolean probe = named.containsKey("startup-probe") || arguments.contains("--startup-probe");
        String lesson = named.getOrDefault("lesson", unnamed.isEmpty() ? MainViewModel.DEFAULT_LESSON
                : unnamed.get(0));
        String size = named.getOrDefault("size", "1920x1080");
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        int width = 1920;
        int height = 1080;
        if (wh.length == 2) {
            try {
                width = Math.max(800, Math.min(7680, Integer.parseInt(wh[0].strip())));
                height = Math.max(600, Math.min(4320, Integer.parseInt(wh[1].strip())));
            } catch (NumberFormatException e) {
                // keep the default size: a screenshot option is a developer's, not a student's
            }
        }
        double at;
        try {
            at = Double.parseDouble(named.getOrDefault("at", "0").replace("s", "").strip());
        } catch (NumberFormatException e) {
            at = 0;
        }
        return new AppOptions(lesson, "dark".equals(named.get("theme")), Optional.ofNullable(named.get("screenshot")),
                at, named.getOrDefault("step", "observe"), Optional.ofNullable(named.get("predict")),
                Optional.ofNullable(named.get("problems")), width, height, Optional.ofNullable(named.get("hover")),
                probe, "classroom".equals(named.get("mode")), Optional.ofNullable(named.get("knob")),
                Optional.ofNullable(named.get("edit")), "open".equals(named.get("notices")));
    }
}
