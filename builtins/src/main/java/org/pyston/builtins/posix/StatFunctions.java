package org.pyston.builtins.posix;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.StructSequence;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.UnaryOps;

/**
 * File status and metadata: {@code stat}, {@code lstat}, {@code fstat} (CPython's
 * {@code os.stat_result}), {@code access}, {@code chmod}, {@code chown}, {@code utime}, over
 * java.nio.file's "unix" attribute view (the st_* values of the stat(2) system call). Descriptors
 * are accepted where CPython accepts them ({@code os.supports_fd}); {@code dir_fd} is not (it is
 * absent from {@code _have_functions}, so os and shutil never pass it).
 */
public final class StatFunctions {
    private StatFunctions() {}

    /**
     * {@code os.stat_result}: ten tuple items (the three times as whole seconds), and every field as
     * an attribute (the times as floats; st_*time_ns, st_blksize, st_blocks, st_rdev unindexed).
     * The repeated time names are CPython's unnamed int slots, which its repr also shows by the
     * following names.
     */
    public static final PyType STAT_RESULT = StructSequence.define("os", "stat_result", "os.stat_result",
            new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime",
                "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10);

    /** Block sizes of file stores, by device (looking a store up costs a mount-table scan). */
    private static final Map<Long, Long> BLOCK_SIZES = new ConcurrentHashMap<>();

    static Object statPath(Path path, boolean follow) throws IOException {
        Map<String, Object> a = follow ? Files.readAttributes(path, "unix:*")
                : Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
        long size = num(a, "size");
        long dev = num(a, "dev");
        long blksize = BLOCK_SIZES.computeIfAbsent(dev, d -> blockSize(path));
        // st_blocks is not in the attribute view: the 512-byte units of whole blocks the size needs.
        long blocks = (size + blksize - 1) / blksize * (blksize / 512);
        return make(num(a, "mode"), num(a, "ino"), dev, num(a, "nlink"), num(a, "uid"), num(a, "gid"), size,
                (FileTime) a.get("lastAccessTime"), (FileTime) a.get("lastModifiedTime"), (FileTime) a.get("ctime"),
                blksize, blocks, num(a, "rdev"));
    }

    private static long blockSize(Path p) {
        try {
            FileStore fs = Files.getFileStore(p);
            return fs.getBlockSize();
        } catch (IOException | UnsupportedOperationException e) {
            return 4096;
        }
    }

    private static long num(Map<String, Object> a, String k) {
        Object v = a.get(k);
        return v == null ? 0 : ((Number) v).longValue();
    }

    private static Object make(long mode, long ino, long dev, long nlink, long uid, long gid, long size,
                               FileTime at, FileTime mt, FileTime ct, long blksize, long blocks, long rdev) {
        long[] ns = {nanos(at), nanos(mt), nanos(ct)};
        Object[] v = new Object[19];
        v[0] = PyInt.valueOf(mode);
        v[1] = PyInt.valueOf(ino);
        v[2] = PyInt.valueOf(dev);
        v[3] = PyInt.valueOf(nlink);
        v[4] = PyInt.valueOf(uid);
        v[5] = PyInt.valueOf(gid);
        v[6] = PyInt.valueOf(size);
        for (int i = 0; i < 3; i++) {
            v[7 + i] = PyInt.valueOf(Math.floorDiv(ns[i], 1_000_000_000L));
            v[10 + i] = new PyFloat(Math.floorDiv(ns[i], 1_000_000_000L) + Math.floorMod(ns[i], 1_000_000_000L) * 1e-9);
            v[13 + i] = PyInt.valueOf(ns[i]);
        }
        v[16] = PyInt.valueOf(blksize);
        v[17] = PyInt.valueOf(blocks);
        v[18] = PyInt.valueOf(rdev);
        return StructSequence.make(STAT_RESULT, v);
    }

    private static long nanos(FileTime t) {
        if (t == null) {
            return 0;
        }
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** {@code fstat} of an open file: its path's status, or what a pipe or stream reports. */
    static Object statOpenFile(OpenFile f) throws IOException {
        Path p = f.path();
        if (p != null) {
            try {
                return statPath(p, true);
            } catch (IOException e) {
                // unlinked since it was opened: fall through to what the descriptor knows
            }
        }
        FileTime now = FileTime.from(Instant.now());
        long uid = ProcessFunctions.ids()[0];
        long gid = ProcessFunctions.ids()[4];
        return make(f.fileType() | 0600, 0, 0, 1, uid, gid, f.size(), now, now, now, 4096, 0, 0);
    }

    static Object stat(String fn, PathArg p, boolean follow) {
        try {
            if (p.isFd()) {
                return statOpenFile(FileDescriptors.current().get(p.fd));
            }
            return statPath(p.path(), follow);
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        } catch (UnsupportedOperationException e) {
            throw PyExceptions.notImplementedError("os.%s() needs a POSIX file system", fn);
        }
    }

    static void noDirFd(String fn, Object dirFd) {
        if (dirFd != null && dirFd != PyNone.NONE) {
            throw PyExceptions.notImplementedError("%s: dir_fd unavailable on this platform", fn);
        }
    }

    static boolean flag(Object o, boolean dflt) {
        return o == null ? dflt : Truth.isTrue(o);
    }

    @PyMethod(general = true)
    public static Object stat(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("stat", args, kwnames, 1, new String[] {"path", "dir_fd", "follow_symlinks"}, 1);
        noDirFd("stat", a[1]);
        return stat("stat", PathArg.of("stat", "path", a[0], true), flag(a[2], true));
    }

    @PyMethod(general = true)
    public static Object lstat(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("lstat", args, kwnames, 1, new String[] {"path", "dir_fd"}, 1);
        noDirFd("lstat", a[1]);
        return stat("lstat", PathArg.of("lstat", "path", a[0], false), false);
    }

    @PyMethod(general = true)
    public static Object fstat(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("fstat", args, kwnames, 1, new String[] {"fd"}, 1);
        int fd = FdFunctions.fdArg(a[0]);
        try {
            return statOpenFile(FileDescriptors.current().get(fd));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
    }

    @PyMethod(general = true)
    public static Object access(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("access", args, kwnames, 2,
                new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2);
        noDirFd("access", a[2]);
        PathArg p = PathArg.of("access", "path", a[0], false);
        long mode = UnaryOps.indexAsLong(a[1]);
        Path path = p.path();
        boolean ok = flag(a[4], true) ? Files.exists(path) : Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        if (ok && (mode & 4) != 0) {
            ok = Files.isReadable(path);
        }
        if (ok && (mode & 2) != 0) {
            ok = Files.isWritable(path);
        }
        if (ok && (mode & 1) != 0) {
            ok = Files.isExecutable(path);
        }
        return PyBool.of(ok);
    }

    @PyMethod(general = true)
    public static Object chmod(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("chmod", args, kwnames, 2, new String[] {"path", "mode", "dir_fd", "follow_symlinks"}, 2);
        noDirFd("chmod", a[2]);
        PathArg p = PathArg.of("chmod", "path", a[0], true);
        int mode = (int) UnaryOps.indexAsLong(a[1]);
        if (!flag(a[3], true)) {
            throw PyExceptions.notImplementedError("chmod: follow_symlinks unavailable on this platform");
        }
        setUnix(p, "unix:mode", mode & 07777);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object fchmod(Object fd, Object mode) {
        return chmod(new Object[] {fd, mode}, null);
    }

    private static void setUnix(PathArg p, String attr, int value) {
        try {
            Path path;
            if (p.isFd()) {
                path = FileDescriptors.current().get(p.fd).path();
                if (path == null) {
                    throw new ErrnoException(ErrnoException.EINVAL);
                }
            } else {
                path = p.path();
            }
            Files.setAttribute(path, attr, value);
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw PyExceptions.notImplementedError("%s needs a POSIX file system", attr);
        }
    }

    @PyMethod(general = true)
    public static Object chown(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("chown", args, kwnames, 3,
                new String[] {"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3);
        noDirFd("chown", a[3]);
        PathArg p = PathArg.of("chown", "path", a[0], true);
        long uid = UnaryOps.indexAsLong(a[1]);
        long gid = UnaryOps.indexAsLong(a[2]);
        if (uid != -1) {
            setUnix(p, "unix:uid", (int) uid);
        }
        if (gid != -1) {
            setUnix(p, "unix:gid", (int) gid);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object utime(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("utime", args, kwnames, 2,
                new String[] {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1);
        noDirFd("utime", a[3]);
        PathArg p = PathArg.of("utime", "path", a[0], true);
        Object times = a[1] == null ? PyNone.NONE : a[1];
        FileTime at;
        FileTime mt;
        if (times != PyNone.NONE && a[2] != null) {
            throw PyExceptions.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (times != PyNone.NONE) {
            if (!(times instanceof PyTuple t) || t.items.length != 2) {
                throw PyExceptions.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            at = fromSeconds(t.items[0]);
            mt = fromSeconds(t.items[1]);
        } else if (a[2] != null) {
            if (!(a[2] instanceof PyTuple t) || t.items.length != 2) {
                throw PyExceptions.typeError("utime: 'ns' must be a tuple of two ints");
            }
            at = fromNanos(t.items[0]);
            mt = fromNanos(t.items[1]);
        } else {
            at = mt = FileTime.from(Instant.now());
        }
        try {
            Path path = p.isFd() ? FileDescriptors.current().get(p.fd).path() : p.path();
            if (path == null) {
                throw new ErrnoException(ErrnoException.EINVAL);
            }
            BasicFileAttributeView v = flag(a[4], true)
                    ? Files.getFileAttributeView(path, BasicFileAttributeView.class)
                    : Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            v.setTimes(mt, at, null);
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
        return PyNone.NONE;
    }

    private static FileTime fromSeconds(Object o) {
        if (o instanceof PyFloat f) {
            double s = Math.floor(f.value);
            long nanos = Math.round((f.value - s) * 1e9);
            return FileTime.from(Instant.ofEpochSecond((long) s, nanos));
        }
        if (!IntMath.isInt(o)) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer",
                    org.pyston.builtins.ops.TypeOps.typeName(o));
        }
        return FileTime.from(Instant.ofEpochSecond(UnaryOps.indexAsLong(o)));
    }

    private static FileTime fromNanos(Object o) {
        long ns = UnaryOps.indexAsLong(o);
        return FileTime.from(Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)));
    }
}
