package dev.spinup.cli;

import dev.spinup.scenario.Lesson;
import dev.spinup.scenario.Lessons;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spinup list}: the built-in lessons, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in lessons.")
final class ListCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int width = Lessons.all().stream().mapToInt(l -> l.name().length()).max().orElse(0);
        for (Lesson lesson : Lessons.all()) {
            spec.commandLine().getOut().println(lesson.name() + " ".repeat(width - lesson.name().length() + 2)
                    + lesson.title());
        }
        return 0;
    }
}
