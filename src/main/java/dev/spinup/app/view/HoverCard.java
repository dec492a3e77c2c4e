package dev.spinup.app.view;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Fills and places the hover card: its heading, its lines (the source line styled as one), beside the pointer. */
final class HoverCard {

    private HoverCard() {
    }

    static void show(VBox card, Region holder, String heading, List<String> lines, double x, double y) {
        card.getChildren().clear();
        Label title = new Label(heading);
        title.getStyleClass().add("hover-title");
        card.getChildren().add(title);
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            if (line.startsWith("Source")) {
                label.getStyleClass().add("hover-source");
            }
            card.getChildren().add(label);
        }
        card.setTranslateX(Math.min(x + 16, Math.max(0, holder.getWidth() - 470)));
        card.setTranslateY(Math.min(y + 16, Math.max(0, holder.getHeight() - 220)));
        card.setVisible(true);
    }
}
