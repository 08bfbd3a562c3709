package org.pyston.builtins.object;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hidden class: the layout shared by instances that gained the same attributes in the same
 * order. Maps attribute name → slot index. Immutable; adding an attribute follows (or creates) a
 * transition to a child shape, so instances built the same way share shapes and an inline cache
 * can guard on shape identity and load a slot.
 *
 * <p>Deleting an attribute does not change the shape: the slot is set to null (absent). The
 * transition table is concurrent so racing threads agree on one child per name.
 */
public final class Shape {
    /** The shape of a new instance with no attributes. Shared JVM-wide: shapes hold no values. */
    public static final Shape EMPTY = new Shape(new String[0]);

    /** Attribute names in slot order; {@code names[i]} lives in slot {@code i}. */
    private final String[] names;
    private final ConcurrentHashMap<String, Shape> transitions = new ConcurrentHashMap<>();

    private Shape(String[] names) {
        this.names = names;
    }

    /** The slot index of {@code name}, or -1. Names are interned-equal strings in practice. */
    public int indexOf(String name) {
        String[] n = names;
        for (int i = 0; i < n.length; i++) {
            if (n[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < n.length; i++) {
            if (n[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The shape with {@code name} appended (at slot {@link #size()}). */
    public Shape withAttribute(String name) {
        Shape s = transitions.get(name);
        if (s != null) {
            return s;
        }
        return transitions.computeIfAbsent(name, k -> {
            String[] n = Arrays.copyOf(names, names.length + 1);
            n[names.length] = k;
            return new Shape(n);
        });
    }

    /** The number of slots. */
    public int size() {
        return names.length;
    }

    /** The name held in slot {@code i}. */
    public String nameAt(int i) {
        return names[i];
    }
}
