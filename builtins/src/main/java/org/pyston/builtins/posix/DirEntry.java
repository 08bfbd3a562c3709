package org.pyston.builtins.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code os.DirEntry}: one name from {@code scandir}, with its path and cached status. CPython
 * gets the file type from readdir for free; java.nio's directory stream gives names only, so
 * the first {@code is_dir}/{@code is_file}/{@code is_symlink}/{@code stat} call does an lstat
 * (and a stat for a symbolic link followed), both cached as CPython caches them.
 */
public final class DirEntry implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("DirEntry", "posix", DirEntry.class, Methods.class);

    private final PathArg dirArg;
    private final Path path;
    private final String name;
    /** Cached lstat and stat results (stat_result objects), null until asked for. */
    private Object lstat;
    private Object stat;

    DirEntry(PathArg dirArg, Path dir, String name) {
        this.dirArg = dirArg;
        this.path = dir.resolve(name);
        this.name = name;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code path}: the scandir argument joined with the name (just the name for a descriptor). */
    Object pathObject() {
        if (dirArg.isFd()) {
            return dirArg.wrap(name);
        }
        String d = dirArg.text;
        String joined = d.isEmpty() ? name : d.endsWith("/") ? d + name : d + "/" + name;
        return dirArg.wrap(joined);
    }

    synchronized Object lstat() {
        if (lstat == null) {
            try {
                lstat = StatFunctions.statPath(path, false);
            } catch (IOException e) {
                throw PosixErrors.error(PosixErrors.errnoOf(e), pathObject(), null);
            }
        }
        return lstat;
    }

    synchronized Object stat(boolean follow) {
        if (!follow || !isLink()) {
            return lstat();
        }
        if (stat == null) {
            try {
                stat = StatFunctions.statPath(path, true);
            } catch (IOException e) {
                throw PosixErrors.error(PosixErrors.errnoOf(e), pathObject(), null);
            }
        }
        return stat;
    }

    private static long mode(Object st) {
        return ((PyInt) AttributeOps.getAttr(st, "st_mode")).value;
    }

    boolean isLink() {
        return (mode(lstat()) & 0170000) == 0120000;
    }

    /** Whether the entry (followed or not) has file type {@code type}; a vanished target is not. */
    boolean isType(long type, boolean follow) {
        try {
            return (mode(stat(follow)) & 0170000) == type;
        } catch (PyBaseException e) {
            if (follow && Files.isSymbolicLink(path) && !Files.exists(path)) {
                return false;
            }
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            throw e;
        }
    }

    /** Methods of {@code posix.DirEntry}. */
    public static final class Methods {
        private Methods() {}

        @PyGetter("name")
        public static Object name(Object self) {
            DirEntry e = (DirEntry) self;
            return e.dirArg.wrap(e.name);
        }

        @PyGetter("path")
        public static Object path(Object self) {
            return ((DirEntry) self).pathObject();
        }

        @PyMethod(name = "__fspath__")
        public static Object fspath(Object self) {
            return ((DirEntry) self).pathObject();
        }

        @PyMethod(name = "__repr__")
        public static Object repr(Object self) {
            return PyStr.of("<DirEntry " + Repr.repr(name(self)) + ">");
        }

        @PyMethod
        public static Object inode(Object self) {
            return AttributeOps.getAttr(((DirEntry) self).lstat(), "st_ino");
        }

        private static boolean follow(String fn, Object[] args, String[] kwnames) {
            Object[] a = ArgParser.parse(fn, args, kwnames, 0, new String[] {"follow_symlinks"}, 0);
            return StatFunctions.flag(a[0], true);
        }

        @PyMethod(name = "is_dir", general = true)
        public static Object isDir(Object self, Object[] args, String[] kwnames) {
            return PyBool.of(((DirEntry) self).isType(0040000, follow("is_dir", args, kwnames)));
        }

        @PyMethod(name = "is_file", general = true)
        public static Object isFile(Object self, Object[] args, String[] kwnames) {
            return PyBool.of(((DirEntry) self).isType(0100000, follow("is_file", args, kwnames)));
        }

        @PyMethod(name = "is_symlink")
        public static Object isSymlink(Object self) {
            return PyBool.of(((DirEntry) self).isType(0120000, false));
        }

        @PyMethod(general = true)
        public static Object stat(Object self, Object[] args, String[] kwnames) {
            return ((DirEntry) self).stat(follow("stat", args, kwnames));
        }

        @PyMethod(name = "__class_getitem__", isClass = true)
        public static Object classGetitem(Object cls, Object item) {
            return new org.pyston.builtins.typing.PyGenericAlias(cls, item);
        }
    }
}
