package dev.spinup.lesson;

import dev.spinup.model.runtime.GuestOsCapping;
import dev.spinup.run.ArmResult;
import dev.spinup.run.RunResult;
import dev.spinup.scenario.DecimalMemoryUnits;
import dev.spinup.scenario.EffectiveValue;
import dev.spinup.scenario.EffectiveValues;
import dev.spinup.scenario.ScenarioFile;
import dev.spinup.scenario.json.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every notice of a loaded scenario and its run, in one list for {@code spinup run} and the app: the file's
 * warnings, memory written in decimal units (with the bytes used), guests whose guest OS was capped, and a run
 * that kept summaries only. The texts are made here and nowhere else.
 */
public final class Notices {

    private Notices() {
    }

    /** The notices of {@code run}, read from {@code file}: file warnings first, in file order, then the run's. */
    public static List<Notice> of(ScenarioFile file, RunResult run) {
        List<Notice> notices = new ArrayList<>();
        for (Problem warning : file.warnings()) {
            // the decimal-units warning is said below, once per value and with its bytes
            if (!DecimalMemoryUnits.warned(warning)) {
                notices.add(new Notice(NoticeKind.FILE_WARNING, warning.path() + " (line "
                        + warning.position().line() + "): " + warning.message(),
                        Optional.of(warning.path().toString()), Optional.empty()));
            }
        }
        for (EffectiveValue value : EffectiveValues.decimalMemory(run.scenario())) {
            notices.add(new Notice(NoticeKind.DECIMAL_MEMORY, value.path() + " = " + value.value()
                    + " is written in decimal units " + decimalUnitMeaning(value.value()),
                    Optional.of("$." + value.path()), Optional.empty()));
        }
        for (ArmResult arm : run.arms()) {
            GuestOsCapping capping = arm.summary().guestOs();
            if (capping.any()) {
                notices.add(new Notice(NoticeKind.GUEST_OS_CAPPED, guestOsCapped(arm.stack().label(), capping),
                        Optional.empty(), Optional.of(arm.stack().id())));
            }
        }
        run.recordingNote().ifPresent(note -> notices.add(new Notice(NoticeKind.SUMMARIES_ONLY, note,
                Optional.empty(), Optional.empty())));
        return List.copyOf(notices);
    }

    /** Once per VM stack whose guests drew a guest OS their RAM cannot hold: how many, the largest, the RAM. */
    private static String guestOsCapped(String stack, GuestOsCapping capping) {
        return stack + ": " + Quantity.count(capping.capped()).format() + " of "
                + Quantity.count(capping.drawn()).format() + (capping.drawn() == 1 ? " guest" : " guests")
                + " drew a guest OS of up to " + Quantity.bytes(capping.largest().bytes()).format()
                + ", above what their " + Quantity.bytes(capping.guestRam().bytes()).format()
                + " of RAM leaves it after the kernel's page tables and the app; each was capped at what its RAM"
                + " leaves";
    }

    private static final Pattern WRITTEN_UNIT = Pattern.compile("[0-9]\\s*([kKMGT])B\\b");
    private static final String PREFIXES = "KMGT";

    /** "(GB = 10⁹ bytes, not GiB = 2³⁰)" for the unit the value was written in. */
    private static String decimalUnitMeaning(String written) {
        Matcher unit = WRITTEN_UNIT.matcher(written);
        char prefix = unit.find() ? Character.toUpperCase(unit.group(1).charAt(0)) : 'M';
        int power = PREFIXES.indexOf(prefix) + 1;
        String decimal = (prefix == 'K' ? "k" : String.valueOf(prefix)) + "B";
        return "(" + decimal + " = 10" + superscript(3 * power) + " bytes, not " + prefix + "iB = 2"
                + superscript(10 * power) + ")";
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** As the loader's own warning writes powers (10⁶, 2²⁰): a projector shows them better than a caret. */
    private static String superscript(int exponent) {
        StringBuilder digits = new StringBuilder();
        for (char digit : Integer.toString(exponent).toCharArray()) {
            digits.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
        }
        return digits.toString();
    }
}
