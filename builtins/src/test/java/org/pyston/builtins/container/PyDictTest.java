package org.pyston.builtins.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

class PyDictTest {
    @Test
    void testPut_keepsInsertionOrderAcrossDeletesAndResizes() {
        // Tests insertion order after deletions, re-insertion and several resizes.
        PyDict d = new PyDict();
        for (int i = 0; i < 100; i++) {
            d.put(new PyInt(i), new PyInt(i * i));
        }
        for (int i = 0; i < 100; i += 2) {
            d.remove(new PyInt(i));
        }
        d.put(new PyInt(0), PyStr.of("again"));
        Object[] keys = d.keysArray();
        assertEquals(51, keys.length);
        assertEquals("1", Repr.repr(keys[0]));
        assertEquals("0", Repr.repr(keys[50]));
        assertEquals("'again'", Repr.repr(d.get(new PyInt(0))));
    }

    @Test
    void testGet_numericKeysEqualAcrossTypes() {
        // Tests that 1, 1.0 and True are the same key.
        PyDict d = new PyDict();
        d.put(new PyInt(1), PyStr.of("one"));
        d.put(new PyFloat(1.0), PyStr.of("float"));
        assertEquals(1, d.size());
        assertEquals("'float'", Repr.repr(d.get(PyBool.TRUE)));
        assertEquals("{1: 'float'}", Repr.repr(d));
    }

    @Test
    void testWatcher_hearsInsertsDeletesAndWatchedOverwrites() {
        // Tests that the watcher hears inserts and deletes always, an overwrite only while the key
        // is watched (once per watchKey), and never reads.
        PyDict d = new PyDict();
        List<String> seen = new ArrayList<>();
        d.setWatcher(k -> seen.add(Repr.repr(k)));
        d.putStr("x", new PyInt(1));
        d.putStr("x", new PyInt(2));
        assertEquals(List.of("'x'"), seen);
        d.watchKey(PyStr.of("x"));
        d.putStr("x", new PyInt(3));
        d.putStr("x", new PyInt(4));
        assertEquals(List.of("'x'", "'x'"), seen);
        d.get(PyStr.of("x"));
        d.remove(PyStr.of("x"));
        d.remove(PyStr.of("absent"));
        assertEquals(List.of("'x'", "'x'", "'x'"), seen);
    }

    @Test
    void testWatchKey_survivesResizeAndIsClearedForANewKeyInAReusedPosition() {
        // Tests that a watched key stays watched when the table grows, and that popping the last
        // entry and inserting another does not leave the new key watched.
        PyDict d = new PyDict();
        List<String> seen = new ArrayList<>();
        d.setWatcher(k -> seen.add(Repr.repr(k)));
        d.putStr("w", new PyInt(0));
        d.watchKey(PyStr.of("w"));
        for (int i = 0; i < 50; i++) {
            d.putStr("k" + i, new PyInt(i));
        }
        seen.clear();
        d.putStr("w", new PyInt(1));
        assertEquals(List.of("'w'"), seen);
        d.watchKey(PyStr.of("k49"));
        d.popLast();
        d.putStr("n", new PyInt(1));
        d.putStr("n", new PyInt(2));
        assertEquals(List.of("'w'", "'k49'", "'n'"), seen);
    }

    @Test
    void testGetItem_missingKeyRaisesKeyErrorWithRepr() {
        // Tests KeyError for a missing key: str(e) is the repr of the key.
        PyBaseException e = assertThrows(PyBaseException.class, () -> ItemOps.getItem(new PyDict(), PyStr.of("a")));
        assertEquals("'a'", Repr.str(e));
        assertNull(new PyDict().get(new PyInt(3)));
    }

    @Test
    void testPopLast_lifo() {
        // Tests popitem order (last inserted first).
        PyDict d = new PyDict();
        d.putStr("a", new PyInt(1));
        d.putStr("b", new PyInt(2));
        assertEquals("'b'", Repr.repr(d.popLast()[0]));
        assertEquals("{'a': 1}", Repr.repr(d));
    }

    @Test
    void testConcurrentPutsAndGets_noLostKeysNoExceptions() throws Exception {
        // Tests that parallel writers of disjoint keys lose nothing and lock-free readers racing with resizes never fail.
        PyDict d = new PyDict();
        int writers = 4;
        int perWriter = 20000;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < writers; w++) {
            int base = w * perWriter;
            threads.add(new Thread(() -> {
                for (int i = 0; i < perWriter; i++) {
                    d.put(new PyInt(base + i), new PyInt(i));
                }
            }));
        }
        threads.add(new Thread(() -> {
            try {
                for (int r = 0; r < 5; r++) {
                    for (int i = 0; i < writers * perWriter; i++) {
                        Object v = d.get(new PyInt(i));
                        if (v != null && ((PyInt) v).value != i % perWriter) {
                            throw new AssertionError("wrong value for " + i + ": " + v);
                        }
                    }
                }
            } catch (Throwable t) {
                errors.add(t);
            }
        }));
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        assertEquals(List.of(), errors);
        assertEquals(writers * perWriter, d.size());
        for (int i = 0; i < writers * perWriter; i++) {
            assertEquals(i % perWriter, ((PyInt) d.get(new PyInt(i))).value);
        }
    }
}
