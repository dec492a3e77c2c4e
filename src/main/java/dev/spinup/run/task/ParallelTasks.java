package dev.spinup.run.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs independent pieces of one task (the arms and replications of a run, the points of a sweep, the charts of
 * an export) side by side on an executor and returns their results in the order given, so nothing downstream
 * depends on which finished first.
 *
 * <p>The calling thread is one of the workers: it takes pieces off the shared list until none is left, and helpers
 * submitted to the executor do the same. A helper that starts late finds nothing and returns, so a task on the
 * process pool may fan out onto that same pool without ever waiting for a thread (no nested deadlock). The first
 * failure, or the parent's cancellation, stops every piece (each polls its context), and the call returns only
 * when no piece is running any more.
 */
public final class ParallelTasks {

    private ParallelTasks() {
    }

    /**
     * Runs {@code pieces} with at most {@code parallelism} at once; reports each finished piece to
     * {@code context} as progress; rethrows the first failure as it was thrown (checked ones wrapped once), or
     * {@link CancellationException} when {@code context} was cancelled.
     */
    public static <T> List<T> runAll(List<? extends BackgroundTask<? extends T>> pieces, TaskExecutor executor,
                                     int parallelism, TaskContext context) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("at least one piece at a time");
        }
        context.throwIfCancelled();
        if (pieces.isEmpty()) {
            return List.of();
        }
        Group<T> group = new Group<>(pieces, context);
        List<TaskHandle<Void>> helpers = new ArrayList<>();
        try {
            for (int h = 1; h < Math.min(parallelism, pieces.size()); h++) {
                helpers.add(executor.submit(ignored -> {
                    group.work();
                    return null;
                }, ProgressListener.NONE));
            }
        } catch (RejectedExecutionException e) {
            // A pool that is shut down lends no helpers; the caller does the work alone.
        }
        group.work();
        group.awaitAll();
        // Helpers still queued would find nothing to do; cancelling drops them from the queue's work.
        helpers.forEach(TaskHandle::cancel);
        return group.results();
    }

    /** The shared state of one fan-out. */
    private static final class Group<T> implements TaskContext {

        private final List<? extends BackgroundTask<? extends T>> pieces;
        private final TaskContext parent;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReferenceArray<T> results;
        private final CountDownLatch finished;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Object progressLock = new Object();
        private volatile boolean stopped;
        private int done;

        Group(List<? extends BackgroundTask<? extends T>> pieces, TaskContext parent) {
            this.pieces = pieces;
            this.parent = parent;
            this.results = new AtomicReferenceArray<>(pieces.size());
            this.finished = new CountDownLatch(pieces.size());
        }

        void work() {
            int index;
            while ((index = next.getAndIncrement()) < pieces.size()) {
                try {
                    if (!isCancelled()) {
                        results.set(index, pieces.get(index).call(this));
                        reportDone();
                    }
                } catch (Throwable t) {
                    if (!(t instanceof CancellationException && isCancelled())) {
                        failure.compareAndSet(null, t);
                    }
                    stopped = true;
                } finally {
                    finished.countDown();
                }
            }
        }

        void awaitAll() {
            boolean interrupted = false;
            while (true) {
                try {
                    finished.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    stopped = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        List<T> results() {
            Throwable thrown = failure.get();
            if (thrown != null) {
                throw Failures.unchecked(thrown);
            }
            if (isCancelled()) {
                throw new CancellationException("cancelled");
            }
            List<T> out = new ArrayList<>(pieces.size());
            for (int i = 0; i < pieces.size(); i++) {
                out.add(results.get(i));
            }
            return out;
        }

        private void reportDone() {
            synchronized (progressLock) {
                parent.progress(++done, pieces.size());
            }
        }

        /** A piece's own progress is too fine to report; the group reports pieces done. */
        @Override
        public void progress(int pieceDone, int pieceTotal) {
        }

        @Override
        public boolean isCancelled() {
            return stopped || parent.isCancelled();
        }
    }
}
