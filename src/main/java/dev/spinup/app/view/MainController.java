package dev.spinup.app.view;

import dev.spinup.app.player.ArmTrack;
import dev.spinup.app.player.InstanceExplanation;
import dev.spinup.app.player.LessonStep;
import dev.spinup.app.player.NarrationLine;
import dev.spinup.app.player.WhatIfSession;
import dev.spinup.app.player.Pacing;
import dev.spinup.app.viewmodel.LessonViewModel;
import dev.spinup.app.viewmodel.LibraryViewModel;
import dev.spinup.app.viewmodel.LoadedLesson;
import dev.spinup.app.viewmodel.MainViewModel;
import dev.spinup.app.viewmodel.PlayerViewModel;
import dev.spinup.engine.SimTime;
import dev.spinup.report.charts.Chart;
import dev.spinup.report.charts.StackColours;
import dev.spinup.scenario.StackChoice;
import dev.spinup.scenario.json.Problem;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Binds the main window's FXML to the {@link MainViewModel}: the controller wires events to commands and
 * properties to controls, and decides nothing about the lesson itself.
 */
public final class MainController {

    static final List<Double> SPEEDS = List.of(0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 100.0, 1000.0);
    /** The chart cursor follows playback at most this often (a chart repaint is dearer than a stage frame). */
    private static final long CURSOR_EVERY_NANOS = 100_000_000L;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private javafx.scene.control.Menu fileMenu;
    @FXML private javafx.scene.control.Menu viewMenu;
    @FXML private javafx.scene.control.Menu helpMenu;
    @FXML private ToggleButton libraryToggle;
    @FXML private Label lessonTitle;
    @FXML private ToggleButton noticesToggle;
    @FXML private VBox noticesPane;
    @FXML private VBox noticesList;
    @FXML private Button closeNoticesButton;
    @FXML private Label appName;
    @FXML private Label appNameSeparator;
    @FXML private Label stepPredict;
    @FXML private Label stepObserve;
    @FXML private Label stepExplain;
    @FXML private ToggleButton whatIfToggle;
    @FXML private Button classroomButton;
    @FXML private WhatIfController whatIfController;
    @FXML private Button openButton;
    @FXML private MenuButton recentMenu;
    @FXML private VBox libraryPane;
    @FXML private TextField librarySearch;
    @FXML private ListView<LibraryViewModel.Entry> libraryList;
    @FXML private SplitPane mainSplit;
    @FXML private StackPane stageHolder;
    @FXML private StageView stageView;
    @FXML private ClusterView clusterView;
    @FXML private javafx.scene.layout.FlowPane legendBox;
    @FXML private VBox predictCard;
    @FXML private Label predictTitle;
    @FXML private Label predictDescription;
    @FXML private VBox goalsBox;
    @FXML private Label predictQuestion;
    @FXML private TextField predictAnswer;
    @FXML private Button commitButton;
    @FXML private Button skipButton;
    @FXML private VBox revealCard;
    @FXML private Label revealPrediction;
    @FXML private GridPane outcomeGrid;
    @FXML private Label revealExplanation;
    @FXML private Button watchAgainButton;
    @FXML private Button closeRevealButton;
    @FXML private VBox problemsPane;
    @FXML private Label problemsTitle;
    @FXML private Label problemsKeep;
    @FXML private ListView<Problem> problemsList;
    @FXML private TextArea problemExcerpt;
    @FXML private Button dismissProblemsButton;
    @FXML private VBox hoverCard;
    @FXML private VBox loadingPane;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label loadingText;
    @FXML private Button cancelLoadingButton;
    @FXML private Button resetButton;
    @FXML private Button backButton;
    @FXML private Button playButton;
    @FXML private FontIcon playIcon;
    @FXML private Button forwardButton;
    @FXML private Button endButton;
    @FXML private Label timeLabel;
    @FXML private TimelineScrubber scrubber;
    @FXML private Label endLabel;
    @FXML private HBox transport;
    @FXML private ComboBox<Double> speedBox;
    @FXML private ToggleButton pacingToggle;
    @FXML private TabPane chartTabs;
    private final DoubleProperty chartFontScale = new SimpleDoubleProperty(1);
    @FXML private ListView<NarrationLine> narrationList;
    @FXML private Label statusLabel;

