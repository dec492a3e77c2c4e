package dev.spinup.run.task;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process's pool of daemon threads, one per core, for every run, sweep and export: no call makes a pool of
 * its own. Tasks that fan out onto it ({@link ParallelTasks}) do part of the work themselves while they wait, so
 * nesting cannot deadlock however full the pool is.
 */
public final class ProcessTaskExecutor implements TaskExecutor {

    private static final class Shared {
        static final ProcessTaskExecutor INSTANCE = new ProcessTaskExecutor(
                Runtime.getRuntime().availableProcessors(), "spinup-task");
    }

    private final ThreadPoolExecutor pool;
    private final Set<RunningTask<?>> live = ConcurrentHashMap.newKeySet();

    /** A pool of its own (for tests and benchmarks); everything else uses {@link #shared()}. */
    public ProcessTaskExecutor(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        Objects.requireNonNull(name, "name");
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The one pool of the process. */
    public static ProcessTaskExecutor shared() {
        return Shared.INSTANCE;
    }

    public int threads() {
        return pool.getMaximumPoolSize();
    }

    @Override
    public <T> TaskHandle<T> submit(BackgroundTask<T> task, ProgressListener progress) {
        RunningTask<T> running = new RunningTask<>(Objects.requireNonNull(task, "task"),
                Objects.requireNonNull(progress, "progress"));
        live.add(running);
        running.result().whenComplete((value, failure) -> live.remove(running));
        try {
            pool.execute(running);
        } catch (RejectedExecutionException e) {
            live.remove(running);
            throw e;
        }
        return running;
    }

    @Override
    public void shutdown() {
        pool.shutdown();
        live.forEach(RunningTask::cancel);
    }
}
