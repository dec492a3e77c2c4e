package dev.spinup.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The knobs a lesson offers for "what if…?": those its {@code whatIf} section declares, or, when it declares
 * none, every knob that applies to its scenario, with ranges around the lesson's own values.
 *
 * @param declared whether the lesson chose these knobs itself
 */
public record WhatIf(List<WhatIfKnob> knobs, boolean declared) {

    public WhatIf {
        knobs = List.copyOf(knobs);
    }

    public Optional<WhatIfKnob> knob(String id) {
        return knobs.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
