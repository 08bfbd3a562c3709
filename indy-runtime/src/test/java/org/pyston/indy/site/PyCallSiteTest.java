package org.pyston.indy.site;

import static org.junit.jupiter.api.Assertions.*;


import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.text.PyStr;
import org.pyston.indy.Bootstraps;

/** Tests of the inline-cache state machine: linking, polymorphic chains, megamorphic fallback. */
class PyCallSiteTest {

    private static PyCallSite binopSite(String op) throws Throwable {
        return (PyCallSite) Bootstraps.bootstrap(MethodHandles.lookup(), "binop",
                MethodType.methodType(Object.class, Object.class, Object.class), op);
    }

    private static Object call(PyCallSite site, Object a, Object b) throws Throwable {
        return site.dynamicInvoker().invoke(a, b);
    }

    @Test
    void testLink_monomorphicAfterThreshold() throws Throwable {
        // Tests that a site stays unlinked while cold and links once it has run LINK_THRESHOLD times.
        PyCallSite site = binopSite("Add");
        for (int i = 1; i < SiteOptions.LINK_THRESHOLD; i++) call(site, new PyInt(i), new PyInt(1));
        assertEquals(0, site.chainLength());
        Object r = call(site, new PyInt(40), new PyInt(2));
        assertEquals(42, ((PyInt) r).value);
        assertEquals(1, site.chainLength());
        assertEquals(7, ((PyInt) call(site, new PyInt(3), new PyInt(4))).value);
        assertFalse(site.isMegamorphic());
    }

    @Test
    void testLink_fastPathPromotesOnOverflow() throws Throwable {
        // Tests that the linked int fast path still promotes to a big int on overflow.
        PyCallSite site = binopSite("Add");
        for (int i = 0; i < 3; i++) call(site, new PyInt(1), new PyInt(1));
        Object r = call(site, new PyInt(Long.MAX_VALUE), new PyInt(1));
        assertInstanceOf(PyBigInt.class, r);
    }

    @Test
    void testLink_polymorphicChain() throws Throwable {
        // Tests that new operand classes add guarded targets (newest first) and results stay right.
        PyCallSite site = binopSite("Add");
        for (int i = 0; i < 3; i++) call(site, new PyInt(1), new PyInt(2));
        for (int i = 0; i < 3; i++) call(site, new PyFloat(1.5), new PyFloat(2.0));
        for (int i = 0; i < 3; i++) call(site, PyStr.of("a"), PyStr.of("b"));
        assertEquals(3, site.chainLength());
        assertEquals(3, ((PyInt) call(site, new PyInt(1), new PyInt(2))).value);
        assertEquals(3.5, ((PyFloat) call(site, new PyFloat(1.5), new PyFloat(2.0))).value);
        assertEquals("ab", ((PyStr) call(site, PyStr.of("a"), PyStr.of("b"))).value());
    }

    @Test
    void testLink_megamorphicAfterMaxChain() throws Throwable {
        // Tests that a site seeing more class pairs than MAX_CHAIN goes megamorphic and stays correct.
        SiteCounters.reset();
        PyCallSite site = binopSite("Mult");
        Object[][] pairs = {
            {new PyInt(2), new PyInt(3)}, {new PyFloat(2), new PyFloat(3)}, {new PyInt(2), new PyFloat(3)},
            {new PyFloat(2), new PyInt(3)}, {PyStr.of("x"), new PyInt(3)}, {PyList.of(PyNone()), new PyInt(2)},
            {PyTuple.of(new PyInt(1)), new PyInt(2)}, {PyBool.TRUE, new PyInt(5)}, {new PyInt(3), PyStr.of("y")},
        };
        for (Object[] p : pairs) for (int i = 0; i < 3; i++) call(site, p[0], p[1]);
        assertTrue(site.isMegamorphic());
        assertTrue(SiteCounters.get("binop", SiteCounters.Event.MEGAMORPHIC) >= 1);
        assertEquals("xxx", ((PyStr) call(site, PyStr.of("x"), new PyInt(3))).value());
        assertEquals(6, ((PyInt) call(site, new PyInt(2), new PyInt(3))).value);
    }

    @Test
    void testCounters_countLinksPerKind() throws Throwable {
        // Tests that links are counted per site kind, so tests can assert a fast path was taken.
        SiteCounters.reset();
        PyCallSite site = binopSite("Sub");
        for (int i = 0; i < 5; i++) call(site, new PyInt(5), new PyInt(i));
        assertEquals(1, SiteCounters.get("binop", SiteCounters.Event.LINK));
        assertEquals(SiteOptions.LINK_THRESHOLD, SiteCounters.get("binop", SiteCounters.Event.GENERIC_CALL));
    }

    private static Object PyNone() {
        return org.pyston.builtins.object.PyNone.NONE;
    }

}
