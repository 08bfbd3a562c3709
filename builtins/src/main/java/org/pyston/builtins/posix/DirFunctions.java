package org.pyston.builtins.posix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * Directories and names: the working directory, {@code listdir}/{@code scandir}, creating,
 * removing, renaming and linking, {@code umask}. Relative paths resolve against the interpreter's
 * working directory ({@link PosixState}).
 */
public final class DirFunctions {
    private DirFunctions() {}

    @PyMethod
    public static Object getcwd() {
        return PyStr.of(PosixState.current().cwd().toString());
    }

    @PyMethod
    public static Object getcwdb() {
        return PyBytes.wrap(PathArg.encode(PosixState.current().cwd().toString()));
    }

    @PyMethod
    public static Object chdir(Object path) {
        PathArg p = PathArg.of("chdir", "path", path, true);
        PosixState st = PosixState.current();
        Path target;
        if (p.isFd()) {
            target = FdFunctions.file(p.fd).path();
            if (target == null || !Files.isDirectory(target)) {
                throw PosixErrors.error(ErrnoException.ENOTDIR);
            }
        } else {
            target = p.path();
            if (!Files.exists(target)) {
                throw PosixErrors.error(ErrnoException.ENOENT, p.object, null);
            }
            if (!Files.isDirectory(target)) {
                throw PosixErrors.error(ErrnoException.ENOTDIR, p.object, null);
            }
            if (!Files.isExecutable(target)) {
                throw PosixErrors.error(ErrnoException.EACCES, p.object, null);
            }
        }
        try {
            // The kernel keeps the directory itself, not the name: resolve symbolic links and "..".
            st.setCwd(target.toRealPath());
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object fchdir(Object fd) {
        return chdir(PyInt.valueOf(FdFunctions.fileDescriptor(fd)));
    }

    /** The directory a path-or-descriptor argument names (for listdir/scandir of an fd). */
    static Path directoryOf(PathArg p) {
        if (!p.isFd()) {
            return p.path();
        }
        OpenFile f = FdFunctions.file(p.fd);
        if (!(f instanceof DirectoryFile)) {
            throw PosixErrors.error(ErrnoException.ENOTDIR);
        }
        return f.path();
    }

    /** A nullable path argument of listdir/scandir ("." when absent). */
    static PathArg dirArg(String fn, Object o) {
        if (o == null || o == PyNone.NONE) {
            return PathArg.ofString(".");
        }
        if (!(o instanceof PyStr) && !(o instanceof PyBytes)
                && org.pyston.builtins.ops.TypeOps.typeOf(o).lookup("__fspath__") == null
                && org.pyston.builtins.ops.TypeOps.typeOf(o).lookup("__index__") == null) {
            throw PyExceptions.typeError("%s: path should be string, bytes, os.PathLike, integer or None, not %s", fn,
                    org.pyston.builtins.ops.TypeOps.typeName(o));
        }
        return PathArg.of(fn, "path", o, true);
    }

    @PyMethod(general = true)
    public static Object listdir(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("listdir", args, kwnames, 1, new String[] {"path"}, 0);
        PathArg p = dirArg("listdir", a[0]);
        PyList out = new PyList();
        Path dir = directoryOf(p);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) {
                out.append(p.wrap(e.getFileName().toString()));
            }
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
        return out;
    }

    @PyMethod(general = true)
    public static Object scandir(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("scandir", args, kwnames, 1, new String[] {"path"}, 0);
        PathArg p = dirArg("scandir", a[0]);
        Path dir = directoryOf(p);
        try {
            return new ScandirIterator(p, dir, Files.newDirectoryStream(dir));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
    }

    @PyMethod(general = true)
    public static Object mkdir(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("mkdir", args, kwnames, 2, new String[] {"path", "mode", "dir_fd"}, 1);
        StatFunctions.noDirFd("mkdir", a[2]);
        PathArg p = PathArg.of("mkdir", "path", a[0], false);
        int mode = a[1] == null ? 0777 : (int) UnaryOps.indexAsLong(a[1]);
        Path path = p.path();
        try {
            Files.createDirectory(path);
            try {
                Files.setAttribute(path, "unix:mode", mode & 0777 & ~PosixState.current().umask());
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                // not a POSIX file system: keep the default permissions
            }
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object rmdir(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("rmdir", args, kwnames, 1, new String[] {"path", "dir_fd"}, 1);
        StatFunctions.noDirFd("rmdir", a[1]);
        PathArg p = PathArg.of("rmdir", "path", a[0], false);
        Path path = p.path();
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw PosixErrors.error(ErrnoException.ENOTDIR, p.object, null);
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
        return PyNone.NONE;
    }

    private static Object removeFile(String fn, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse(fn, args, kwnames, 1, new String[] {"path", "dir_fd"}, 1);
        StatFunctions.noDirFd(fn, a[1]);
        PathArg p = PathArg.of(fn, "path", a[0], false);
        Path path = p.path();
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw PosixErrors.error(ErrnoException.EISDIR, p.object, null);
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object remove(Object[] args, String[] kwnames) {
        return removeFile("remove", args, kwnames);
    }

    @PyMethod(general = true)
    public static Object unlink(Object[] args, String[] kwnames) {
        return removeFile("unlink", args, kwnames);
    }

    private static Object move(String fn, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse(fn, args, kwnames, 2, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2);
        StatFunctions.noDirFd(fn, a[2]);
        StatFunctions.noDirFd(fn, a[3]);
        PathArg src = PathArg.of(fn, "src", a[0], false);
        PathArg dst = PathArg.of(fn, "dst", a[1], false);
        try {
            Path s = src.path();
            Path d = dst.path();
            if (!Files.exists(s, LinkOption.NOFOLLOW_LINKS)) {
                throw new ErrnoException(ErrnoException.ENOENT);
            }
            boolean srcDir = Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS);
            if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && !srcDir) {
                throw new ErrnoException(ErrnoException.EISDIR);
            }
            if (srcDir && Files.exists(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                throw new ErrnoException(ErrnoException.ENOTDIR);
            }
            Files.move(s, d, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            throw PosixErrors.error(ErrnoException.EXDEV, src.object, dst.object);
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, src, dst);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object rename(Object[] args, String[] kwnames) {
        return move("rename", args, kwnames);
    }

    @PyMethod(general = true)
    public static Object replace(Object[] args, String[] kwnames) {
        return move("replace", args, kwnames);
    }

    @PyMethod(general = true)
    public static Object link(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("link", args, kwnames, 2,
                new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2);
        StatFunctions.noDirFd("link", a[2]);
        StatFunctions.noDirFd("link", a[3]);
        PathArg src = PathArg.of("link", "src", a[0], false);
        PathArg dst = PathArg.of("link", "dst", a[1], false);
        try {
            Files.createLink(dst.path(), src.path());
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, src, dst);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object symlink(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("symlink", args, kwnames, 3,
                new String[] {"src", "dst", "target_is_directory", "dir_fd"}, 2);
        StatFunctions.noDirFd("symlink", a[3]);
        PathArg src = PathArg.of("symlink", "src", a[0], false);
        PathArg dst = PathArg.of("symlink", "dst", a[1], false);
        try {
            // The link holds the text as given, relative or not.
            Files.createSymbolicLink(dst.path(), Path.of(src.text));
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, src, dst);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object readlink(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("readlink", args, kwnames, 1, new String[] {"path", "dir_fd"}, 1);
        StatFunctions.noDirFd("readlink", a[1]);
        PathArg p = PathArg.of("readlink", "path", a[0], false);
        try {
            return p.wrap(Files.readSymbolicLink(p.path()).toString());
        } catch (NotLinkException e) {
            throw PosixErrors.error(ErrnoException.EINVAL, p.object, null);
        } catch (IOException e) {
            throw PosixErrors.fromIO(e, p);
        }
    }

    @PyMethod
    public static Object umask(Object mask) {
        return PyInt.valueOf(PosixState.current().setUmask((int) UnaryOps.indexAsLong(mask)));
    }
}
