package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.random.Exponential;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.engine.random.RandomStreams;
import dev.spinup.engine.stats.Tally;
import org.junit.jupiter.api.Test;

/**
 * The engine's acceptance tests: classic queueing results, each over a million customers with fixed seeds,
 * must come out within 2 % of theory.
 */
class QueueingTheoryTest {

    private static final int CUSTOMERS = 1_000_000;
    private static final double MEAN_SERVICE = SimTime.MILLISECOND;
    private static final EventKind ARRIVAL = EventKind.of("arrival");
    private static final EventKind SERVICE = EventKind.of("service");

    /** Outcome of one FIFO queue run. */
    private record FifoRun(Tally waits, Tally sojourns, double meanInSystem, double arrivalRatePerNano,
                           boolean servedInArrivalOrder) {
    }

    private static FifoRun runFifo(int servers, double lambdaPerService, long seed) {
        Simulation sim = new Simulation();
        RandomStreams streams = new RandomStreams(seed);
        RandomStream arrivals = streams.stream("arrivals");
        RandomStream services = streams.stream("services");
        Exponential interArrival = new Exponential(MEAN_SERVICE / lambdaPerService);
        Exponential service = new Exponential(MEAN_SERVICE);
        FifoResource station = new FifoResource(sim, "station", servers);
        Tally waits = new Tally();
        Tally sojourns = new Tally();
        int[] arrived = {0};
        int[] lastServed = {-1};
        boolean[] inOrder = {true};
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            long arrivedAt = sim.now();
            int index = arrived[0];
            FifoResource.Request request = station.acquire();
            request.completion().whenDone(granted -> {
                // first come, first served: service starts in the order customers arrived
                inOrder[0] &= index == lastServed[0] + 1;
                lastServed[0] = index;
                waits.add(granted.value().waitedNanos());
                sim.delay(Math.round(service.sample(services)), SERVICE).whenDone(served -> {
                    granted.value().release();
                    sojourns.add(sim.now() - arrivedAt);
                });
            });
            if (++arrived[0] < CUSTOMERS) {
                sim.schedule(Math.round(interArrival.sample(arrivals)), ARRIVAL, arrive[0]);
            }
        };
        sim.schedule(Math.round(interArrival.sample(arrivals)), ARRIVAL, arrive[0]);
        sim.run();
        double inSystem = station.queueLengthOverTime().mean() + station.busyServersOverTime().mean();
        return new FifoRun(waits, sojourns, inSystem, CUSTOMERS / (double) sim.now(), inOrder[0]);
    }

    @Test
    void mm1MeanWaitMatchesTheFormula() {
        double lambda = 0.7;
        double mu = 1.0;
        double expected = lambda / mu / (mu - lambda) * MEAN_SERVICE;
        FifoRun run = runFifo(1, lambda, 11);
        assertEquals(CUSTOMERS, run.waits().count());
        assertEquals(expected, run.waits().mean(), 0.02 * expected, "M/M/1 mean wait ρ/(μ−λ)");
        assertTrue(run.servedInArrivalOrder(), "a FIFO queue serves in arrival order");
        // the mean wait is the same under any work-conserving order (LIFO too); the spread is not: FIFO's wait is
        // 0 with probability 1−ρ, else exponential with rate μ−λ, so E[W²] = 2ρ/(μ−λ)² (LIFO's is far larger)
        double secondMoment = run.waits().variance() + run.waits().mean() * run.waits().mean();
        double expectedSecond = 2 * lambda / ((mu - lambda) * (mu - lambda)) * MEAN_SERVICE * MEAN_SERVICE;
        assertEquals(expectedSecond, secondMoment, 0.04 * expectedSecond, "M/M/1 FIFO E[W²] = 2ρ/(μ−λ)²");
    }

    @Test
    void mmcMeanWaitMatchesErlangC() {
        int c = 3;
        double lambda = 2.1;
        double erlangC = erlangC(c, lambda);
        double expected = erlangC / (c - lambda) * MEAN_SERVICE;
        FifoRun run = runFifo(c, lambda, 23);
        assertEquals(expected, run.waits().mean(), 0.02 * expected, "M/M/3 mean wait C(c,a)/(cμ−λ)");
        assertTrue(run.servedInArrivalOrder(), "three servers, one queue, still first come first served");
    }

    @Test
    void littlesLawHolds() {
        FifoRun run = runFifo(1, 0.7, 37);
        double littleL = run.arrivalRatePerNano() * run.sojourns().mean();
        assertEquals(littleL, run.meanInSystem(), 0.02 * littleL, "L = λW");
    }

    @Test
    void mm1ProcessorSharingMeanResponseMatchesTheFormula() {
        double lambda = 0.7;
        Simulation sim = new Simulation();
        RandomStreams streams = new RandomStreams(5);
        RandomStream arrivals = streams.stream("arrivals");
        RandomStream services = streams.stream("services");
        Exponential interArrival = new Exponential(MEAN_SERVICE / lambda);
        Exponential work = new Exponential(MEAN_SERVICE);
        ProcessorSharing cpu = new ProcessorSharing(sim, "cpu", 1.0);
        Tally responses = new Tally();
        int[] arrived = {0};
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            cpu.submit(work.sample(services)).completion()
                    .whenDone(done -> responses.add(done.value().finishedAt() - done.value().submittedAt()));
            if (++arrived[0] < CUSTOMERS) {
                sim.schedule(Math.round(interArrival.sample(arrivals)), ARRIVAL, arrive[0]);
            }
        };
        sim.schedule(Math.round(interArrival.sample(arrivals)), ARRIVAL, arrive[0]);
        sim.run();
        double expected = MEAN_SERVICE / (1 - lambda);
        assertEquals(CUSTOMERS, responses.count());
        assertEquals(expected, responses.mean(), 0.02 * expected, "M/M/1-PS mean response 1/(μ−λ)");
        double littleL = CUSTOMERS / (double) sim.now() * responses.mean();
        assertEquals(littleL, cpu.activeJobsOverTime().mean(), 0.02 * littleL, "Little's law under PS");
    }

    /** Probability of waiting in M/M/c with offered load a = λ/μ (Erlang's C formula). */
    private static double erlangC(int c, double a) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term * c / (c - a);
        return top / (sum + top);
    }
}
