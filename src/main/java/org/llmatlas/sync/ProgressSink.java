package org.llmatlas.sync;

/** Where long work reports progress: a task is started with its size, stepped, then done. */
@FunctionalInterface
public interface ProgressSink {
    /** Reports nothing. */
    ProgressSink NONE = (what, total) -> new Task() {
        @Override
        public void step() {
        }

        @Override
        public void done() {
        }
    };

    Task start(String what, int total);

    /** One piece of long work. */
    interface Task {
        void step();

        void done();
    }
}
