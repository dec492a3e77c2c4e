package dev.spinup.app.view;

import dev.spinup.app.viewmodel.NoticesViewModel;
import dev.spinup.lesson.Notice;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The header's notice badge ("⚠ 2 notices", only when there are some) and the card it opens over the stage's top
 * corner, one row per notice: its kind's title and its text, the same line {@code spinup run} prints.
 */
final class NoticeList {

    private NoticeList() {
    }

    /** Binds the badge, the card and its rows to {@code notices}; a lesson without notices shows neither. */
    static void bind(NoticesViewModel notices, ToggleButton badge, VBox card, VBox rows, Button close) {
        badge.textProperty().bind(notices.countProperty());
        badge.visibleProperty().bind(notices.anyProperty());
        badge.managedProperty().bind(notices.anyProperty());
        badge.setTooltip(new Tooltip("What changes what this run's numbers mean (as `spinup run` prints it)"));
        card.visibleProperty().bind(badge.selectedProperty().and(notices.anyProperty()));
        close.setOnAction(e -> badge.setSelected(false));
        close.setTooltip(new Tooltip("Close the notices (Esc)"));
        notices.notices().addListener((ListChangeListener<Notice>) c -> fill(notices, rows));
        fill(notices, rows);
    }

    private static void fill(NoticesViewModel notices, VBox rows) {
        rows.getChildren().clear();
        for (Notice notice : notices.notices()) {
            Label title = new Label(notice.kind().title());
            title.getStyleClass().add("notice-title");
            Label text = new Label(notice.text());
            text.getStyleClass().addAll("card-text", "notice-text");
            text.setWrapText(true);
            VBox row = new VBox(2, title, text);
            row.getStyleClass().add("notice");
            rows.getChildren().add(row);
        }
    }
}
