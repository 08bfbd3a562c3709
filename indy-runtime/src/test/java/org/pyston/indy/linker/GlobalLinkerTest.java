package org.pyston.indy.linker;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.number.PyInt;
import org.pyston.indy.Bootstraps;
import org.pyston.indy.site.PyCallSite;
import org.pyston.indy.site.SiteCounters;
import org.pyston.indy.site.SiteOptions;

/** Tests of module-global sites: setglobal stores, and loads of names that keep being rebound. */
class GlobalLinkerTest {
    /** The module namespace the sites of this "module" read ({@code $globals}, as in generated classes). */
    public static PyDict $globals = new PyDict();

    private static CallSite site(String op, MethodType type, String name) throws Throwable {
        return Bootstraps.bootstrap(MethodHandles.lookup(), op, type, name);
    }

    @Test
    void testSetGlobal_constantSiteStoresIntoGlobals() throws Throwable {
        // Tests that a setglobal site is a constant site (no cache, no counters) that stores into $globals.
        $globals = new PyDict();
        CallSite store = site("setglobal", MethodType.methodType(void.class, Object.class), "acc");
        assertInstanceOf(ConstantCallSite.class, store);
        store.dynamicInvoker().invoke((Object) new PyInt(7));
        assertEquals(7, ((PyInt) $globals.getStr("acc")).value);
        store.dynamicInvoker().invoke((Object) new PyInt(8));
        assertEquals(8, ((PyInt) $globals.getStr("acc")).value);
        assertEquals(1, $globals.size());
    }

    @Test
    void testGlobal_reboundNameReadsDictWithoutGoingMegamorphic() throws Throwable {
        // Tests that a global rebound past MAX_GLOBAL_REBINDS (a module-level loop variable) is read from
        // the dict by a linked target, sees every new value, and never makes its site megamorphic.
        $globals = new PyDict();
        $globals.putStr("__builtins__", new PyDict());
        CallSite store = site("setglobal", MethodType.methodType(void.class, Object.class), "i");
        PyCallSite load = (PyCallSite) site("global", MethodType.methodType(Object.class), "i");
        SiteCounters.reset();
        for (int i = 0; i < 200; i++) {
            store.dynamicInvoker().invoke((Object) new PyInt(i));
            assertEquals(i, ((PyInt) load.dynamicInvoker().invoke()).value);
        }
        assertFalse(load.isMegamorphic());
        assertEquals(1, load.chainLength());
        assertTrue(SiteCounters.get("global", SiteCounters.Event.RELINK) <= SiteOptions.MAX_GLOBAL_REBINDS + 1);
    }
}
