package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TaskPoolTest {

    @Test
    void resultsComeBackInTaskOrderWhateverFinishesFirst() throws Exception {
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        List<Callable<String>> tasks = new ArrayList<>();
        tasks.add(() -> {
            firstMayFinish.await();
            return "first";
        });
        tasks.add(() -> {
            firstMayFinish.countDown();
            return "second";
        });
        assertEquals(List.of("first", "second"), TaskPool.runAll(tasks, 2, "test"));
        assertEquals(List.of(), TaskPool.runAll(List.<Callable<String>>of(), 2, "test"));
    }

    @Test
    void failuresAreRethrownAsTheyWere() {
        List<Callable<String>> bad = List.of(() -> {
            throw new IllegalArgumentException("no such host");
        });
        assertEquals("no such host",
                assertThrows(IllegalArgumentException.class, () -> TaskPool.runAll(bad, 1, "t")).getMessage());
        List<Callable<String>> io = List.of(() -> {
            throw new IOException("disk full");
        });
        assertEquals("disk full",
                assertThrows(UncheckedIOException.class, () -> TaskPool.runAll(io, 1, "t")).getCause().getMessage());
    }
}
