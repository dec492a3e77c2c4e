package dev.spinup.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.spinup.model.DataSize;
import dev.spinup.run.Runner;
import dev.spinup.scenario.ScenarioReader;
import dev.spinup.scenario.text.FigureKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {vm.reserved} is what the host's admission counts: the request by reservation, resident memory by use. */
class ReservedFigureTest {

    @TempDir
    Path folder;

    private double reserved(String admitBy) throws Exception {
        Path file = Files.writeString(folder.resolve(admitBy + ".json"), """
                {"schemaVersion": 1, "lesson": {"title": "Requests"},
                 "hardware": {"hosts": [{"admitBy": "%s"}]},
                 "stacks": [{"id": "runc", "kind": "container", "runtime": "docker-runc"}],
                 "workload": {"app": "nginx", "instances": 2,
                              "appOverrides": {"memory": "200 MiB", "memoryRequest": "500 MiB"}}}
                """.formatted(admitBy));
        var scenario = new ScenarioReader().read(file).scenario();
        return Figures.of(new Runner().run(scenario)).value("runc", FigureKind.RESERVED, "").value();
    }

    @Test
    void theReservedFigureFollowsWhatAdmissionCounts() throws Exception {
        double shim = DataSize.ofMB(3.1).bytes();
        assertEquals(DataSize.ofMiB(500).bytes() + shim, reserved("reservation"), 1);
        assertEquals(DataSize.ofMiB(200).bytes() + shim, reserved("use"), 1);
    }
}
