package dev.spinup.app.viewmodel;

import dev.spinup.lesson.Notice;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open lesson's notices ({@link dev.spinup.lesson.Notices}: what {@code spinup run} prints as changing what the
 * numbers mean) for the header's badge and its list; empty, and so not shown, when there are none.
 */
public final class NoticesViewModel {

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Notice> shown = FXCollections.unmodifiableObservableList(notices);
    private final BooleanBinding any = Bindings.isNotEmpty(notices);
    private final StringBinding count = Bindings.createStringBinding(
            () -> notices.size() + (notices.size() == 1 ? " notice" : " notices"), notices);

    /** Shows the notices of a lesson just opened or re-simulated, in place of the last one's. */
    void show(List<Notice> next) {
        notices.setAll(next);
    }

    /** The notices, in the order the terminal prints them. */
    public ObservableList<Notice> notices() {
        return shown;
    }

    /** True when there is at least one notice (the badge shows only then). */
    public BooleanBinding anyProperty() {
        return any;
    }

    /** "1 notice", "3 notices": the badge's words. */
    public StringBinding countProperty() {
        return count;
    }
}
