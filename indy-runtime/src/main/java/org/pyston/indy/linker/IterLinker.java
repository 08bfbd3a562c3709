package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.ops.IterOps;
import org.pyston.indy.fast.FastPaths;

/**
 * {@code iter} and {@code next} sites of for loops and comprehensions. {@code next} returns null
 * at the end: no StopIteration on this path. For a built-in iterator class it links to that
 * class's own {@code nextOrNull}, a monomorphic call C2 inlines.
 */
public final class IterLinker implements Linker {
    private final MethodType type;
    private final boolean next;
    private final MethodHandle generic;

    public IterLinker(String op, MethodType type) {
        this.type = type;
        this.next = op.equals("next");
        this.generic = Handles.findStatic(IterOps.class, op, Handles.objects(1)).asType(type);
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) throws Throwable {
        Class<?> c = args[0].getClass();
        MethodHandle guard = Guards.exactClass(type, 0, c);
        if (next) {
            if (args[0] instanceof PyIterator && java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                MethodHandle m = MethodHandles.publicLookup().findVirtual(c, "nextOrNull", MethodType.methodType(Object.class));
                return new GuardedTarget(m.asType(type), guard);
            }
            return new GuardedTarget(generic, guard);
        }
        MethodHandle fast = FastPaths.find("iter", MethodType.methodType(Object.class, c));
        return new GuardedTarget(fast != null ? fast.asType(type) : generic, guard);
    }
}
