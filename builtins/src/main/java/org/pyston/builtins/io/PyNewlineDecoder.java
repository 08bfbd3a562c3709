package org.pyston.builtins.io;

import org.pyston.builtins.object.PyType;

/** {@code _io.IncrementalNewlineDecoder}: a decoder (or None for str input) followed by newline translation. */
public final class PyNewlineDecoder extends PyIOBase {
    public static final PyType TYPE = PyType.builtinInModule("IncrementalNewlineDecoder", "_io",
            PyNewlineDecoder.class, NewlineDecoderMethods.class, true);

    Object decoder;
    NewlineTranslator translator;

    PyNewlineDecoder() {
        super(TYPE);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    NewlineTranslator translator() {
        if (translator == null) {
            throw org.pyston.builtins.exception.PyExceptions.valueError(
                    "IncrementalNewlineDecoder.__init__() not called");
        }
        return translator;
    }
}
