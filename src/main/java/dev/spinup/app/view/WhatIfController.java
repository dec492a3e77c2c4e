package dev.spinup.app.view;

import dev.spinup.app.player.TeacherAction;
import dev.spinup.app.viewmodel.PlayerViewModel;
import dev.spinup.app.viewmodel.WhatIfViewModel;
import dev.spinup.engine.SimTime;
import dev.spinup.scenario.WhatIfKnob;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * Binds the what-if panel to its {@link WhatIfViewModel}: a row per knob, comparing two versions of a stack, and
 * the teacher's actions at the playback time.
 */
public final class WhatIfController {

    @FXML private ScrollPane panel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button resetAllButton;
    @FXML private Label problemLabel;
    @FXML private VBox knobBox;
    @FXML private ComboBox<WhatIfKnob> compareKnob;
    @FXML private ComboBox<String> compareStack;
    @FXML private ComboBox<String> compareValue;
    @FXML private Button compareButton;
    @FXML private Button stopCompareButton;
    @FXML private Label actTitle;
    @FXML private Spinner<Integer> countSpinner;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Button buildButton;
    @FXML private ComboBox<String> hostBox;
    @FXML private Button failButton;
    @FXML private ListView<TeacherAction> actionList;
    @FXML private Button undoButton;

    private WhatIfViewModel model;
    private final List<KnobRow> rows = new ArrayList<>();

    /** Connects the panel to the view models; call once, after loading the FXML. */
    public void bind(WhatIfViewModel whatIf, PlayerViewModel player, javafx.scene.control.ToggleButton toggle) {
        this.model = whatIf;
        panel.visibleProperty().bind(toggle.selectedProperty());
        panel.managedProperty().bind(toggle.selectedProperty());
        toggle.setTooltip(new Tooltip("Change the lesson's knobs, compare two versions of a stack, act on the run"));
        busyIndicator.visibleProperty().bind(whatIf.busyProperty());
        resetAllButton.disableProperty().bind(whatIf.anyChangedProperty().not());
        resetAllButton.setOnAction(e -> whatIf.resetAll());
        problemLabel.textProperty().bind(whatIf.problemProperty());
        problemLabel.visibleProperty().bind(whatIf.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        whatIf.knobs().addListener((ListChangeListener<WhatIfViewModel.Knob>) c -> fillKnobs());
        bindCompare();
        bindActions(player);
        fillKnobs();
    }

    /** The panel itself, to show or hide beside the stage. */
    public ScrollPane panel() {
        return panel;
    }

    /** The rows of knobs, for tests and screenshots. */
    List<KnobRow> rows() {
        return rows;
    }

    private void fillKnobs() {
        knobBox.getChildren().clear();
        rows.clear();
        for (WhatIfViewModel.Knob knob : model.knobs()) {
            String stack = knob.knob().stack().map(id -> " · " + stackLabel(knob.knob())).orElse("");
            KnobRow row = new KnobRow(knob, stack, model);
            rows.add(row);
            knobBox.getChildren().add(row.node());
        }
        compareKnob.getItems().setAll(model.knobs().stream().map(WhatIfViewModel.Knob::knob).toList());
        compareStack.getItems().setAll(model.stacks());
    }

    private String stackLabel(WhatIfKnob knob) {
        return knob.stackIndex() < model.stacks().size() ? model.stacks().get(knob.stackIndex())
                : knob.stack().orElse("");
    }

    private void bindCompare() {
        compareKnob.setCellFactory(v -> new KnobCell());
        compareKnob.setButtonCell(new KnobCell());
        compareKnob.valueProperty().addListener((obs, was, knob) -> {
            compareValue.getItems().clear();
            compareValue.setValue(null);
            if (knob == null) {
                return;
            }
            if (knob.isChoice()) {
                compareValue.getItems().setAll(knob.choices().stream()
                        .filter(c -> !c.equals(model.sessionProperty().get().value(knob))).toList());
            } else {
                compareValue.getItems().setAll(List.of(knob.valueOf(knob.min()), knob.valueOf(knob.max()),
                        knob.valueOf((knob.min() + knob.max()) / 2)));
            }
            compareStack.setDisable(knob.stackIndex() >= 0);
            if (knob.stackIndex() >= 0) {
                compareStack.getSelectionModel().select(knob.stackIndex());
            }
        });
        compareButton.disableProperty().bind(compareKnob.valueProperty().isNull()
                .or(compareValue.valueProperty().isNull()));
        compareButton.setOnAction(e -> {
            WhatIfKnob knob = compareKnob.getValue();
            int stack = Math.max(0, compareStack.getSelectionModel().getSelectedIndex());
            String value = compareValue.getValue().strip();
            model.compare(stack, knob.id(), knob.isChoice() ? value : knob.valueOf(parse(value, knob.max())));
        });
        stopCompareButton.setOnAction(e -> model.stopComparing());
        model.sessionProperty().addListener((obs, was, now) ->
                stopCompareButton.setDisable(now == null || now.comparison().isEmpty()));
        stopCompareButton.setDisable(true);
        tip(compareButton, "Run this stack twice, the second time with the knob changed: same workload, same hardware,"
                + " the same random numbers, so the difference is the knob alone");
    }

    private static double parse(String text, double fallback) {
        try {
            return Double.parseDouble(text.replaceAll("[^0-9.]", ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void bindActions(PlayerViewModel player) {
        countSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1000, 10));
        player.timeProperty().addListener((obs, was, now) -> actTitle.setText("Act at " + SimTime.format(
                now.longValue())));
        actTitle.setText("Act at " + SimTime.format(player.timeProperty().get()));
        startButton.setOnAction(e -> model.startMore(countSpinner.getValue()));
        stopButton.setOnAction(e -> model.stop(countSpinner.getValue()));
        buildButton.setOnAction(e -> model.rebuild());
        buildButton.visibleProperty().bind(model.canBuildProperty());
        buildButton.managedProperty().bind(model.canBuildProperty());
        hostBox.setItems(model.hosts());
        model.hosts().addListener((ListChangeListener<String>) c -> hostBox.getSelectionModel().selectFirst());
        hostBox.getSelectionModel().selectFirst();
        failButton.disableProperty().bind(hostBox.valueProperty().isNull());
        failButton.setOnAction(e -> model.failHost(hostBox.getValue()));
        actionList.setItems(model.actions());
        actionList.setPlaceholder(new Label("No actions yet: what you do here joins the lesson's timeline"));
        actionList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TeacherAction action, boolean empty) {
                super.updateItem(action, empty);
                setText(empty || action == null ? null : action.describe());
            }
        });
        undoButton.disableProperty().bind(actionList.getSelectionModel().selectedItemProperty().isNull());
        undoButton.setOnAction(e -> model.undo(actionList.getSelectionModel().getSelectedIndex()));
        tip(startButton, "docker run … × N (or virsh start): N more instances from this moment");
        tip(stopButton, "docker stop: the N most recently started instances that are still running");
        tip(buildButton, "Edit the code the last COPY reads and run the lesson's docker build again, now");
        tip(failButton, "The host goes down now: everything on it fails");
    }

    private static void tip(javafx.scene.control.Control control, String text) {
        control.setTooltip(new Tooltip(text));
    }

    /** A knob in the compare box, by its label and stack. */
    private final class KnobCell extends ListCell<WhatIfKnob> {
        @Override
        protected void updateItem(WhatIfKnob knob, boolean empty) {
            super.updateItem(knob, empty);
            setText(empty || knob == null ? null
                    : knob.kind().label() + knob.stack().map(s -> " · " + stackLabel(knob)).orElse(""));
        }
    }
}
