package dev.spinup.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.report.style.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

class UnitSpacesTest {

    @Test
    void aNumberAndItsUnitAreGluedAndOtherSpacesStay() {
        assertEquals("within 5\u00a0% of native, 16\u00a0s, 512\u00a0MiB and 1.5\u00a0GB/s on 2\u00a0cores",
                UnitSpaces.keep("within 5 % of native, 16 s, 512 MiB and 1.5 GB/s on 2 cores"));
        assertEquals("step 2 said 3 steps", UnitSpaces.keep("step 2 said 3 steps"), "'3 steps' is no unit");
    }

    @Test
    void theSteadyStateChartsSubtitleKeepsFivePerCentOnOneLine() {
        JFreeChart chart = SteadyStateChart.of(LessonRuns.lesson("steady-state-overhead"), Theme.PROJECTOR)
                .jfreeChart().orElseThrow();
        boolean found = false;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle title && title.getText().contains("within 5")) {
                assertTrue(title.getText().contains("within 5\u00a0% of native"), title.getText());
                found = true;
            }
        }
        assertTrue(found, "the subtitle says which bars are unlabelled");
    }
}