    private MainViewModel model;
    private java.util.function.BiConsumer<ChartViewer, Chart> chartDecorator = (viewer, chart) -> { };
    private final List<ChartCursor> cursors = new ArrayList<>();
    private StackColours colours;
    private long lastCursorUpdate;
    private boolean revealDismissed;
    private final AnimationTimer pulse = new AnimationTimer() {
        private long last = -1;

        @Override
        public void handle(long now) {
            long wall = last < 0 ? 0 : Math.min(now - last, 100_000_000L);
            last = now;
            if (!model.player().playingProperty().get()) {
                last = -1;
                return;
            }
            model.player().frame(wall);
        }
    };

    /** Connects the window to its view model; call once, after loading the FXML. */
    public void bind(MainViewModel viewModel) {
        this.model = viewModel;
        bindHeader();
        bindLibrary();
        bindPredict();
        bindReveal();
        bindProblems();
        NoticeList.bind(model.notices(), noticesToggle, noticesPane, noticesList, closeNoticesButton);
        bindLoading();
        bindTransport();
        bindStage();
        ClusterHover.bind(clusterView, model.cluster(), hoverCard, stageHolder);
        clusterView.fontScaleProperty().bind(stageView.fontScaleProperty());
        bindNarration();
        bindCharts();
        whatIfController.bind(model.whatIf(), model.player(), whatIfToggle);
        model.loadedProperty().addListener((obs, was, now) -> showLesson(now));
        pulse.start();
    }

