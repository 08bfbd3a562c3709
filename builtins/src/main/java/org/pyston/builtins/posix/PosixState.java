package org.pyston.builtins.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pyston.builtins.runtime.Interpreter;

/**
 * What a POSIX process keeps in the kernel and the C library, kept per interpreter because the JVM
 * cannot change its own: the working directory ({@code chdir}), the environment ({@code putenv},
 * {@code unsetenv}; child processes get this copy), and the file-creation mask ({@code umask},
 * applied to the files and directories we create). Each interpreter starts from the JVM process's
 * values; interpreters in one JVM never see each other's changes.
 */
public final class PosixState {
    private volatile Path cwd;
    /** The environment children inherit, in the order the process had it. Guarded by itself. */
    private final Map<String, String> environment;
    private volatile int umask;

    private PosixState() {
        cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        environment = new LinkedHashMap<>(System.getenv());
        umask = processUmask();
    }

    /** The state of {@code interp}. */
    public static PosixState of(Interpreter interp) {
        return interp.moduleState(PosixState.class, PosixState::new);
    }

    /** The state of the current thread's interpreter. */
    public static PosixState current() {
        return of(Interpreter.current());
    }

    /** The working directory: absolute and normalized. */
    public Path cwd() {
        return cwd;
    }

    void setCwd(Path p) {
        cwd = p;
    }

    /** {@code p} against the working directory, as the kernel resolves a relative path. */
    public Path resolve(String p) {
        return cwd.resolve(p);
    }

    /** A snapshot of the environment, for a child process. */
    public Map<String, String> environment() {
        synchronized (environment) {
            return new LinkedHashMap<>(environment);
        }
    }

    /** The value of {@code key} in this interpreter's environment (after putenv), or null. */
    public String getenv(String key) {
        synchronized (environment) {
            return environment.get(key);
        }
    }

    void putenv(String key, String value) {
        synchronized (environment) {
            environment.put(key, value);
        }
    }

    void unsetenv(String key) {
        synchronized (environment) {
            environment.remove(key);
        }
    }

    int umask() {
        return umask;
    }

    /** Sets the mask, returning the previous one. */
    int setUmask(int mask) {
        int old = umask;
        umask = mask & 0777;
        return old;
    }

    /** The JVM process's umask: Linux shows it in /proc/self/status; 022 elsewhere. */
    private static int processUmask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) {
                    return Integer.parseInt(line.substring(6).trim(), 8);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: assume the common default
        }
        return 022;
    }
}
