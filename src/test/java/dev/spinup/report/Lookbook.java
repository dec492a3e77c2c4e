package dev.spinup.report;

import dev.spinup.report.diagram.StackDiagram;
import dev.spinup.report.export.ExportDirectory;
import dev.spinup.report.export.ExportFormat;
import dev.spinup.report.export.ExportSize;
import dev.spinup.report.export.Slug;
import dev.spinup.report.style.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Manual check, not a test: exports the sample charts and the stack diagram in every theme for a human to look at.
 * Run with {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}, then
 * {@code java -Djava.awt.headless=true -cp target/test-classes:target/classes:$(cat cp.txt) dev.spinup.report.Lookbook}.
 */
public final class Lookbook {

    private Lookbook() {
    }

    public static void main(String[] args) throws IOException {
        ExportDirectory out = new ExportDirectory(Path.of(args.length > 0 ? args[0] : "/tmp/report-look"));
        for (Theme theme : Theme.values()) {
            String suffix = "-" + theme.name().toLowerCase(Locale.ROOT);
            ExportSize size = ExportSize.designedFor(theme);
            JFreeChart[] charts = {SampleCharts.readyOverTime(), SampleCharts.memoryByComponent(),
                SampleCharts.bootTimeline()};
            String[] names = {"ready-over-time", "memory-by-component", "boot-timeline"};
            for (int i = 0; i < charts.length; i++) {
                theme.apply(charts[i]);
                for (ExportFormat format : new ExportFormat[] {ExportFormat.png(), ExportFormat.svg(),
                    ExportFormat.pdf()}) {
                    out.write(charts[i], new Slug(names[i] + suffix), size, format);
                }
            }
            StackDiagram diagram = StackDiagram.containersVersusVirtualMachines(theme);
            for (ExportFormat format : new ExportFormat[] {ExportFormat.png(), ExportFormat.svg(),
                ExportFormat.pdf()}) {
                out.write(diagram, new Slug("stack-diagram" + suffix), size, format);
            }
        }
        StackDiagram small = StackDiagram.containersVersusVirtualMachines(Theme.SCREEN);
        out.write(small, new Slug("stack-diagram-small-2x"), new ExportSize(480, 300), ExportFormat.png(2));
        out.write(small, new Slug("stack-diagram-tall"), new ExportSize(500, 800), ExportFormat.png());
        System.out.println("wrote to " + out.directory());
    }
}
