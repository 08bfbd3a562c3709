package org.pyston.builtins.exception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/** The exception-group algorithms behind split/subgroup and the except* statement. */
class ExceptionGroupsTest {
    private static PyBaseException err(String type, int n) {
        PyBaseException e = PyExceptions.create(type.equals("V") ? PyExceptions.VALUE_ERROR
                : type.equals("T") ? PyExceptions.TYPE_ERROR : PyExceptions.KEY_ERROR,
                org.pyston.builtins.number.PyInt.valueOf(n));
        return e;
    }

    @Test
    void testCreate_picksExceptionGroupForExceptions() {
        // Tests that a group of Exceptions is an ExceptionGroup and one holding a BaseException is not.
        assertSame(PyExceptions.EXCEPTION_GROUP, ExceptionGroups.create("m", List.of(err("V", 1))).getType());
        assertSame(PyExceptions.BASE_EXCEPTION_GROUP,
                ExceptionGroups.create("m", List.of(PyExceptions.create(PyExceptions.KEYBOARD_INTERRUPT))).getType());
    }

    @Test
    void testSplit_keepsShapeAndMetadata() {
        // Tests that split rebuilds nested groups around the matching leaves and copies the traceback.
        PyBaseException inner = ExceptionGroups.create("inner", List.of(err("T", 2), err("V", 3)));
        PyBaseException eg = ExceptionGroups.create("outer", List.of(err("V", 1), inner));
        PyTraceback tb = new PyTraceback(null, 4, null);
        eg.setTraceback(tb);
        PyBaseException[] r = ExceptionGroups.split(eg, PyExceptions.VALUE_ERROR);
        assertEquals("ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])", Repr.repr(r[0]));
        assertEquals("ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError(2)])])", Repr.repr(r[1]));
        assertSame(tb, r[0].getTraceback());
        assertSame(tb, r[1].getTraceback());
        assertSame(eg, ExceptionGroups.split(eg, PyExceptions.EXCEPTION_GROUP)[0]);
        assertNull(ExceptionGroups.subgroup(eg, PyExceptions.KEY_ERROR));
    }

    @Test
    void testExceptStarMatch_wrapsNakedException() {
        // Tests that a naked exception matched by except* is wrapped in ExceptionGroup('', (exc,)).
        PyBaseException v = err("V", 1);
        PyBaseException[] r = ExceptionGroups.exceptStarMatch(v, PyExceptions.VALUE_ERROR);
        assertEquals("ExceptionGroup('', (ValueError(1),))", Repr.repr(r[0]));
        assertNull(r[1]);
        PyBaseException[] miss = ExceptionGroups.exceptStarMatch(v, PyExceptions.TYPE_ERROR);
        assertNull(miss[0]);
        assertSame(v, miss[1]);
    }

    @Test
    void testExceptStarMatch_rejectsGroupsAndNonExceptions() {
        // Tests CPython's TypeErrors for except* ExceptionGroup and for a non-exception class.
        PyBaseException v = err("V", 1);
        PyBaseException e = assertThrows(PyBaseException.class,
                () -> ExceptionGroups.exceptStarMatch(v, PyTuple.of(PyExceptions.VALUE_ERROR, PyExceptions.EXCEPTION_GROUP)));
        assertEquals("catching ExceptionGroup with except* is not allowed. Use except instead.", Repr.str(e));
        e = assertThrows(PyBaseException.class, () -> ExceptionGroups.exceptStarMatch(v, PyStr.of("x")));
        assertEquals("catching classes that do not inherit from BaseException is not allowed", Repr.str(e));
    }

    @Test
    void testPrepReraiseStar_groupsRaisedWithReraised() {
        // Tests that a new exception from a handler is grouped with the re-raised parts, kept in orig's shape.
        PyBaseException orig = ExceptionGroups.create("eg", List.of(err("V", 1), err("T", 2), err("K", 3)));
        PyBaseException[] v = ExceptionGroups.exceptStarMatch(orig, PyExceptions.VALUE_ERROR);
        PyBaseException[] t = ExceptionGroups.exceptStarMatch(v[1], PyExceptions.TYPE_ERROR);
        PyBaseException raisedInHandler = PyExceptions.runtimeError("in handler");
        raisedInHandler.setContext(v[0]); // raised while the handler handled the match
        PyBaseException r = ExceptionGroups.prepReraiseStar(orig, new PyBaseException[] {raisedInHandler, t[0], t[1]});
        assertEquals("ExceptionGroup('', [RuntimeError('in handler'), ExceptionGroup('eg', [TypeError(2), KeyError(3)])])",
                Repr.repr(r));
        assertNull(ExceptionGroups.prepReraiseStar(orig, new PyBaseException[] {null, null, null}));
        PyBaseException onlyRest = ExceptionGroups.prepReraiseStar(orig, new PyBaseException[] {null, null, t[1]});
        assertEquals("ExceptionGroup('eg', [KeyError(3)])", Repr.repr(onlyRest));
    }

    @Test
    void testPrepReraiseStar_nakedExceptionComesBackAlone() {
        // Tests that with a naked original exception the one exception to raise is returned as it is.
        PyBaseException orig = err("V", 1);
        PyBaseException raised = PyExceptions.runtimeError("x");
        assertSame(raised, ExceptionGroups.prepReraiseStar(orig, new PyBaseException[] {raised, null}));
        assertSame(orig, ExceptionGroups.prepReraiseStar(orig, new PyBaseException[] {null, orig}));
    }

    @Test
    void testTracebackPrinter_groupBoxes() {
        // Tests CPython's layout of a group without traceback: the box, the numbered members, the closing line.
        PyBaseException eg = ExceptionGroups.create("two", List.of(err("V", 1),
                ExceptionGroups.create("inner", List.of(err("T", 2)))));
        assertEquals("  | ExceptionGroup: two (2 sub-exceptions)\n"
                + "  +-+---------------- 1 ----------------\n"
                + "    | ValueError: 1\n"
                + "    +---------------- 2 ----------------\n"
                + "    | ExceptionGroup: inner (1 sub-exception)\n"
                + "    +-+---------------- 1 ----------------\n"
                + "      | TypeError: 2\n"
                + "      +------------------------------------\n",
                TracebackPrinter.format(eg));
    }
}
