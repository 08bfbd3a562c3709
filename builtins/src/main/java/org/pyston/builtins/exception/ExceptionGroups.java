package org.pyston.builtins.exception;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;

/**
 * The algorithms of exception groups, shared by the methods of {@code BaseExceptionGroup}
 * ({@code split}, {@code subgroup}) and by the {@code except*} statement, as CPython 3.11's
 * {@code Objects/exceptions.c} and {@code ceval.c} define them.
 *
 * <p>The contract with generated code for
 * <pre>
 *   try: BODY
 *   except* T1 as e: H1
 *   except* T2: H2
 * </pre>
 * is: catch the exception {@code orig} (as an except clause does, {@code ExceptionSupport.caught});
 * keep an array {@code raised} of n+1 slots (n = number of clauses, all null); let
 * {@code exc = orig}; for each clause i in order, while {@code exc} is not null:
 * {@code PyBaseException[] mr = ExceptionGroups.exceptStarMatch(exc, Ti)} (it checks Ti as CPython
 * does); when {@code mr[0]} is null the clause does not run; otherwise {@code exc = mr[1]} and the
 * handler runs with {@code mr[0]} as the exception being handled (and bound to {@code e}); an
 * exception escaping the handler is stored (translated, without adding a traceback entry) in
 * {@code raised[i]}. After the clauses, {@code raised[n] = exc} (what no clause matched). Then
 * {@code PyBaseException r = ExceptionGroups.prepReraiseStar(orig, raised)}: null means the
 * statement completes normally, otherwise throw {@code r} (it is already recorded for the current
 * frame, so the frame's outer handler adds no traceback entry for it, as CPython's RERAISE).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    /** How a split matcher selects leaves. */
    private enum MatcherKind { TYPE, PREDICATE, INSTANCE_IDS }

    // ---- construction -----------------------------------------------------------------------------

    /**
     * {@code BaseExceptionGroup(message, exceptions)} from Java: an ExceptionGroup when every
     * exception is an Exception, else a BaseExceptionGroup.
     */
    public static PyBaseException create(String message, List<PyBaseException> exceptions) {
        Object r = CallOps.call(PyExceptions.BASE_EXCEPTION_GROUP,
                new Object[] {PyStr.of(message), PyList.wrap(exceptions.toArray())}, null);
        return (PyBaseException) r;
    }

    // ---- split and subgroup -----------------------------------------------------------------------

    /** {@code eg.split(matcher)}: {match, rest}, each null for None. */
    public static PyBaseException[] split(PyBaseException eg, Object matcher) {
        MatcherKind kind = matcherKind(matcher);
        PyBaseException[] r = new PyBaseException[2];
        splitRecursive(eg, kind, matcher, true, r);
        return r;
    }

    /** {@code eg.subgroup(matcher)}: the matching part, or null for None. */
    public static PyBaseException subgroup(PyBaseException eg, Object matcher) {
        MatcherKind kind = matcherKind(matcher);
        PyBaseException[] r = new PyBaseException[2];
        splitRecursive(eg, kind, matcher, false, r);
        return r[0];
    }

    private static MatcherKind matcherKind(Object value) {
        if (value instanceof PyFunction) {
            return MatcherKind.PREDICATE;
        }
        if (isExceptionClass(value)) {
            return MatcherKind.TYPE;
        }
        if (value instanceof PyTuple t && t.getType() == PyTuple.TYPE) {
            for (Object o : t.items) {
                if (!isExceptionClass(o)) {
                    throw badMatcher();
                }
            }
            return MatcherKind.TYPE;
        }
        throw badMatcher();
    }

    private static PyBaseException badMatcher() {
        return PyExceptions.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean isExceptionClass(Object o) {
        return o instanceof PyType t && t.isSubtype(PyExceptions.BASE_EXCEPTION);
    }

    /** CPython's PyErr_GivenExceptionMatches for an instance: a class or a (nested) tuple of classes. */
    private static boolean givenMatches(PyBaseException e, Object type) {
        if (type instanceof PyTuple t) {
            for (Object o : t.items) {
                if (givenMatches(e, o)) {
                    return true;
                }
            }
            return false;
        }
        return type instanceof PyType t && e.getType().isSubtype(t);
    }

    private static boolean checkMatch(PyBaseException e, MatcherKind kind, Object matcher) {
        switch (kind) {
            case TYPE:
                return givenMatches(e, matcher);
            case PREDICATE:
                return Truth.isTrue(CallOps.call(matcher, new Object[] {e}, null));
            default:
                @SuppressWarnings("unchecked")
                Map<PyBaseException, Boolean> ids = (Map<PyBaseException, Boolean>) matcher;
                return ids.containsKey(e);
        }
    }

    /**
     * Splits {@code e} into result[0] (the part matching) and, when {@code constructRest},
     * result[1] (the rest); either may stay null. A group that matches as a whole is kept whole;
     * otherwise each part is rebuilt with {@code derive} and the group's metadata copied over.
     */
    private static void splitRecursive(PyBaseException e, MatcherKind kind, Object matcher, boolean constructRest,
                                       PyBaseException[] result) {
        if (checkMatch(e, kind, matcher)) {
            result[0] = e;
            return;
        }
        if (!isGroup(e)) {
            if (constructRest) {
                result[1] = e;
            }
            return;
        }
        List<PyBaseException> matched = new ArrayList<>();
        List<PyBaseException> rest = constructRest ? new ArrayList<>() : null;
        ThreadState ts = ThreadState.current();
        ts.enterCall();
        try {
            for (Object o : e.getGroupExceptions().items) {
                PyBaseException[] sub = new PyBaseException[2];
                splitRecursive((PyBaseException) o, kind, matcher, constructRest, sub);
                if (sub[0] != null) {
                    matched.add(sub[0]);
                }
                if (constructRest && sub[1] != null) {
                    rest.add(sub[1]);
                }
            }
        } finally {
            ts.exitCall();
        }
        result[0] = subset(e, matched);
        if (constructRest) {
            result[1] = subset(e, rest);
        }
    }

    /** A group of {@code excs} made by {@code orig.derive(excs)}, with orig's traceback, cause, context and notes. */
    private static PyBaseException subset(PyBaseException orig, List<PyBaseException> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        Object r = CallOps.callMethod(orig, "derive", new Object[] {PyList.wrap(excs.toArray())}, null);
        if (!(r instanceof PyBaseException eg) || !eg.isInstance(PyExceptions.BASE_EXCEPTION_GROUP)) {
            throw PyExceptions.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.setTraceback(orig.getTraceback());
        eg.setContext(orig.getContext());
        eg.setPyCause(orig.getPyCause());
        // CPython's PyException_SetCause, used for the copy, always sets __suppress_context__.
        eg.setSuppressContext(true);
        Object notes = orig.getAttribute("__notes__");
        if (notes != null && isSequence(notes)) {
            eg.setAttribute("__notes__", PyList.wrap(IterOps.toArray(notes)));
        }
        return eg;
    }

    /** True for an instance of BaseExceptionGroup whose state was initialised. */
    static boolean isGroup(PyBaseException e) {
        return e.isGroup() && e.isInstance(PyExceptions.BASE_EXCEPTION_GROUP);
    }

    /** CPython's PySequence_Check: tuple, list, str and classes with __getitem__ other than dicts. */
    static boolean isSequence(Object o) {
        if (o instanceof PyTuple || o instanceof PyList || o instanceof PyStr) {
            return true;
        }
        PyType t = TypeOps.typeOf(o);
        if (t.isSubtype(org.pyston.builtins.container.PyDict.TYPE)) {
            return false;
        }
        return t.lookup("__getitem__") != null;
    }

    // ---- except* ----------------------------------------------------------------------------------

    /**
     * One {@code except* type} clause applied to {@code exc} (what earlier clauses left):
     * {match, rest}, each null for None. A naked exception that matches is wrapped in
     * {@code ExceptionGroup('', (exc,))}; a group is split. Raises CPython's TypeErrors for a type
     * that is not an exception class and for {@code except* ExceptionGroup}.
     */
    public static PyBaseException[] exceptStarMatch(PyBaseException exc, Object type) {
        checkExceptStarType(type);
        PyBaseException[] r = new PyBaseException[2];
        if (exc == null) {
            return r;
        }
        if (givenMatches(exc, type)) {
            if (isGroup(exc)) {
                r[0] = exc;
            } else {
                PyBaseException wrapped = (PyBaseException) CallOps.call(PyExceptions.BASE_EXCEPTION_GROUP,
                        new Object[] {PyStr.EMPTY, PyTuple.of(exc)}, null);
                r[0] = wrapped;
            }
            return r;
        }
        if (isGroup(exc)) {
            Object pair = CallOps.callMethod(exc, "split", new Object[] {type}, null);
            PyTuple t = (PyTuple) pair;
            r[0] = t.get(0) instanceof PyBaseException m ? m : null;
            r[1] = t.get(1) instanceof PyBaseException m ? m : null;
            return r;
        }
        r[1] = exc;
        return r;
    }

    private static void checkExceptStarType(Object type) {
        boolean group = false;
        if (type instanceof PyTuple t) {
            for (Object o : t.items) {
                if (!isExceptionClass(o)) {
                    throw notAllowed();
                }
                group |= ((PyType) o).isSubtype(PyExceptions.BASE_EXCEPTION_GROUP);
            }
        } else if (isExceptionClass(type)) {
            group = ((PyType) type).isSubtype(PyExceptions.BASE_EXCEPTION_GROUP);
        } else {
            throw notAllowed();
        }
        if (group) {
            throw PyExceptions.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    private static PyBaseException notAllowed() {
        return PyExceptions.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /**
     * What an {@code except*} statement raises when its clauses are done (CPython's
     * {@code _PyExc_PrepReraiseStar}): {@code excs} holds, per clause, what its handler raised
     * (null when it completed or did not run) and, last, the unmatched rest. Exceptions that are
     * parts of {@code orig} (re-raised) are put back in orig's shape; new ones are grouped with them
     * in {@code ExceptionGroup('', [...])}. Returns null when there is nothing to raise. The result
     * is marked as already recorded in the current frame's traceback.
     */
    public static PyBaseException prepReraiseStar(PyBaseException orig, PyBaseException[] excs) {
        PyBaseException result = prepReraiseStar0(orig, excs);
        if (result != null) {
            result.markRecordedInCurrentFrame();
        }
        return result;
    }

    private static PyBaseException prepReraiseStar0(PyBaseException orig, PyBaseException[] excs) {
        List<PyBaseException> present = new ArrayList<>();
        for (PyBaseException e : excs) {
            if (e != null) {
                present.add(e);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        if (!isGroup(orig)) {
            // A naked exception was wrapped: at most one clause ran, so there is one exception.
            return present.get(0);
        }
        List<PyBaseException> raised = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (PyBaseException e : present) {
            (sameMetadata(e, orig) ? reraised : raised).add(e);
        }
        PyBaseException reraisedGroup = projection(orig, reraised);
        if (raised.isEmpty()) {
            return reraisedGroup;
        }
        if (reraisedGroup != null) {
            raised.add(reraisedGroup);
        }
        return raised.size() > 1 ? create("", raised) : raised.get(0);
    }

    /** CPython's is_same_exception_metadata: a part of orig made by split shares these four. */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.getAttribute("__notes__") == b.getAttribute("__notes__")
                && a.getTraceback() == b.getTraceback()
                && a.getPyCause() == b.getPyCause()
                && a.getContext() == b.getContext();
    }

    /** The part of {@code eg} whose leaves are leaves of the groups in {@code keep}, in eg's shape. */
    private static PyBaseException projection(PyBaseException eg, List<PyBaseException> keep) {
        Map<PyBaseException, Boolean> leafIds = new IdentityHashMap<>();
        for (PyBaseException e : keep) {
            collectLeaves(e, leafIds);
        }
        PyBaseException[] r = new PyBaseException[2];
        splitRecursive(eg, MatcherKind.INSTANCE_IDS, leafIds, false, r);
        return r[0];
    }

    private static void collectLeaves(PyBaseException e, Map<PyBaseException, Boolean> leaves) {
        if (!isGroup(e)) {
            leaves.put(e, Boolean.TRUE);
            return;
        }
        ThreadState ts = ThreadState.current();
        ts.enterCall();
        try {
            for (Object o : e.getGroupExceptions().items) {
                collectLeaves((PyBaseException) o, leaves);
            }
        } finally {
            ts.exitCall();
        }
    }
}
