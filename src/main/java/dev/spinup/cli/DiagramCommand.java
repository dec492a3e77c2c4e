package dev.spinup.cli;

import dev.spinup.report.charts.StackDiagramChart;
import dev.spinup.report.diagram.StackDiagram;
import dev.spinup.report.export.ExportDirectory;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jfree.chart.ui.Drawable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spinup diagram}: the containers-versus-VMs picture, canonical or for a lesson's stacks. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = "Draw the containers-vs-virtual-machines stack picture (PNG, SVG or PDF by the file's extension).")
final class DiagramCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "Draw this lesson's stacks instead of the classic two-column picture.")
    Optional<String> scenario;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write (default: out/container-vs-virtual-machine.png).")
    Path out = Path.of("out", "container-vs-virtual-machine.png");

    @Option(names = "--size", paramLabel = "WxH", converter = SizeOption.class, description = "Default 1920x1080.")
    ExportSize size = new ExportSize(1920, 1080);

    @Option(names = "--scale", paramLabel = "N", description = "PNG pixels per logical pixel (default: 1).")
    double scale = 1;

    @Option(names = "--theme", paramLabel = "THEME", description = "${COMPLETION-CANDIDATES} (default: projector).")
    ThemeName theme = ThemeName.PROJECTOR;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg") && !name.endsWith(".pdf")) {
            // A usage error (exit 2), before any file is looked at: the extension chooses the format.
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot write " + out.getFileName()
                    + ": name the file .png, .svg or .pdf");
        }
        OutputPaths.picture(out, scenario);
        Drawable drawable = scenario.isPresent()
                ? StackDiagramChart.of(ScenarioArgument.load(scenario.get()).scenario(), theme.theme()).drawable()
                : StackDiagram.containersVersusVirtualMachines(theme.theme());
        ExportFormat format = name.endsWith(".svg") ? ExportFormat.svg()
                : name.endsWith(".pdf") ? ExportFormat.pdf() : ExportFormat.png(scale);
        new ExportDirectory(out.toAbsolutePath().getParent()).write(out.getFileName().toString(),
                format.toBytes(drawable, size));
        spec.commandLine().getOut().println("Wrote " + out);
        return 0;
    }
}
