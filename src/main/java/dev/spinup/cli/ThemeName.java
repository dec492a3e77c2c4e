package dev.spinup.cli;

import dev.spinup.report.style.Theme;

/** The theme names the command line accepts; "light" is the on-screen theme. */
enum ThemeName {
    LIGHT(Theme.SCREEN),
    SCREEN(Theme.SCREEN),
    PROJECTOR(Theme.PROJECTOR),
    PRINT(Theme.PRINT),
    DARK(Theme.DARK);

    private final Theme theme;

    ThemeName(Theme theme) {
        this.theme = theme;
    }

    Theme theme() {
        return theme;
    }
}
