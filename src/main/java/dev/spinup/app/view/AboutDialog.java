package dev.spinup.app.view;

import dev.spinup.model.catalogue.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help > About: the version that was built, the licences, and the sources page (every published figure and
 * estimate the model's defaults come from, with its firmness tag), which needs no network.
 */
public final class AboutDialog {

    /** The project's own licence (the LICENSE file at the repository's root) and those of what it is built on. */
    static final String LICENCE = "Spinup is licensed under the Apache License 2.0 (the LICENSE file)."
            + " It is built on OpenJFX (GPL v2 with the Classpath Exception), JFreeChart, JFreeSVG and JFreePDF"
            + " (LGPL / GPL v3), AtlantaFX (MIT), Ikonli, Gson and picocli (Apache 2.0).";

    private AboutDialog() {
    }

    /** The version Maven built, or "development" when run from an IDE without resource filtering. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AboutDialog.class.getResourceAsStream("/dev/spinup/app/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "development";
        }
        String v = p.getProperty("version", "development");
        return v.startsWith("${") ? "development" : v;
    }

    public static Alert create(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Spinup");
        alert.setHeaderText("Spinup " + version());
        alert.setGraphic(new ImageView(AppIcon.image(64)));
        Label what = new Label("A classroom simulator: containers and virtual machines side by side on the same"
                + " hardware, with every number traced to its source.");
        what.setWrapText(true);
        Label licence = new Label(LICENCE);
        licence.setWrapText(true);
        licence.setId("aboutLicence");
        Hyperlink sources = new Hyperlink("The sources of every number (" + Source.values().length + " entries)…");
        sources.setId("aboutSources");
        sources.setOnAction(e -> sourcesPage(owner).show());
        VBox box = new VBox(10, what, licence, sources);
        box.setPrefWidth(560);
        alert.getDialogPane().setContent(box);
        alert.getButtonTypes().setAll(ButtonType.CLOSE);
        return alert;
    }

    /** Every source in the catalogue: key, firmness, what it gives and the citation. */
    static Alert sourcesPage(Window owner) {
        TableView<Source> table = new TableView<>();
        table.setId("sourcesTable");
        table.getItems().setAll(Source.values());
        table.getColumns().add(column("tag", 50, s -> s.evidence().tag()));
        table.getColumns().add(column("key", 220, Source::key));
        table.getColumns().add(column("quantity", 260, Source::quantity));
        table.getColumns().add(column("value", 140, Source::value));
        table.getColumns().add(column("citation", 520, Source::citation));
        table.setPrefSize(1200, 640);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Sources — Spinup");
        alert.setHeaderText("Where the model's numbers come from. [P] primary source, [D] derived from raw data,"
                + " [S] secondary source, [E] estimate, [L] set by the lesson");
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        return alert;
    }

    private static TableColumn<Source, String> column(String title, double width,
                                                      java.util.function.Function<Source, String> value) {
        TableColumn<Source, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }
}
