package dev.spinup.report.handout;

import dev.spinup.report.charts.Chart;
import java.util.List;
import java.util.Objects;

/**
 * What a teacher hands out after class, section by section: the lesson and its goals, the question students
 * predicted, this run's charts, the explanation with this run's figures, and where every number comes from.
 *
 * @param figures one line per figure in the explanation ("vm.startup = 15.8 s")
 * @param sources one line per input value and its source, then the citations
 */
public record Handout(String title, String description, List<String> goals, String predict, List<Chart> charts,
                      String explanation, List<String> figures, List<String> sources) {

    public Handout {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        goals = List.copyOf(goals);
        Objects.requireNonNull(predict, "predict");
        charts = List.copyOf(charts);
        Objects.requireNonNull(explanation, "explanation");
        figures = List.copyOf(figures);
        sources = List.copyOf(sources);
    }

    /** The sections in the order they are printed, each starting on a new page. */
    public List<Section> sections() {
        List<Section> sections = new java.util.ArrayList<>();
        sections.add(new Section.Text(title, join(description, goals.isEmpty() ? "" : "What you should take away:",
                bullets(goals))));
        sections.add(new Section.Text("Predict", predict.isBlank() ? "(This lesson asks no question.)" : predict));
        for (Chart chart : charts) {
            sections.add(new Section.Picture(chart));
        }
        sections.add(new Section.Text("What happened, and why", join(explanation, figures.isEmpty() ? ""
                : "The figures of this run:", bullets(figures))));
        sections.add(new Section.Text("Where the numbers come from", String.join("\n", sources)));
        return sections;
    }

    private static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(l -> "•  " + l).toList());
    }

    private static String join(String... parts) {
        return String.join("\n\n", java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).toList());
    }

    /** One section of the handout: a heading with text, or one chart. */
    public sealed interface Section {
        String heading();

        record Text(String heading, String body) implements Section {
        }

        record Picture(Chart chart) implements Section {
            @Override
            public String heading() {
                return chart.title();
            }
        }
    }
}
