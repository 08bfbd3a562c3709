package org.pyston.builtins.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.runtime.Interpreter;

/**
 * One interpreter's child processes, started with {@link ProcessBuilder} (the JVM cannot fork):
 * what {@code waitpid} waits on and {@code kill} signals. A child's standard streams are either
 * the JVM's own descriptors (inherited directly) or connected to {@link OpenFile}s of the
 * descriptor table by pump threads; an exited child's output pumps are drained before
 * {@code waitpid} reports it, so its output is all there once the status is.
 *
 * <p>Exit statuses are encoded as wait(2) does ({@code code << 8}, or the signal number). The JDK
 * reports a child killed by signal N as exit code 128+N; that is read as the signal only when
 * this interpreter sent that signal to the child (otherwise it is a plain exit code).
 */
public final class Children {
    /** A started child (or a failed exec, which has exited with status 255 and has no process). */
    static final class Child {
        final long pid;
        final Process process;
        final List<Thread> outputPumps = new ArrayList<>();
        final List<Thread> inputPumps = new ArrayList<>();
        /** The last signal this interpreter sent it, or 0. */
        volatile int signalled;
        /** The wait status once reaped, else -1. */
        int fixedStatus = -1;

        Child(long pid, Process process) {
            this.pid = pid;
            this.process = process;
        }

        boolean exited() {
            return process == null || !process.isAlive();
        }

        /** Waits for exit and for the output to be drained; the wait(2) status. */
        int await() throws InterruptedException {
            if (process == null) {
                return fixedStatus;
            }
            int code = process.waitFor();
            for (Thread t : outputPumps) {
                t.join();
            }
            for (Thread t : inputPumps) {
                t.interrupt();
            }
            int sig = signalled;
            if (sig > 0 && code == 128 + sig) {
                return sig;
            }
            return (code & 0xff) << 8;
        }
    }

    private final Map<Long, Child> children = new LinkedHashMap<>();
    /** Pids for failed execs: above Linux's pid_max, so they never name a real process. */
    private long nextFakePid = 1L << 22;

    private Children() {}

    static Children of(Interpreter interp) {
        return interp.moduleState(Children.class, Children::new);
    }

    static Children current() {
        return of(Interpreter.current());
    }

    synchronized Child add(Process p) {
        Child c = new Child(p.pid(), p);
        children.put(c.pid, c);
        return c;
    }

    /** Records an exec that failed: a child that "exited" with {@code status}. */
    synchronized long addFailed(int status) {
        Child c = new Child(++nextFakePid, null);
        c.fixedStatus = status;
        children.put(c.pid, c);
        return c.pid;
    }

    synchronized Child get(long pid) {
        return children.get(pid);
    }

    synchronized void remove(long pid) {
        children.remove(pid);
    }

    synchronized List<Child> all() {
        return new ArrayList<>(children.values());
    }

    /** Copies {@code in} into {@code file} until end of stream, then releases the file. */
    static Thread pumpOut(InputStream in, OpenFile file, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    int off = 0;
                    while (off < n) {
                        off += file.write(buf, off, n - off);
                    }
                }
            } catch (IOException e) {
                // the reader went away (EPIPE) or the stream broke: the child sees a closed pipe
            } finally {
                try {
                    file.release();
                } catch (IOException e) {
                    // nothing to report from a pump thread
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Copies {@code file} into {@code out} until end of file (or interruption), then closes {@code out}. */
    static Thread pumpIn(OpenFile file, OutputStream out, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (out) {
                int n;
                while ((n = file.read(buf, 0, buf.length)) > 0) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (InterruptedIOException e) {
                // the child exited
            } catch (IOException e) {
                // the child closed its stdin
            } finally {
                try {
                    file.release();
                } catch (IOException e) {
                    // nothing to report from a pump thread
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
