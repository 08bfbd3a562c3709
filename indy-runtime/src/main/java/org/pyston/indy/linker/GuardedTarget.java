package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.SwitchPoint;

/**
 * What a linker returns for the arguments it saw: a target valid while {@code guard} holds (null
 * guard: always) and none of {@code switchPoints} has been invalidated. Both handles have the
 * site's type (the guard returning boolean).
 */
public record GuardedTarget(MethodHandle target, MethodHandle guard, SwitchPoint... switchPoints) {
    public boolean isValid() {
        for (SwitchPoint sp : switchPoints) if (sp.hasBeenInvalidated()) return false;
        return true;
    }
}
