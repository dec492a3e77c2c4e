package dev.spinup.app.view;

import dev.spinup.app.viewmodel.WhatIfViewModel;
import dev.spinup.scenario.WhatIfKnob;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One knob of the what-if panel: its name and value, a slider with labelled ends (or a choice), and, when it is
 * away from the lesson's value, a mark and a button back. Every move re-simulates, dragging included.
 */
final class KnobRow {

    private final VBox box = new VBox(2);
    private final Label value = new Label();
    private final Button back = new Button("↺");
    private final Control control;
    private final WhatIfViewModel.Knob knob;
    private boolean updating;

    KnobRow(WhatIfViewModel.Knob knob, String stack, WhatIfViewModel model) {
        this.knob = knob;
        WhatIfKnob k = knob.knob();
        Label name = new Label(k.kind().label() + stack);
        name.getStyleClass().add("knob-name");
        value.getStyleClass().add("knob-value");
        back.getStyleClass().addAll("flat", "small", "knob-back");
        back.setTooltip(new Tooltip("Back to the lesson's " + k.display(k.lesson())));
        back.setAccessibleText("back to the lesson's value");
        back.setOnAction(e -> model.reset(k.id()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, name, gap, value, back);
        head.setAlignment(Pos.CENTER_LEFT);
        if (k.isChoice()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(k.choices());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setValue(knob.valueProperty().get());
            choice.valueProperty().addListener((obs, was, now) -> {
                if (!updating && now != null) {
                    model.set(k.id(), now);
                }
            });
            knob.valueProperty().addListener((obs, was, now) -> {
                updating = true;
                choice.setValue(now);
                updating = false;
            });
            control = choice;
        } else {
            Slider slider = new Slider(k.min(), k.max(), Double.parseDouble(knob.valueProperty().get()));
            slider.setShowTickLabels(false);
            slider.valueProperty().addListener((obs, was, now) -> {
                if (!updating) {
                    model.set(k.id(), k.valueOf(now.doubleValue()));
                }
            });
            knob.valueProperty().addListener((obs, was, now) -> {
                updating = true;
                slider.setValue(Double.parseDouble(now));
                updating = false;
            });
            Label low = new Label(k.display(k.valueOf(k.min())));
            Label high = new Label(k.display(k.valueOf(k.max())));
            low.getStyleClass().add("knob-end");
            high.getStyleClass().add("knob-end");
            HBox.setHgrow(slider, Priority.ALWAYS);
            control = slider;
            HBox line = new HBox(6, low, slider, high);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(head, line);
        }
        if (k.isChoice()) {
            box.getChildren().addAll(head, control);
        }
        control.setAccessibleText(k.kind().label() + stack);
        control.setId("knob-" + k.id().replace('@', '-'));
        box.getStyleClass().add("knob");
        box.setId("knob-row-" + k.id().replace('@', '-'));
        knob.valueProperty().addListener((obs, was, now) -> value.setText(k.display(now)));
        knob.changedProperty().addListener((obs, was, now) -> markChanged(now));
        value.setText(k.display(knob.valueProperty().get()));
        markChanged(knob.changedProperty().get());
    }

    private void markChanged(boolean changed) {
        back.setVisible(changed);
        if (changed && !box.getStyleClass().contains("changed")) {
            box.getStyleClass().add("changed");
        } else if (!changed) {
            box.getStyleClass().remove("changed");
        }
    }

    Node node() {
        return box;
    }

    Control control() {
        return control;
    }

    WhatIfViewModel.Knob knob() {
        return knob;
    }
}
