package dev.spinup.run;

import dev.spinup.engine.SimTime;
import dev.spinup.engine.random.Exponential;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.scenario.Arrival;

/** When each of the workload's instances is asked for; the same instants on every stack of a comparison. */
final class Arrivals {

    private Arrivals() {
    }

    static long[] times(Arrival arrival, int count, RandomStream stream) {
        long[] times = new long[count];
        if (arrival instanceof Arrival.Staggered staggered) {
            long every = SimTime.of(staggered.interval());
            for (int i = 0; i < count; i++) {
                // the reader keeps the last arrival within a week; multiplyExact makes a wrap impossible, not silent
                times[i] = Math.multiplyExact(every, i);
            }
        } else if (arrival instanceof Arrival.Ramp ramp) {
            long over = SimTime.of(ramp.over());
            for (int i = 0; i < count; i++) {
                times[i] = count == 1 ? 0 : Math.round(over * (double) i / (count - 1));
            }
        } else if (arrival instanceof Arrival.Poisson poisson) {
            Exponential gap = new Exponential(SimTime.SECOND / poisson.perSecond());
            double t = 0;
            for (int i = 0; i < count; i++) {
                t += gap.sample(stream);
                times[i] = Math.round(t);
            }
        }
        return times;
    }
}
