package dev.spinup.model.catalogue;

/** How firmly a calibration figure is established, after the [P]/[D]/[S]/[E] tags of calibration.md. */
public enum Evidence {

    PRIMARY('P', "Primary source",
            "Read in the original source: the authors' own data, a project's specification or documentation,"
                    + " a paper's abstract, or a maintainer's measurement in an issue thread."),
    DERIVED('D', "Derived from raw data",
            "Recomputed from the authors' published raw data (for example percentiles), not quoted from their text."),
    SECONDARY('S', "Secondary source",
            "Found only in someone else's summary of the source and not checked against the original,"
                    + " so treat it with some caution."),
    ESTIMATE('E', "Estimate",
            "No published source was found: this is a modelling assumption, shown so that you can question it"
                    + " and change it."),
    LESSON('L', "Set by the lesson",
            "The lesson's author chose this value on purpose, in place of the catalogue default, to make a point.");

    private final char letter;
    private final String label;
    private final String meaning;

    Evidence(char letter, String label, String meaning) {
        this.letter = letter;
        this.label = label;
        this.meaning = meaning;
    }

    /** The single letter calibration.md uses for this tag, e.g. 'P'. */
    public char letter() {
        return letter;
    }

    /** The tag as written in calibration.md, e.g. "[P]". */
    public String tag() {
        return "[" + letter + "]";
    }

    /** A short human label, e.g. "Primary source". */
    public String label() {
        return label;
    }

    /** One sentence telling a student what this level of evidence means. */
    public String meaning() {
        return meaning;
    }
}
