package org.pyston.builtins.sre;

import org.pyston.builtins.container.IteratorMethods;
import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.object.PyType;

/**
 * What {@code Pattern.finditer} returns: CPython's {@code iter(scanner.search, None)}, a
 * {@code callable_iterator} over successive searches of one {@link PyScanner}.
 */
public final class MatchIterator implements PyIterator {
    public static final PyType TYPE = PyType.builtin("callable_iterator", MatchIterator.class, IteratorMethods.class, false);

    private final PyScanner scanner;
    private final boolean search;

    MatchIterator(PyScanner scanner, boolean search) {
        this.scanner = scanner;
        this.search = search;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public Object nextOrNull() {
        return scanner.next(search);
    }
}
