package org.pyston.builtins.module;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * A text stream ({@code sys.stdout}, {@code sys.stderr}, {@code sys.stdin}) over a Java stream,
 * UTF-8. Output is buffered (stdout: 64 KiB) and flushed explicitly, at exit, or — for a stream
 * that has a {@code flushFirst} partner (stderr → stdout) — before each write, so interleaving
 * matches CPython's. Writes are synchronized on the stream.
 */
public final class PyTextStream implements PyObject {
    /** Shown as {@code _io.TextIOWrapper}. */
    public static final PyType TYPE = PyType.builtinInModule("TextIOWrapper", "_io", PyTextStream.class,
            TextStreamMethods.class);

    private final String name;
    private final Writer writer;
    private final BufferedReader reader;
    private final PyTextStream flushFirst;
    private final boolean lineBuffered;

    private PyTextStream(String name, Writer writer, BufferedReader reader, PyTextStream flushFirst,
                         boolean lineBuffered) {
        this.name = name;
        this.writer = writer;
        this.reader = reader;
        this.flushFirst = flushFirst;
        this.lineBuffered = lineBuffered;
    }

    /** An output stream with a buffer of {@code bufferSize} chars (0: flushed after every write). */
    public static PyTextStream forOutput(String name, OutputStream out, int bufferSize, PyTextStream flushFirst) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bufferSize > 0) {
            w = new BufferedWriter(w, bufferSize);
        }
        return new PyTextStream(name, w, null, flushFirst, bufferSize == 0);
    }

    /** An input stream. */
    public static PyTextStream forInput(String name, InputStream in) {
        return new PyTextStream(name, null, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                null, false);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public String getName() {
        return name;
    }

    /** Writes {@code s}. */
    public void write(String s) {
        if (writer == null) {
            throw PyExceptions.create(PyExceptions.OS_ERROR, org.pyston.builtins.text.PyStr.of("not writable"));
        }
        if (flushFirst != null) {
            flushFirst.flush();
        }
        synchronized (this) {
            try {
                writer.write(s);
                if (lineBuffered) {
                    writer.flush();
                }
            } catch (IOException e) {
                throw PyExceptions.osError("%s", e.getMessage());
            }
        }
    }

    /** Flushes buffered output (no-op for input). */
    public synchronized void flush() {
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw PyExceptions.osError("%s", e.getMessage());
            }
        }
    }

    /** Reads a line including its newline; "" at end of input. */
    public String readline() {
        if (reader == null) {
            throw PyExceptions.create(PyExceptions.OS_ERROR, org.pyston.builtins.text.PyStr.of("not readable"));
        }
        synchronized (this) {
            try {
                StringBuilder sb = new StringBuilder();
                int c;
                while ((c = reader.read()) >= 0) {
                    sb.append((char) c);
                    if (c == '\n') {
                        break;
                    }
                }
                return sb.toString();
            } catch (IOException e) {
                throw PyExceptions.osError("%s", e.getMessage());
            }
        }
    }

    /** Reads everything that is left. */
    public String readAll() {
        StringBuilder sb = new StringBuilder();
        for (String l = readline(); !l.isEmpty(); l = readline()) {
            sb.append(l);
        }
        return sb.toString();
    }
}