    /** The window's keyboard: Space, arrows, Home, End, Ctrl+O, as the README lists them. */
    public void installShortcuts(Scene scene) {
        ClassroomMode.install(scene, this, model.classroom(), model.player());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            PlayerViewModel p = model.player();
            // Ctrl+O is File > Open…'s accelerator (TeacherMenus)
            if (typing) {
                return;
            } else if (e.getCode() == KeyCode.SPACE) {
                p.togglePlaying();
            } else if (e.getCode() == KeyCode.RIGHT) {
                if (e.isShiftDown()) {
                    p.jump(PlayerViewModel.JUMP_NANOS);
                } else {
                    p.stepForward();
                }
            } else if (e.getCode() == KeyCode.LEFT) {
                if (e.isShiftDown()) {
                    p.jump(-PlayerViewModel.JUMP_NANOS);
                } else {
                    p.stepBack();
                }
            } else if (e.getCode() == KeyCode.HOME) {
                p.reset();
            } else if (e.getCode() == KeyCode.END) {
                p.toEnd();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hoverCard.setVisible(false);
                noticesToggle.setSelected(false);
                if (revealCard.isVisible()) {
                    closeReveal();
                }
            } else {
                return;
            }
            e.consume();
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (!files.isEmpty()) {
                model.open(files.get(0).getPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private void bindHeader() {
        // the lesson's title was written for its own values: after a what-if change it says what the run changed
        lessonTitle.textProperty().bind(Bindings.createStringBinding(() -> WhatIfSession.titled(
                        model.lesson().titleProperty().get(), model.whatIf().changesProperty().get()),
                model.lesson().titleProperty(), model.whatIf().changesProperty()));
        model.lesson().stepProperty().addListener((obs, was, now) -> showStep(now));
        showStep(model.lesson().stepProperty().get());
        openButton.setOnAction(e -> chooseFile());
        openButton.setTooltip(new Tooltip("Open a scenario file (Ctrl+O), or drop one on the window"));
        model.recentFiles().addListener((ListChangeListener<String>) c -> fillRecent());
        fillRecent();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (String path : model.recentFiles()) {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(model.recentFiles().isEmpty());
    }

    private void showStep(LessonStep step) {
        stepPredict.getStyleClass().remove("current");
        stepObserve.getStyleClass().remove("current");
        stepExplain.getStyleClass().remove("current");
        Label current = switch (step) {
            case PREDICT -> stepPredict;
            case OBSERVE -> stepObserve;
            case EXPLAIN -> stepExplain;
        };
        current.getStyleClass().add("current");
        predictCard.setVisible(step == LessonStep.PREDICT && model.loadedProperty().get() != null);
        if (step == LessonStep.EXPLAIN && !revealDismissed) {
            fillReveal();
            revealCard.setVisible(true);
        } else if (step != LessonStep.EXPLAIN) {
            revealCard.setVisible(false);
            revealDismissed = false;
        }
        if (step == LessonStep.PREDICT) {
            predictAnswer.requestFocus();
        }
    }

    private void bindLibrary() {
        libraryPane.visibleProperty().bind(libraryToggle.selectedProperty());
        libraryPane.managedProperty().bind(libraryToggle.selectedProperty());
        libraryToggle.setTooltip(new Tooltip("The lesson library"));
        librarySearch.textProperty().bindBidirectional(model.library().queryProperty());
        libraryList.setItems(model.library().shownLessons());
        libraryList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LibraryViewModel.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(entry.title());
                title.getStyleClass().add("library-entry-title");
                title.setWrapText(true);
                Label text = new Label(entry.description());
                text.getStyleClass().add("library-entry-text");
                text.setWrapText(true);
                VBox box = new VBox(2, title, text);
                box.setMaxWidth(list.getWidth() - 30);
                setGraphic(box);
            }
        });
        libraryList.setOnMouseClicked(e -> openSelectedLesson());
        libraryList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelectedLesson();
            }
        });
    }

    private void openSelectedLesson() {
        LibraryViewModel.Entry entry = libraryList.getSelectionModel().getSelectedItem();
        if (entry != null) {
            model.open(entry.name());
        }
    }

    private void bindPredict() {
        LessonViewModel lesson = model.lesson();
        predictTitle.textProperty().bind(lesson.titleProperty());
        predictDescription.textProperty().bind(lesson.descriptionProperty());
        predictQuestion.textProperty().bind(lesson.questionProperty());
        predictAnswer.textProperty().bindBidirectional(lesson.answerProperty());
        lesson.goals().addListener((ListChangeListener<String>) c -> fillGoals());
        commitButton.disableProperty().bind(lesson.answerProperty().isEmpty());
        commitButton.setOnAction(e -> {
            if (lesson.commit()) {
                playButton.requestFocus();
            }
        });
        skipButton.setOnAction(e -> {
            lesson.skip();
            playButton.requestFocus();
        });
        skipButton.setTooltip(new Tooltip("Play without a committed prediction"));
        predictCard.setVisible(false);
    }

    private void fillGoals() {
        goalsBox.getChildren().clear();
        for (String goal : model.lesson().goals()) {
            Label label = new Label("•  " + goal);
            label.getStyleClass().add("goal");
            label.setWrapText(true);
            goalsBox.getChildren().add(label);
        }
    }

    private void bindReveal() {
        revealExplanation.textProperty().bind(model.lesson().explanationProperty());
        closeRevealButton.setOnAction(e -> closeReveal());
        watchAgainButton.setOnAction(e -> {
            closeReveal();
            model.player().reset();
            model.player().play();
        });
    }

    private void closeReveal() {
        revealDismissed = true;
        revealCard.setVisible(false);
    }

    private void fillReveal() {
        String committed = model.lesson().committedProperty().get();
        revealPrediction.setText(committed == null || committed.isBlank()
                ? "No prediction was committed." : "You predicted: " + committed);
        outcomeGrid.getChildren().clear();
        String[] headers = {"stack", "ready", "median start", "all ready"};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(headers[c]);
            h.getStyleClass().add("outcome-header");
            outcomeGrid.add(h, c, 0);
        }
        int row = 1;
        for (LessonViewModel.Outcome o : model.lesson().outcomes()) {
            Label stack = new Label(o.stack());
            stack.getStyleClass().add("outcome-stack");
            stack.setGraphic(swatch(o.stackId()));
            outcomeGrid.add(stack, 0, row);
            outcomeGrid.add(value(o.ready()), 1, row);
            outcomeGrid.add(value(o.medianStart()), 2, row);
            outcomeGrid.add(value(o.allReady()), 3, row);
            row++;
        }
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("outcome-value");
        return label;
    }

    private Region swatch(String stackId) {
        Rectangle r = new Rectangle(14, 14);
        r.setArcWidth(4);
        r.setArcHeight(4);
        r.setFill(colours == null || !colours.knows(stackId) ? Color.GRAY : FxColours.of(colours.colour(stackId)));
        StackPane box = new StackPane(r);
        box.setPadding(new Insets(0, 4, 0, 0));
        return box;
    }

    private void bindProblems() {
        var problems = model.problems();
        problemsPane.visibleProperty().bind(problems.showingProperty());
        problemsList.setItems(problems.problems());
        problemsList.setCellFactory(list -> new ProblemCell());
        problemsList.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                problems.selectedProperty().set(now);
            }
        });
        problems.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && problemsList.getSelectionModel().getSelectedItem() != now) {
                problemsList.getSelectionModel().select(now);
            }
        });
        problemExcerpt.textProperty().bind(problems.excerptProperty());
        problems.problems().addListener((ListChangeListener<Problem>) c -> {
            int n = problems.problems().size();
            problemsTitle.setText(problems.sourceProperty().get() + ": " + n + (n == 1 ? " problem" : " problems"));
            LoadedLesson open = model.loadedProperty().get();
            problemsKeep.setText(open == null ? "Nothing was opened."
                    : "Nothing was changed: \"" + open.file().scenario().lesson().title() + "\" is still open.");
        });
        dismissProblemsButton.setOnAction(e -> problems.dismiss());
    }

    private void bindLoading() {
        loadingPane.visibleProperty().bind(model.loadingProperty());
        loadingIndicator.progressProperty().bind(model.progressProperty());
        loadingText.textProperty().bind(model.statusProperty());
        cancelLoadingButton.setOnAction(e -> model.cancelOpening());
        statusLabel.textProperty().bind(model.statusProperty());
    }

    private void bindTransport() {
        PlayerViewModel p = model.player();
        playButton.setOnAction(e -> p.togglePlaying());
        playButton.disableProperty().bind(p.mayPlayProperty().not().or(p.playbackProperty().isNull()));
        p.playingProperty().addListener((obs, was, now) -> {
            playIcon.setIconLiteral(now ? "mdi2p-pause" : "mdi2p-play");
            playButton.setAccessibleText(now ? "pause (Space)" : "play (Space)");
        });
        backButton.setOnAction(e -> p.stepBack());
        forwardButton.setOnAction(e -> p.stepForward());
        resetButton.setOnAction(e -> p.reset());
        endButton.setOnAction(e -> p.toEnd());
        tip(playButton, "Play or pause (Space)");
        tip(backButton, "Previous event (←); Shift+← one second back");
        tip(forwardButton, "Next event (→); Shift+→ one second on");
        tip(resetButton, "Back to the start (Home)");
        tip(endButton, "To the end (End)");
        p.timeProperty().addListener((obs, was, now) -> {
            timeLabel.setText(clock(now.longValue()));
            scrubber.setTime(now.longValue());
        });
        p.endProperty().addListener((obs, was, now) -> endLabel.setText(clock(now.longValue())));
        scrubber.setOnSeek(p::seek);
        speedBox.getItems().setAll(SPEEDS);
        speedBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : (s < 1 ? String.format(Locale.ROOT, "%.2g", s) : String.format(Locale.ROOT,
                        "%.0f", s)) + "×";
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("×", "").strip());
            }
        });
        speedBox.setValue(1.0);
        speedBox.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                p.speedProperty().set(now);
            }
        });
        tip(speedBox, "Playback speed");
        pacingToggle.selectedProperty().addListener((obs, was, now) ->
                p.pacingProperty().set(now ? Pacing.ADAPTIVE : Pacing.LINEAR));
        tip(pacingToggle, "Slow down where starts happen, so 100 ms and 15 s are both watchable");
    }

    private static void tip(javafx.scene.control.Control control, String text) {
        control.setTooltip(new Tooltip(text));
    }

    /** "14.2 s", "1:09.5": the playback clock as a student reads it. */
    static String clock(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = (long) seconds;
        return String.format(Locale.ROOT, "%d:%02d.%d", whole / 60, whole % 60, (long) ((seconds - whole) * 10));
    }

    private void bindStage() {
        model.player().framesProperty().addListener((obs, was, now) -> {
            stageView.setFrames(now);
            if (hoverCard.isVisible() && stageView.hoveredProperty().get() != null) {
                showHover(stageView.hoveredProperty().get());
            }
        });
        stageView.hoveredProperty().addListener((obs, was, now) -> {
            if (now == null) {
                hoverCard.setVisible(false);
            } else {
                showHover(now);
            }
        });
    }

    private void showHover(StageView.Hovered hovered) {
        InstanceExplanation explanation = InstanceExplanation.of(hovered.track(), model.player().timeProperty().get());
        HoverCard.show(hoverCard, stageHolder, explanation.heading(), explanation.lines(), hovered.x(), hovered.y());
    }

    private void bindNarration() {
        narrationList.setItems(model.narration().visibleLines());
        narrationList.setCellFactory(list -> new NarrationCell());
        narrationList.setOnMouseClicked(e -> {
            NarrationLine line = narrationList.getSelectionModel().getSelectedItem();
            if (line != null) {
                model.player().pause();
                model.player().seek(line.timeNanos());
            }
        });
        // The newest line stays in view as playback moves, forward or back, and when the window is resized.
        javafx.beans.InvalidationListener resized = o -> javafx.application.Platform.runLater(
                this::showNewestNarrationLine);
        narrationList.widthProperty().addListener(resized);
        narrationList.heightProperty().addListener(resized);
        model.narration().visibleLines().addListener((ListChangeListener<NarrationLine>) c -> {
            if (!narrationList.getItems().isEmpty()) {
                // After this pulse's layout, or a list that just grew scrolls to a stale end.
                javafx.application.Platform.runLater(this::showNewestNarrationLine);
            }
        });
    }

    /**
     * Scrolls the narration so its newest line stands whole at the bottom. The list's own scrollTo puts a line at
     * the top on the flow's estimate of the heights above it, which wrapped lines of other heights make wrong;
     * once that line is laid out, the flow is asked again to show it whole, which it does by exact pixels.
     */
    private void showNewestNarrationLine() {
        showNewestNarrationLine(true);
    }

    private void showNewestNarrationLine(boolean checkAgain) {
        int newest = narrationList.getItems().size() - 1;
        if (newest < 0) {
            return;
        }
        if (checkAgain) {
            // The list's scroll bar may come or go with this scroll, and the lines re-wrap to the new width on the
            // next pulse: look once more then.
            javafx.application.Platform.runLater(() -> showNewestNarrationLine(false));
        }
        narrationList.scrollTo(newest);
        if (narrationList.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && narrationList.lookup(".clipped-container") instanceof Region viewport) {
            // A line styled (bold for a wait) only now is measured with its own font.
            narrationList.applyCss();
            narrationList.layout();
            flow.scrollTo(newest);
            for (int pass = 0; pass < 3; pass++) {
                narrationList.applyCss();
                narrationList.layout();
                // What is left of the newest line below the list's bottom edge, measured as drawn.
                javafx.scene.control.IndexedCell<?> last = flow.getLastVisibleCell();
                if (last == null || last.getIndex() != newest) {
                    flow.scrollTo(newest);
                    continue;
                }
                double below = last.localToScene(last.getLayoutBounds()).getMaxY()
                        - viewport.localToScene(viewport.getLayoutBounds()).getMaxY();
                if (Math.abs(below) <= 0.5) {
                    break;
                }
                flow.scrollPixels(below);
            }
        }
    }

    /** One narration line: time, the stack's colour, the sentence, its source tag; nodes made once per cell. */
    private final class NarrationCell extends ListCell<NarrationLine> {
        private final Label time = new Label();
        private final Rectangle chip = new Rectangle(12, 12);
        private final Label text = new Label();
        private final Label tag = new Label();
        private final HBox box = new HBox(6, time, chip, text, tag);
        private final Tooltip tooltip = new Tooltip();

        NarrationCell() {
            time.getStyleClass().add("narration-time");
            tag.getStyleClass().add("narration-tag");
            chip.setArcWidth(4);
            chip.setArcHeight(4);
            // A long sentence wraps onto more lines in whatever width the list gives the cell. The cell's height
            // must be the one its layout then draws, or the list's flow places the cells on wrong estimates and
            // leaves a blank band above the newest lines: so the cell asks for no width of its own (it is as
            // wide as the list), measures and lays out its row at its own width (a Labeled's skin measures and
            // sizes its graphic at the graphic's one-line width), and the sentence alone shrinks in the row.
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            tag.setMinWidth(Region.USE_PREF_SIZE);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() != box) {
                return super.computePrefHeight(width);
            }
            double inner = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + box.prefHeight(inner) + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return getGraphic() == box ? computePrefHeight(width) : super.computeMinHeight(width);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() == box) {
                double x = snappedLeftInset();
                double y = snappedTopInset();
                box.resizeRelocate(x, y, getWidth() - x - snappedRightInset(), getHeight() - y - snappedBottomInset());
            }
        }

        @Override
        protected void updateItem(NarrationLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            time.setText(clock(line.timeNanos()));
            chip.setFill(colours == null || !colours.knows(line.stackId()) ? Color.GRAY
                    : FxColours.of(colours.colour(line.stackId())));
            text.setText(line.text());
            boolean strong = line.kind() == NarrationLine.Kind.WAIT || line.kind() == NarrationLine.Kind.REFUSED;
            if (strong != text.getStyleClass().contains("narration-wait")) {
                if (strong) {
                    text.getStyleClass().add("narration-wait");
                } else {
                    text.getStyleClass().remove("narration-wait");
                }
            }
            tag.setText(line.source().map(s -> s.evidence().tag()).orElse(""));
            tooltip.setText(line.text() + line.source().map(s -> "\nSource " + s.evidence().tag() + ": "
                    + s.citation()).orElse("") + "\nClick to go to this moment");
            setGraphic(box);
            setTooltip(tooltip);
        }
    }

    /** The split between the stage (above) and the charts and narration (below). */
    SplitPane mainSplit() {
        return mainSplit;
    }

    /** How much larger than the theme's the charts' type is drawn: the window's font scale, bound by classroom mode. */
    DoubleProperty chartFontScaleProperty() {
        return chartFontScale;
    }

    private void restyleCharts() {
        for (Tab tab : chartTabs.getTabs()) {
            if (tab.getUserData() instanceof Chart chart) {
                chart.jfreeChart().ifPresent(c -> model.chartTheme().apply(c, chartFontScale.get()));
            }
        }
    }

    private void bindCharts() {
        chartTabs.getStyleClass().add("chart-tabs");
        chartFontScale.addListener((obs, was, now) -> restyleCharts());
        model.charts().addListener((ListChangeListener<Chart>) c -> fillCharts());
        model.player().timeProperty().addListener((obs, was, now) -> moveCursors(now.longValue(), false));
        chartTabs.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) ->
                moveCursors(model.player().timeProperty().get(), true));
    }

    private void fillCharts() {
        // A re-simulated lesson keeps the chart the class was looking at.
        int selected = chartTabs.getSelectionModel().getSelectedIndex();
        chartTabs.getTabs().clear();
        cursors.clear();
        for (Chart chart : model.charts()) {
            if (chart.jfreeChart().isEmpty()) {
                continue;
            }
            ChartViewer viewer = new ChartViewer(chart.jfreeChart().get());
            ChartFit.follow(viewer, chartFontScale::get);
            Tab tab = new Tab(chart.title(), viewer);
            tab.setUserData(chart);
            chartDecorator.accept(viewer, chart);
            tab.setTooltip(new Tooltip(chart.title()));
            chartTabs.getTabs().add(tab);
            cursors.add(ChartCursor.on(chart));
        }
        if (selected > 0 && selected < chartTabs.getTabs().size()) {
            chartTabs.getSelectionModel().select(selected);
        }
        if (chartFontScale.get() != 1) {
            restyleCharts();
        }
        moveCursors(model.player().timeProperty().get(), true);
    }

    private void moveCursors(long t, boolean now) {
        long wall = System.nanoTime();
        if (!now && wall - lastCursorUpdate < CURSOR_EVERY_NANOS && model.player().playingProperty().get()) {
            return;
        }
        lastCursorUpdate = wall;
        int selected = chartTabs.getSelectionModel().getSelectedIndex();
        if (selected >= 0 && selected < cursors.size()) {
            cursors.get(selected).moveTo(t);
        }
    }

    private void showLesson(LoadedLesson lesson) {
        if (lesson == null) {
            return;
        }
        List<StackChoice> stacks = lesson.run().arms().stream().map(a -> a.stack()).toList();
        colours = StackColours.of(stacks);
        List<ArmTrack> arms = lesson.playback().arms();
        stageView.setArms(arms);
        boolean cluster = model.cluster().shownProperty().get();
        stageView.setVisible(!cluster);
        clusterView.setVisible(cluster);
        clusterView.setClusters(model.cluster().clustersProperty().get());
        clusterView.setFrames(model.cluster().framesProperty().get());
        if (cluster) {
            ClusterLegend.fill(legendBox, model.cluster().clustersProperty().get());
        } else {
            StageLegend.fill(legendBox, lesson.playback());
        }
        stageView.setFrames(model.player().framesProperty().get());
        scrubber.setDensity(lesson.playback().eventDensity(240), lesson.playback().endNanos());
        scrubber.setTime(model.player().timeProperty().get());
        timeLabel.setText(clock(model.player().timeProperty().get()));
        endLabel.setText(clock(lesson.playback().endNanos()));
        fillGoals();
        revealDismissed = false;
        showStep(model.lesson().stepProperty().get());
        narrationList.refresh();
    }

    /** Asks for a scenario file and opens it (Open…, Ctrl+O, File > Open…). */
    public void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Spinup scenario");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Spinup scenarios", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.open(file.getPath());
        }
    }

    /** The what-if panel's controller, for tests and screenshots. */
    public WhatIfController whatIf() {
        return whatIfController;
    }

    /** What fades while playing in classroom mode: the header and the transport. */
    List<javafx.scene.Node> fadingControls() {
        return List.of(root.getTop(), transport);
    }

    /**
     * What the header can do without on a projector (the app's name, opening files), so that the lesson's title
     * and its steps keep their words at classroom font sizes.
     */
    List<javafx.scene.Node> spareInClassroom() {
        return List.of(appName, appNameSeparator, openButton, recentMenu);
    }

    /** The header's parts that keep their full width while the lesson's title gives way (shown with "…"). */
    List<javafx.scene.layout.Region> keptWhole() {
        // the app's name too: a long title cut it to "Sp…" (the file buttons still give way, for 1024-wide screens)
        return List.of(appName, appNameSeparator, noticesToggle, stepPredict, stepObserve, stepExplain, whatIfToggle,
                classroomButton);
    }

    /** The header's classroom button, which {@link ClassroomMode} wires. */
    Button classroomButton() {
        return classroomButton;
    }

    /** Adds to each chart's viewer as it is shown (the export and copy items of its context menu). */
    public void decorateCharts(java.util.function.BiConsumer<ChartViewer, Chart> decorator) {
        this.chartDecorator = decorator;
        fillCharts();
    }

    /** The chart in the selected tab, if any. */
    public java.util.Optional<Chart> selectedChart() {
        Tab tab = chartTabs.getSelectionModel().getSelectedItem();
        return tab != null && tab.getUserData() instanceof Chart chart ? java.util.Optional.of(chart)
                : java.util.Optional.empty();
    }

    public javafx.scene.control.Menu fileMenu() {
        return fileMenu;
    }

    public javafx.scene.control.Menu viewMenu() {
        return viewMenu;
    }

    public javafx.scene.control.Menu helpMenu() {
        return helpMenu;
    }

    /** Opens or closes the notices card (the header's badge), for screenshots. */
    public void showNotices(boolean shown) {
        noticesToggle.setSelected(shown);
    }

    /** Shows or hides the what-if panel beside the stage (its header toggle), for screenshots. */
    public void showWhatIf(boolean shown) {
        whatIfToggle.setSelected(shown);
    }

    /** The cluster view (shown instead of the stage for lessons that run a cluster), for tests and screenshots. */
    public ClusterView clusterView() {
        return clusterView;
    }

    /** The stage, for tests and screenshots. */
    public StageView stageView() {
        return stageView;
    }
}
