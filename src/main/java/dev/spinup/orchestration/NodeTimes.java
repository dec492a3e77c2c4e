package dev.spinup.orchestration;

/**
 * When one node changed state, for playing a cluster back: asked for (a node VM starts booting; a bare-metal node
 * at the start), Ready, its machine failed, marked NotReady by the node lifecycle controller; −1 for "never".
 */
public record NodeTimes(long requestedAt, long readyAt, long failedAt, long notReadyAt) {

    /** Noted while the run goes on; read once at the end. */
    static final class Keeper {
        private final long requestedAt;
        private long readyAt = -1;
        private long failedAt = -1;
        private long notReadyAt = -1;

        Keeper(long requestedAt) {
            this.requestedAt = requestedAt;
        }

        void ready(long now) {
            if (readyAt < 0) {
                readyAt = now;
            }
        }

        void failed(long now) {
            failedAt = now;
        }

        void notReady(long now) {
            notReadyAt = now;
        }

        NodeTimes times() {
            return new NodeTimes(requestedAt, readyAt, failedAt, notReadyAt);
        }
    }
}
