package org.pyston.builtins.posix;

import java.util.ServiceLoader;

import org.pyston.builtins.container.StructSequence;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;

/**
 * {@code os.statvfs} and {@code os.fstatvfs} (what {@code shutil.disk_usage} calls), returning
 * CPython's {@code os.statvfs_result}; the system call is a {@link FileSystemStats} service.
 */
public final class StatvfsFunctions {
    private StatvfsFunctions() {}

    /** {@code os.statvfs_result}: ten tuple items, f_fsid an attribute only. */
    public static final PyType STATVFS_RESULT = StructSequence.define("os", "statvfs_result", "os.statvfs_result",
            new String[] {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
                "f_flag", "f_namemax", "f_fsid"}, 10);

    private static final class Service {
        static final FileSystemStats INSTANCE = ServiceLoader.load(FileSystemStats.class,
                FileSystemStats.class.getClassLoader()).findFirst().orElse(null);
    }

    private static FileSystemStats service() {
        FileSystemStats s = Service.INSTANCE;
        if (s == null) {
            // a class path without cext-bridge: the call cannot be made, say so (ENOSYS)
            throw PosixErrors.error(38);
        }
        return s;
    }

    @PyMethod(general = true)
    public static Object statvfs(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("statvfs", args, kwnames, 1, new String[] {"path"}, 1);
        PathArg p = PathArg.of("statvfs", "path", a[0], true);
        try {
            return result(p.fd >= 0 ? service().fstatvfs(p.fd) : service().statvfs(p.text));
        } catch (ErrnoException e) {
            throw PosixErrors.error(e.errno, p.fd >= 0 ? null : p.object, null);
        }
    }

    @PyMethod(general = true)
    public static Object fstatvfs(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("fstatvfs", args, kwnames, 1, new String[] {"fd"}, 1);
        int fd = FdFunctions.fdArg(a[0]);
        try {
            return result(service().fstatvfs(fd));
        } catch (ErrnoException e) {
            throw PosixErrors.error(e.errno);
        }
    }

    private static Object result(long[] v) {
        Object[] items = new Object[11];
        for (int i = 0; i < 11; i++) {
            items[i] = PyInt.valueOf(v[i]);
        }
        return StructSequence.make(STATVFS_RESULT, items);
    }
}
