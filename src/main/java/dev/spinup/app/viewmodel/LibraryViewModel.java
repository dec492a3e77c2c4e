package dev.spinup.app.viewmodel;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The built-in lesson library with its search box: each lesson's name, title and what it teaches. */
public final class LibraryViewModel {

    /** One lesson as the library lists it. */
    public record Entry(String name, String title, String description) {
        boolean matches(String query) {
            String q = query.toLowerCase(Locale.ROOT).strip();
            return q.isEmpty() || name.toLowerCase(Locale.ROOT).contains(q)
                    || title.toLowerCase(Locale.ROOT).contains(q) || description.toLowerCase(Locale.ROOT).contains(q);
        }
    }

    private final ObservableList<Entry> all = FXCollections.observableArrayList();
    private final FilteredList<Entry> shown = new FilteredList<>(all, e -> true);
    private final StringProperty query = new SimpleStringProperty("");

    public LibraryViewModel() {
        query.addListener((obs, was, now) -> shown.setPredicate(e -> e.matches(now == null ? "" : now)));
    }

    public void setLessons(List<Entry> lessons) {
        all.setAll(lessons);
    }

    /** Every built-in lesson, unfiltered (the templates a new lesson starts from). */
    public ObservableList<Entry> lessons() {
        return all;
    }

    public ObservableList<Entry> shownLessons() {
        return shown;
    }

    public StringProperty queryProperty() {
        return query;
    }
}
