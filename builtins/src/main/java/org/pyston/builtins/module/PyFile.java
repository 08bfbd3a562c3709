package org.pyston.builtins.module;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * A file opened by {@code open()}: binary ({@code _io.BufferedReader}/{@code BufferedWriter}
 * style) or text ({@code _io.TextIOWrapper}) over a {@link RandomAccessFile}. Text reads decode
 * the rest of the file once into {@link #readBuf} (files are read whole far more often than
 * piecewise); writes go straight to the file, encoded, with newline translation. Invariant: when
 * {@link #readBuf} is non-null the file position is at its end, and {@link #readPos} is the next
 * char to hand out. All operations are synchronized on the file.
 */
public final class PyFile implements PyObject {
    /** Text files. */
    public static final PyType TEXT_TYPE = PyType.builtinInModule("TextIOWrapper", "_io", PyFile.class, FileMethods.class);
    /** Binary files, by direction, as CPython names them. */
    public static final PyType READER_TYPE = PyType.builtinInModule("BufferedReader", "_io", PyFile.class, FileMethods.class);
    public static final PyType WRITER_TYPE = PyType.builtinInModule("BufferedWriter", "_io", PyFile.class, FileMethods.class);
    public static final PyType RANDOM_TYPE = PyType.builtinInModule("BufferedRandom", "_io", PyFile.class, FileMethods.class);

    final String name;
    final Object nameObj;
    final String mode;
    final boolean binary;
    final boolean readable;
    final boolean writable;
    final boolean append;
    final String encoding;
    final String errors;
    /** null: universal newlines; otherwise "", "\n", "\r" or "\r\n". */
    final String newline;
    private RandomAccessFile raf;
    String readBuf;
    int readPos;

    PyFile(Object nameObj, String name, String mode, boolean binary, boolean readable, boolean writable, boolean append,
           String encoding, String errors, String newline, RandomAccessFile raf) {
        this.nameObj = nameObj;
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.raf = raf;
    }

    @Override
    public PyType getType() {
        if (!binary) {
            return TEXT_TYPE;
        }
        return readable && writable ? RANDOM_TYPE : readable ? READER_TYPE : WRITER_TYPE;
    }

    boolean isClosed() {
        return raf == null;
    }

    RandomAccessFile raf() {
        if (raf == null) {
            throw PyExceptions.valueError("I/O operation on closed file.");
        }
        return raf;
    }

    void close() {
        if (raf != null) {
            try {
                raf.close();
            } catch (IOException e) {
                throw ioError(e);
            }
            raf = null;
        }
    }

    /** Opens {@code path} with Python {@code mode} flags; OSError subclasses with errno as CPython. */
    static RandomAccessFile openFile(Object nameObj, String path, boolean read, boolean write, boolean create,
                                     boolean truncate, boolean exclusive) {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            throw osError(PyExceptions.IS_A_DIRECTORY_ERROR, 21, "Is a directory", nameObj);
        }
        boolean exists = Files.exists(p);
        if (exclusive && exists) {
            throw osError(PyExceptions.FILE_EXISTS_ERROR, 17, "File exists", nameObj);
        }
        if (!exists && !create) {
            throw osError(PyExceptions.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", nameObj);
        }
        if (!exists && (p.getParent() != null && !Files.isDirectory(p.toAbsolutePath().getParent()))) {
            throw osError(PyExceptions.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", nameObj);
        }
        if (exists && ((read && !Files.isReadable(p)) || (write && !Files.isWritable(p)))) {
            throw osError(PyExceptions.PERMISSION_ERROR, 13, "Permission denied", nameObj);
        }
        try {
            RandomAccessFile f = new RandomAccessFile(p.toFile(), write ? "rw" : "r");
            if (truncate) {
                f.setLength(0);
            }
            return f;
        } catch (IOException e) {
            throw osError(PyExceptions.PERMISSION_ERROR, 13, "Permission denied", nameObj);
        }
    }

    static PyBaseException osError(PyType t, int errno, String msg, Object filename) {
        return PyExceptions.create(t, PyInt.valueOf(errno), PyStr.of(msg), filename);
    }

    static PyBaseException ioError(IOException e) {
        return PyExceptions.osError("%s", String.valueOf(e.getMessage()));
    }
}
