package org.pyston.builtins.posix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;

import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;

/**
 * {@code os.scandir()}'s iterator: yields a {@link DirEntry} per name, reading the directory
 * lazily; a context manager whose exit (or the end of iteration) closes the directory.
 */
public final class ScandirIterator implements PyIterator {
    public static final PyType TYPE = PyType.builtinInModule("ScandirIterator", "posix", ScandirIterator.class,
            Methods.class);

    private final PathArg dirArg;
    private final Path dir;
    private DirectoryStream<Path> stream;
    private Iterator<Path> it;

    ScandirIterator(PathArg dirArg, Path dir, DirectoryStream<Path> stream) {
        this.dirArg = dirArg;
        this.dir = dir;
        this.stream = stream;
        this.it = stream.iterator();
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public synchronized Object nextOrNull() {
        if (stream == null) {
            return null;
        }
        try {
            if (it.hasNext()) {
                return new DirEntry(dirArg, dir, it.next().getFileName().toString());
            }
        } catch (java.nio.file.DirectoryIteratorException e) {
            close();
            throw PosixErrors.fromIO(e.getCause(), dirArg);
        }
        close();
        return null;
    }

    synchronized void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // closing a directory stream has nothing to report
            }
            stream = null;
        }
    }

    /** Methods of {@code posix.ScandirIterator}. */
    public static final class Methods {
        private Methods() {}

        @PyMethod(name = "__iter__")
        public static Object iter(Object self) {
            return self;
        }

        @PyMethod(name = "__next__")
        public static Object next(Object self) {
            Object v = ((ScandirIterator) self).nextOrNull();
            if (v == null) {
                throw PyExceptions.create(PyExceptions.STOP_ITERATION);
            }
            return v;
        }

        @PyMethod
        public static Object close(Object self) {
            ((ScandirIterator) self).close();
            return PyNone.NONE;
        }

        @PyMethod(name = "__enter__")
        public static Object enter(Object self) {
            return self;
        }

        @PyMethod(name = "__exit__", required = 0, general = true)
        public static Object exit(Object self, Object[] args, String[] kwnames) {
            ((ScandirIterator) self).close();
            return PyNone.NONE;
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(Object self) {
            throw PyExceptions.typeError("cannot pickle 'posix.ScandirIterator' object");
        }
    }
}
