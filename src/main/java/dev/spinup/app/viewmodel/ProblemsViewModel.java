package dev.spinup.app.viewmodel;

import dev.spinup.scenario.json.Problem;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The problems of a scenario file that could not be opened, and the file's text around the selected one, so a
 * teacher sees the very line. The lesson that was open stays open meanwhile.
 */
public final class ProblemsViewModel {

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<Problem> selected = new SimpleObjectProperty<>();
    private final StringProperty excerpt = new SimpleStringProperty("");
    private final BooleanProperty showing = new SimpleBooleanProperty();
    private List<String> lines = List.of();

    public ProblemsViewModel() {
        selected.addListener((obs, was, now) -> excerpt.set(now == null ? "" : excerptAround(now)));
    }

    /** Shows the problems of {@code sourceName}, whose text (if it could be read) is {@code text}. */
    public void show(String sourceName, List<Problem> found, Optional<String> text) {
        source.set(sourceName);
        lines = text.map(t -> List.of(t.split("\r?\n", -1))).orElse(List.of());
        problems.setAll(found);
        showing.set(true);
        selected.set(found.isEmpty() ? null : found.get(0));
    }

    public void dismiss() {
        showing.set(false);
        problems.clear();
        selected.set(null);
        lines = List.of();
    }

    /** Up to two lines either side of the problem's line, numbered, with a caret under its column. */
    String excerptAround(Problem problem) {
        int line = problem.position().line();
        if (line < 1 || line > lines.size()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int from = Math.max(1, line - 2);
        int to = Math.min(lines.size(), line + 2);
        int width = String.valueOf(to).length();
        for (int i = from; i <= to; i++) {
            String number = String.format(java.util.Locale.ROOT, "%" + width + "d", i);
            text.append(i == line ? "> " : "  ").append(number).append(" | ").append(lines.get(i - 1)).append('\n');
            if (i == line && problem.position().column() > 0) {
                text.append("  ").append(" ".repeat(width)).append(" | ")
                        .append(" ".repeat(problem.position().column() - 1)).append("^\n");
            }
        }
        return text.toString();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<Problem> selectedProperty() {
        return selected;
    }

    public StringProperty excerptProperty() {
        return excerpt;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing;
    }
}
