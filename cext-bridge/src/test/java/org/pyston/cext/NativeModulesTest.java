package org.pyston.cext;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.runtime.BuiltinModuleProvider;

class NativeModulesTest {
    /** Tests that the runtime's ServiceLoader look-up finds this module's provider and its names. */
    @Test
    void testProvider_foundByServiceLoader() {
        boolean found = false;
        for (BuiltinModuleProvider p : ServiceLoader.load(BuiltinModuleProvider.class)) {
            if (p instanceof NativeModules) {
                found = true;
                assertTrue(Arrays.asList(p.names()).containsAll(
                        Arrays.asList("resource", "fcntl", "termios", "faulthandler")));
            }
        }
        assertTrue(found, "NativeModules not registered in META-INF/services");
    }
}
