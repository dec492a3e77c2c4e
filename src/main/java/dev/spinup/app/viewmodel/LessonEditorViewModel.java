package dev.spinup.app.viewmodel;

import dev.spinup.lesson.LessonTexts;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.Lessons;
import dev.spinup.scenario.ScenarioText;
import dev.spinup.scenario.json.AtomicTextFile;
import dev.spinup.scenario.json.JsonNode;
import dev.spinup.scenario.json.JsonPath;
import dev.spinup.scenario.json.JsonTreeReader;
import dev.spinup.scenario.json.Problems;
import dev.spinup.scenario.json.ScenarioFileException;
import dev.spinup.scenario.json.SourcePosition;
import dev.spinup.scenario.json.StringNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lesson editor's state: the lesson's texts and knobs as fields, the draft text they are written into (where
 * each value stands, {@link ScenarioText}), its problems, a preview of the explanation with the open run's
 * figures, and saving. An invalid lesson is never written; unsaved changes are known ({@link #dirtyBinding()}).
 */
public final class LessonEditorViewModel {

    /** A value of the scenario outside its texts that the teacher may change, at its path in the file. */
    public record Knob(String path, String value) {
        public Knob {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }
    }

    private final ObjectProperty<ScenarioText> draft = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty savedText = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty goals = new SimpleStringProperty("");
    private final StringProperty predict = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<RunResult> previewRun = new SimpleObjectProperty<>();
    private final ObservableList<Knob> knobs = FXCollections.observableArrayList();
    private final ProblemsViewModel problems = new ProblemsViewModel();
    private final BooleanBinding dirty;
    private Consumer<ScenarioText> onSaved = saved -> { };
    private boolean loading;

    public LessonEditorViewModel() {
        dirty = Bindings.createBooleanBinding(() -> draft.get() != null
                && !draft.get().text().equals(savedText.get()), draft, savedText);
        field(title, "lesson.title", false);
        field(description, "lesson.description", false);
        field(predict, "lesson.predict", false);
        field(notice, "lesson.notice", false);
        field(goals, "lesson.goals", true);
        notice.addListener((obs, was, now) -> renderPreview());
        previewRun.addListener((obs, was, now) -> renderPreview());
    }

    /** Edits the lesson in {@code text}, saved at {@code path} (empty for a built-in lesson or a new one). */
    public void open(String source, String text, Optional<Path> path) {
        file.set(path.orElse(null));
        savedText.set(path.isPresent() ? text : null);
        show(ScenarioText.of(source, text));
        status.set(path.map(p -> "Editing " + p).orElse("Editing a copy of " + source + ": save it as a file"));
    }

    /** A new lesson starting from the built-in lesson {@code name}; it exists only here until saved as a file. */
    public void newFrom(String name) {
        String text = Lessons.builtInText(name).orElseThrow(() ->
                new IllegalArgumentException("there is no built-in lesson named " + name));
        open("new lesson (from " + name + ")", text, Optional.empty());
        status.set("A new lesson from \"" + name + "\": change it, then save it as a file");
    }

    /** The file changed on disk: edit what it now holds (the caller asked first if there were unsaved changes). */
    public void reload(String text) {
        ScenarioText now = ScenarioText.of(draft.get() == null ? "lesson" : draft.get().source(), text);
        savedText.set(text);
        show(now);
        status.set(now.isValid() ? "Reloaded: the file changed on disk"
                : "The file changed on disk and now has problems; fix them here or in your editor");
    }

    /** Sets a knob from what the teacher typed: text stays text, a number or true/false stays one. */
    public void setKnob(String path, String typed) {
        ScenarioText current = draft.get();
        Optional<JsonNode> old = current.at(path);
        JsonNode value;
        if (old.isPresent() && old.get() instanceof StringNode) {
            value = new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, typed);
        } else {
            Problems ignored = new Problems("value");
            value = JsonTreeReader.withDefaultLimits().parse(typed.strip(), ignored).filter(n -> ignored.isEmpty())
                    .orElseGet(() -> new StringNode(SourcePosition.UNKNOWN, JsonPath.ROOT, typed));
        }
        apply(() -> current.with(path, value));
    }

    /**
     * Writes the draft over its file (atomically); refused with the reason when the lesson has problems or has no
     * file yet. Returns whether it was saved.
     */
    public boolean save() {
        if (file.get() == null) {
            status.set("This lesson has no file yet: use Save as…");
            return false;
        }
        return saveTo(file.get());
    }

    /** Writes the draft to {@code target} and edits that file from now on; refused when the lesson has problems. */
    public boolean saveAs(Path target) {
        return saveTo(target);
    }

    private boolean saveTo(Path target) {
        ScenarioText text = draft.get();
        if (!text.isValid()) {
            int n = text.problems().size();
            status.set("Not saved: the lesson has " + n + (n == 1 ? " problem" : " problems")
                    + "; the file on disk is unchanged");
            return false;
        }
        try {
            AtomicTextFile.write(target, text.text());
        } catch (IOException e) {
            status.set("Not saved: " + target + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
            return false;
        }
        ScenarioText saved = text.renamed(target.toString());
        file.set(target);
        savedText.set(saved.text());
        draft.set(saved);
        status.set("Saved " + target);
        onSaved.accept(saved);
        return true;
    }

    /** Called with the saved text after every successful save (the window then runs the saved lesson). */
    public void setOnSaved(Consumer<ScenarioText> action) {
        onSaved = Objects.requireNonNull(action, "action");
    }

    private void field(StringProperty property, String path, boolean lines) {
        property.addListener((ChangeListener<String>) (obs, was, now) -> {
            if (loading || draft.get() == null) {
                return;
            }
            ScenarioText current = draft.get();
            apply(() -> lines ? current.withTexts(path, goalsOf(now)) : current.withText(path, now));
        });
    }

    static List<String> goalsOf(String text) {
        return Arrays.stream(text.split("\r?\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An edit of the draft, which cannot fail once the text is JSON; a text that is not JSON cannot be edited. */
    private interface Edit {
        ScenarioText apply() throws ScenarioFileException;
    }

    private void apply(Edit edit) {
        try {
            ScenarioText next = edit.apply();
            draft.set(next);
            showProblems(next);
            knobs.setAll(KnobList.of(next));
            status.set(next.isValid() ? "" : next.problems().size()
                    + (next.problems().size() == 1 ? " problem" : " problems") + ": the lesson cannot be saved yet");
        } catch (ScenarioFileException e) {
            status.set("Cannot change the lesson: " + e.problems().get(0).message());
        }
    }

    private void show(ScenarioText text) {
        loading = true;
        try {
            draft.set(text);
            title.set(string(text, "lesson.title"));
            description.set(string(text, "lesson.description"));
            predict.set(string(text, "lesson.predict"));
            notice.set(string(text, "lesson.notice"));
            goals.set(String.join("\n", text.at("lesson.goals")
                    .filter(n -> n instanceof dev.spinup.scenario.json.ArrayNode)
                    .map(n -> ((dev.spinup.scenario.json.ArrayNode) n).elements().stream()
                            .filter(e -> e instanceof StringNode).map(e -> ((StringNode) e).value()).toList())
                    .orElse(List.of())));
            knobs.setAll(KnobList.of(text));
            showProblems(text);
        } finally {
            loading = false;
        }
        renderPreview();
    }

    private void showProblems(ScenarioText text) {
        if (text.isValid()) {
            problems.dismiss();
        } else {
            problems.show(text.source(), text.problems(), Optional.of(text.text()));
        }
    }

    private static String string(ScenarioText text, String path) {
        return text.at(path).filter(n -> n instanceof StringNode).map(n -> ((StringNode) n).value()).orElse("");
    }

    /** The explanation with this run's figures, or why it cannot be shown yet. */
    private void renderPreview() {
        RunResult run = previewRun.get();
        ScenarioText text = draft.get();
        if (run == null || text == null) {
            preview.set("");
            return;
        }
        if (!text.isValid()) {
            boolean noticeProblem = text.problems().stream().anyMatch(p -> p.path().toString()
                    .startsWith("$.lesson.notice"));
            if (noticeProblem) {
                preview.set("(The explanation has a problem; see below.)");
                return;
            }
        }
        try {
            preview.set(LessonTexts.render(notice.get(), run));
        } catch (RuntimeException e) {
            // A placeholder naming a stack this run does not have (the stacks were just edited): say so plainly.
            preview.set("(No preview with the open run: " + e.getMessage() + ")");
        }
    }

    public ReadOnlyObjectProperty<ScenarioText> draftProperty() {
        return draft;
    }

    /** The file being edited; null for a built-in lesson or a new one not yet saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Whether the draft differs from the file as last saved or read (always, for a lesson with no file yet). */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The text last saved or read from the file (null when there is no file). */
    public String savedText() {
        return savedText.get();
    }

    /** Drops the unsaved changes: back to the file as saved, or (a lesson with no file) to nothing. */
    public void discard() {
        if (savedText.get() != null && draft.get() != null) {
            show(ScenarioText.of(draft.get().source(), savedText.get()));
            status.set("Changes discarded");
        } else {
            draft.set(null);
        }
    }

    /** Takes {@code text} as what is on disk, keeping the draft: the teacher chose to keep their changes. */
    public void keepDraftOver(String text) {
        savedText.set(text);
        status.set("The file changed on disk; your unsaved changes are kept (saving will replace it)");
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The learning goals, one a line. */
    public StringProperty goalsProperty() {
        return goals;
    }

    public StringProperty predictProperty() {
        return predict;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** The explanation as students will read it, with the open run's figures. */
    public ReadOnlyStringProperty previewProperty() {
        return preview;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The run whose figures the preview shows (the window's open lesson). */
    public ObjectProperty<RunResult> previewRunProperty() {
        return previewRun;
    }

    public ObservableList<Knob> knobs() {
        return knobs;
    }

    public ProblemsViewModel problems() {
        return problems;
    }
}
