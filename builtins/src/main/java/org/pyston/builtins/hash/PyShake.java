package org.pyston.builtins.hash;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** {@code _sha3.shake_128} / {@code shake_256}: extendable output, {@code digest(length)}. */
public final class PyShake implements PyObject {
    static final PyType SHAKE_128 = PyType.builtinInModule("shake_128", "_sha3", PyShake.class, ShakeMethods.class);
    static final PyType SHAKE_256 = PyType.builtinInModule("shake_256", "_sha3", PyShake.class, ShakeMethods.class);

    final PyType type;
    final String name;
    /** The sponge; guarded by this object's monitor. */
    final Keccak sponge;

    PyShake(PyType type, String name, Keccak sponge) {
        this.type = type;
        this.name = name;
        this.sponge = sponge;
    }

    @Override
    public PyType getType() {
        return type;
    }
}
