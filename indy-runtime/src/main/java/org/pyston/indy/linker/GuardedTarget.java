package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.runtime.Assumption;

/**
 * What a linker returns for the arguments it saw: a target valid while {@code guard} holds (null
 * guard: always) and every one of {@code assumptions} holds. The guard is tested in the linked
 * graph; the assumptions are not: the site registers with them and drops the target when one is
 * invalidated. Both handles have the site's type (the guard returning boolean).
 */
public record GuardedTarget(MethodHandle target, MethodHandle guard, MethodHandle fused, Assumption... assumptions) {
    public GuardedTarget(MethodHandle target, MethodHandle guard, Assumption... assumptions) {
        this(target, guard, null, assumptions);
    }

    /**
     * A target that tests its own guard: {@code fused} takes the rest of the chain (a handle of the
     * site's type) first, then the site's arguments, and calls that handle when its guard fails.
     * One bound static method instead of a guardWithTest over a guard handle and a target handle:
     * C1 inlines every site's whole chain, and in a big function the guardWithTest form (about
     * 300 bytes of lambda forms per site) ran it out of virtual registers.
     */
    public static GuardedTarget fused(MethodHandle fused, Assumption... assumptions) {
        return new GuardedTarget(null, null, fused, assumptions);
    }

    public boolean isValid() {
        for (Assumption a : assumptions) if (!a.isValid()) return false;
        return true;
    }
}
