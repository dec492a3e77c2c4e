package dev.spinup.app.viewmodel;

import dev.spinup.app.player.NarrationLine;
import dev.spinup.app.player.Narrator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The narration log as playback reaches it: the lines up to the current time, grown and shrunk in place (a run
 * may narrate tens of thousands of lines, so the list is never rebuilt per frame).
 */
public final class NarrationViewModel {

    private final ObservableList<NarrationLine> visible = FXCollections.observableArrayList();
    private Narrator narrator;

    public void load(Narrator newNarrator) {
        this.narrator = newNarrator;
        visible.clear();
    }

    /** Shows the lines of everything that happened by {@code t}. */
    public void showUpTo(long t) {
        if (narrator == null) {
            return;
        }
        int count = narrator.countUpTo(t);
        int shown = visible.size();
        List<NarrationLine> all = narrator.lines();
        if (count > shown) {
            visible.addAll(all.subList(shown, count));
        } else if (count < shown) {
            visible.remove(count, shown);
        }
    }

    /** The lines shown so far, oldest first. */
    public ObservableList<NarrationLine> visibleLines() {
        return visible;
    }

    /** Every line of the run, for search and for tests. */
    public List<NarrationLine> allLines() {
        return narrator == null ? List.of() : narrator.lines();
    }
}
