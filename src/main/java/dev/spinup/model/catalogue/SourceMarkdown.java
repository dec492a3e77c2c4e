package dev.spinup.model.catalogue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Renders the source catalogue as markdown: an evidence legend, then one table row per source. */
final class SourceMarkdown {

    private static final String SOURCES_HEADER =
            "| key | § | tag | quantity | value | conditions | source |\n"
                    + "|---|---|---|---|---|---|---|\n";

    private SourceMarkdown() {
    }

    static String render(List<Source> sources) {
        return legend() + "\n" + SOURCES_HEADER
                + sources.stream().map(SourceMarkdown::row).collect(Collectors.joining());
    }

    private static String legend() {
        return "| tag | evidence | meaning |\n|---|---|---|\n"
                + Stream.of(Evidence.values())
                        .map(e -> "| " + e.tag() + " | " + cell(e.label()) + " | " + cell(e.meaning()) + " |\n")
                        .collect(Collectors.joining());
    }

    private static String row(Source source) {
        String citation = cell(source.citation()) + source.url().map(u -> " <" + u + ">").orElse("");
        return "| `" + source.key() + "` | " + source.calibrationSection() + " | " + source.evidence().tag()
                + " | " + cell(source.quantity()) + " | " + cell(source.value()) + " | " + cell(source.conditions())
                + " | " + citation + " |\n";
    }

    /** Table cells must stay on one line, and a literal pipe would start a new column. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ');
    }
}
