package org.convolve;

/**
 * Ends the tool when the process that started it ends. Maven's {@code exec:exec} does not stop the
 * JVM it forked when Maven itself is stopped, so without this the README's run command would leave
 * a tool holding its port after Maven is gone.
 */
final class ParentProcessWatch {
    private ParentProcessWatch() {
    }

    /** Runs {@code stop} once the parent ends. */
    static void onParentExit(Runnable stop) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(stop));
    }
}
