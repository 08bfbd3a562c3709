package org.pyston.cext.libc;

import java.io.FileDescriptor;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.OsErrors;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.ChannelFile;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;
import org.pyston.builtins.posix.StreamFile;

/**
 * From a Python file descriptor to the operating system's. Python descriptors are the
 * interpreter's own numbers ({@link FileDescriptors}); a system call needs the JVM process's
 * descriptor behind them:
 * <ul>
 *   <li>0, 1, 2 on the process's standard streams are the process's 0, 1, 2;</li>
 *   <li>a file ({@link ChannelFile}) is the descriptor inside its {@link FileChannel}: read from
 *       the channel's private {@code fd} field, which needs {@code --add-opens
 *       java.base/sun.nio.ch} and {@code java.base/java.io} (pyston.jar's manifest and the test
 *       JVMs grant them); without them, the one entry of {@code /proc/self/fd} that names the
 *       file, when there is exactly one;</li>
 *   <li>anything else (the JVM-side pipes of {@code os.pipe}, child-process streams, directories)
 *       has no OS descriptor: OSError EBADF with a message that says so, never a call on some
 *       unrelated descriptor.</li>
 * </ul>
 */
public final class OsDescriptors {
    private OsDescriptors() {}

    /**
     * A descriptor argument as CPython's {@code PyObject_AsFileDescriptor} takes it: an int, or an
     * object whose {@code fileno()} returns one.
     */
    public static int fdArg(Object o) {
        Object v = o;
        if (!IntMath.isInt(o)) {
            if (TypeOps.typeOf(o).lookup("fileno") == null) {
                throw PyExceptions.typeError("argument must be an int, or have a fileno() method.");
            }
            v = CallOps.callMethod(o, "fileno", new Object[0], null);
            if (!IntMath.isInt(v)) {
                throw PyExceptions.typeError("fileno() returned a non-integer");
            }
        }
        long fd = UnaryOps.indexAsLong(v);
        if (fd > Integer.MAX_VALUE || fd < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        if (fd < 0) {
            throw PyExceptions.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        return (int) fd;
    }

    /** The open file behind Python descriptor {@code fd}: OSError EBADF when it is not open. */
    public static OpenFile file(int fd) {
        try {
            return FileDescriptors.current().get(fd);
        } catch (ErrnoException e) {
            throw OsErrors.error(e.errno, null, null);
        }
    }

    /** The OS descriptor behind Python descriptor {@code fd} (see the class comment). */
    public static int osFd(int fd) {
        int n = osFdOrMinus1(fd);
        if (n < 0) {
            throw noOsDescriptor(fd, file(fd));
        }
        return n;
    }

    /** The OS descriptor behind open Python descriptor {@code fd}, or -1 when it has none. */
    public static int osFdOrMinus1(int fd) {
        OpenFile f = file(fd);
        if (f instanceof StreamFile s && s.processStream() >= 0) {
            return s.processStream();
        }
        if (f instanceof ChannelFile c) {
            return channelFd(c.channel(), c.path());
        }
        return -1;
    }

    private static PyBaseException noOsDescriptor(int fd, OpenFile f) {
        String kind = f instanceof ChannelFile ? "a file whose OS descriptor the JVM does not reveal (run with "
                + "--add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED)"
                : "a JVM-side " + kind(f) + " with no OS descriptor behind it";
        return (PyBaseException) CallOps.call(PyExceptions.OS_ERROR, new Object[] {PyInt.valueOf(9),
            org.pyston.builtins.text.PyStr.of("Bad file descriptor: descriptor " + fd + " is " + kind)}, null);
    }

    private static String kind(OpenFile f) {
        String n = f.getClass().getSimpleName();
        switch (n) {
            case "End": return "pipe end";
            case "DirectoryFile": return "directory";
            case "SocketFile": return "socket";
            case "EpollFile": return "epoll object";
            case "StreamFile": return "stream";
            default: return n;
        }
    }

    /** The channel's private descriptor field, or null when the JDK does not let us read it. */
    private static final class Fields {
        static final Field CHANNEL_FD = field("sun.nio.ch.FileChannelImpl", "fd");
        static final Field DESCRIPTOR_FD = field("java.io.FileDescriptor", "fd");

        private static Field field(String cls, String name) {
            try {
                Field f = Class.forName(cls).getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null; // InaccessibleObjectException without --add-opens
            }
        }
    }

    /** The OS descriptor of {@code channel} (opened from {@code path}), or -1 when it cannot be known. */
    static int channelFd(FileChannel channel, Path path) {
        if (Fields.CHANNEL_FD != null && Fields.DESCRIPTOR_FD != null
                && Fields.CHANNEL_FD.getDeclaringClass().isInstance(channel)) {
            try {
                FileDescriptor d = (FileDescriptor) Fields.CHANNEL_FD.get(channel);
                return Fields.DESCRIPTOR_FD.getInt(d);
            } catch (IllegalAccessException e) {
                // fall through to /proc
            }
        }
        return procFd(path);
    }

    /** The one descriptor of this process that names {@code path}, or -1 (none, or ambiguous). */
    private static int procFd(Path path) {
        if (path == null) {
            return -1;
        }
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            Path real = path.toRealPath();
            int[] found = fds.filter(p -> {
                try {
                    return Files.readSymbolicLink(p).equals(real);
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            }).mapToInt(p -> Integer.parseInt(p.getFileName().toString())).limit(2).toArray();
            return found.length == 1 ? found[0] : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
