package org.pyston.builtins.posix;

/**
 * What {@code select}, {@code poll} and {@code epoll} ask of a descriptor: poll(2)'s event bits
 * (Linux's values), which each {@link OpenFile} kind answers for itself in
 * {@link OpenFile#readiness()}, and a signal that lets a waiter sleep until some file's readiness
 * may have changed.
 *
 * <p>Policy: a kind whose state changes inside the JVM (pipes, and so the streams of child
 * processes, which pump threads copy into pipes) calls {@link #changed()} on every change, so a
 * waiting {@code select} wakes at once. A kind that cannot know when its state changes (a stream
 * handed to the interpreter, a socket channel) need not call it: waiters re-check at least every
 * {@link #RECHECK_NANOS}. The signal is JVM-wide, which costs interpreters only spurious wake-ups.
 */
public final class Readiness {
    private Readiness() {}

    public static final int POLLIN = 0x001;
    public static final int POLLPRI = 0x002;
    public static final int POLLOUT = 0x004;
    public static final int POLLERR = 0x008;
    public static final int POLLHUP = 0x010;
    public static final int POLLNVAL = 0x020;
    public static final int POLLRDNORM = 0x040;
    public static final int POLLRDBAND = 0x080;
    public static final int POLLWRNORM = 0x100;
    public static final int POLLWRBAND = 0x200;
    public static final int POLLMSG = 0x400;
    public static final int POLLRDHUP = 0x2000;

    /** Readable data (or end of file) is there. */
    public static final int READABLE = POLLIN | POLLRDNORM;
    /** A write would not block. */
    public static final int WRITABLE = POLLOUT | POLLWRNORM;
    /** Regular files and directories: always ready both ways, as Linux's default poll mask. */
    public static final int ALWAYS = READABLE | WRITABLE;

    /** The bits select(2) counts as "readable" (Linux's POLLIN_SET). */
    public static final int SELECT_READ = POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR;
    /** The bits select(2) counts as "writable" (Linux's POLLOUT_SET). */
    public static final int SELECT_WRITE = POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR;
    /** The bits select(2) counts as "exceptional" (Linux's POLLEX_SET). */
    public static final int SELECT_EXCEPT = POLLPRI;

    /** The longest a waiter sleeps before re-checking kinds that do not signal their changes. */
    public static final long RECHECK_NANOS = 10_000_000L;

    private static final Object LOCK = new Object();
    /** Counts {@link #changed()} calls; a waiter sleeps only while it is unchanged. Guarded by LOCK. */
    private static long version;

    /** Says that some file's readiness may have changed: wakes every waiter. */
    public static void changed() {
        synchronized (LOCK) {
            version++;
            LOCK.notifyAll();
        }
    }

    /** The current change count, read before checking files, handed to {@link #await}. */
    public static long version() {
        synchronized (LOCK) {
            return version;
        }
    }

    /**
     * Sleeps until a change after {@code seen}, or at most {@code nanos} (capped at
     * {@link #RECHECK_NANOS}); returns at once when a change came since {@code seen}.
     */
    public static void await(long seen, long nanos) throws InterruptedException {
        long wait = Math.min(nanos, RECHECK_NANOS);
        if (wait <= 0) {
            return;
        }
        synchronized (LOCK) {
            if (version == seen) {
                LOCK.wait(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }
}
