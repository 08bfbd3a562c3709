package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.runtime.Assumption;

/**
 * What a linker returns for the arguments it saw: a target valid while {@code guard} holds (null
 * guard: always) and every one of {@code assumptions} holds. The guard is tested in the linked
 * graph; the assumptions are not: the site registers with them and drops the target when one is
 * invalidated. Both handles have the site's type (the guard returning boolean).
 */
public record GuardedTarget(MethodHandle target, MethodHandle guard, Assumption... assumptions) {
    public boolean isValid() {
        for (Assumption a : assumptions) if (!a.isValid()) return false;
        return true;
    }
}
