package dev.spinup.scenario;

import dev.spinup.model.catalogue.Cited;
import dev.spinup.model.catalogue.Source;

/** A value the scenario file sets in place of the catalogue default, cited as the lesson's own choice. */
final class LessonSetting {

    private LessonSetting() {
    }

    static <T> Cited<T> cite(T value) {
        return Cited.of(value, Source.LESSON_SETTING);
    }
}
