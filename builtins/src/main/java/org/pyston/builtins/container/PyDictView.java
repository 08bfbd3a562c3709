package org.pyston.builtins.container;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict. */
public final class PyDictView implements PyObject {
    public static final PyType KEYS_TYPE = PyType.builtin("dict_keys", PyDictView.class, DictViewMethods.SetLike.class, false);
    public static final PyType VALUES_TYPE = PyType.builtin("dict_values", PyDictView.class, DictViewMethods.class, false);
    public static final PyType ITEMS_TYPE = PyType.builtin("dict_items", PyDictView.class, DictViewMethods.SetLike.class, false);

    /** The viewed dict. */
    public final PyDict dict;
    /** {@link Iterators.DictIterator#KEYS}, VALUES or ITEMS. */
    public final int kind;

    public PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType getType() {
        return kind == Iterators.DictIterator.KEYS ? KEYS_TYPE
                : kind == Iterators.DictIterator.VALUES ? VALUES_TYPE : ITEMS_TYPE;
    }

    /** The view's elements as an array. */
    public Object[] toArray() {
        switch (kind) {
            case Iterators.DictIterator.KEYS: return dict.keysArray();
            case Iterators.DictIterator.VALUES: return dict.valuesArray();
            default: {
                Object[][] e = dict.entries();
                Object[] out = new Object[e.length];
                for (int i = 0; i < e.length; i++) {
                    out[i] = PyTuple.wrap(e[i]);
                }
                return out;
            }
        }
    }
}
