package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyston.builtins.runtime.Assumption;

import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.function.PyMemberDescriptor;
import org.pyston.builtins.function.PyProperty;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.object.Shape;
import org.pyston.builtins.ops.AttributeOps;

/**
 * {@code getattr}, {@code setattr} and {@code delattr} sites; the attribute name is a static
 * argument. Fast paths:
 * <ul>
 *   <li>an instance attribute of a Python class: guard class and shape, load or store the slot;</li>
 *   <li>a plain class attribute read through an instance: a constant under the class's assumption;</li>
 *   <li>a module attribute ({@code math.pi}): a constant under the module dict's assumption;</li>
 *   <li>a {@code __slots__} member: the slot of its hidden key, read or written like an attribute;</li>
 *   <li>a property whose getter is a plain function: the getter called directly.</li>
 * </ul>
 * Everything else (descriptors, __getattr__ hooks, built-in objects) takes the generic path.
 */
public final class AttributeLinker implements Linker {
    private static final MethodHandle SLOT = Handles.findStatic(AttributeLinker.class, "readSlot",
            MethodType.methodType(Object.class, int.class, String.class, Object.class));
    private static final MethodHandle SET_SLOT = Handles.findStatic(AttributeLinker.class, "writeSlot",
            MethodType.methodType(void.class, int.class, Object.class, Object.class));
    private static final MethodHandle ADD_ATTR = Handles.findStatic(AttributeLinker.class, "addAttribute",
            MethodType.methodType(void.class, Shape.class, Shape.class, Object.class, Object.class));
    private static final MethodHandle LAYOUT_READ = Handles.findStatic(AttributeLinker.class, "readSlotIfLayout",
            MethodType.methodType(Object.class, PyType.class, Shape.class, int.class, String.class, MethodHandle.class, Object.class));
    private static final MethodHandle LAYOUT_WRITE = Handles.findStatic(AttributeLinker.class, "writeSlotIfLayout",
            MethodType.methodType(void.class, PyType.class, Shape.class, int.class, MethodHandle.class, Object.class, Object.class));
    private static final MethodHandle LAYOUT_ADD = Handles.findStatic(AttributeLinker.class, "addAttributeIfLayout",
            MethodType.methodType(void.class, PyType.class, Shape.class, Shape.class, MethodHandle.class, Object.class, Object.class));

    private final String op;
    private final String name;
    private final MethodType type;
    private final MethodHandle generic;

    public AttributeLinker(String op, String name, MethodType type) {
        this.op = op;
        this.name = name;
        this.type = type;
        String method = switch (op) {
            case "getattr" -> "getAttr";
            case "setattr" -> "setAttr";
            default -> "delAttr";
        };
        MethodType generic = type.generic().changeReturnType(type.returnType()).insertParameterTypes(1, String.class);
        MethodHandle h = Handles.findStatic(AttributeOps.class, method, generic);
        this.generic = MethodHandles.insertArguments(h, 1, name).asType(type);
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        Object o = args[0];
        if (o instanceof PyInstance inst) {
            return op.equals("getattr") ? linkInstanceGet(inst) : op.equals("setattr") ? linkInstanceSet(inst) : null;
        }
        if (o instanceof PyModule m && op.equals("getattr")) {
            Assumption sp = GlobalWatcher.of(m.getDict()).assumptionFor(name);
            Object v = m.getDict().getStr(name);
            if (v == null) return null;
            return new GuardedTarget(MethodHandles.dropArguments(MethodHandles.constant(Object.class, v), 0, Object.class),
                    Guards.identity(type, 0, m), sp);
        }
        return new GuardedTarget(generic, Guards.exactClass(type, 0, o.getClass()));
    }

    private GuardedTarget linkInstanceGet(PyInstance inst) {
        PyType t = inst.getType();
        Shape shape = inst.shape();
        if (shape == null) return null;
        Assumption[] sps = InstanceLayout.defaultProtocol(t, name, "__getattribute__");
        if (sps == null) return null;
        Object classAttr = t.lookup(name);
        if (classAttr instanceof PyMemberDescriptor md && t.isSubtype(md.owner)) {
            // an unset slot (or an instance whose shape lacks it) reads null: the generic path raises
            int slot = shape.indexOf(md.storageKey);
            MethodHandle read = slot >= 0 ? MethodHandles.insertArguments(SLOT, 0, slot, name).asType(type) : generic;
            return new GuardedTarget(read, InstanceLayout.guard(type, t, shape), sps);
        }
        if (classAttr instanceof PyProperty p) return linkPropertyGet(t, p, sps);
        if (InstanceLayout.isDataDescriptor(classAttr)) return null;
        MethodHandle guard = InstanceLayout.guard(type, t, shape);
        int slot = shape.indexOf(name);
        if (slot >= 0 && type.equals(MethodType.methodType(Object.class, Object.class))) {
            return GuardedTarget.fused(MethodHandles.insertArguments(LAYOUT_READ, 0, t, shape, slot, name), sps);
        }
        if (slot >= 0) {
            MethodHandle read = MethodHandles.insertArguments(SLOT, 0, slot, name);
            return new GuardedTarget(read.asType(type), guard, sps);
        }
        if (classAttr != null && InstanceLayout.isPlainValue(classAttr)) {
            MethodHandle constant = MethodHandles.dropArguments(MethodHandles.constant(Object.class, classAttr), 0, Object.class);
            return new GuardedTarget(constant.asType(type), guard, sps);
        }
        return new GuardedTarget(generic, guard, sps);
    }

    private GuardedTarget linkInstanceSet(PyInstance inst) {
        PyType t = inst.getType();
        Shape shape = inst.shape();
        if (shape == null) return null;
        Assumption[] sps = InstanceLayout.defaultProtocol(t, name, "__setattr__");
        if (sps == null) return null;
        Object classAttr = t.lookup(name);
        String key = name;
        if (classAttr instanceof PyMemberDescriptor md && t.isSubtype(md.owner)) {
            key = md.storageKey;
        } else if (!t.hasInstanceDict() || InstanceLayout.isDataDescriptor(classAttr)) {
            return null;
        }
        int slot = shape.indexOf(key);
        if (type.equals(MethodType.methodType(void.class, Object.class, Object.class))) {
            MethodHandle fused = slot >= 0 ? MethodHandles.insertArguments(LAYOUT_WRITE, 0, t, shape, slot)
                    : MethodHandles.insertArguments(LAYOUT_ADD, 0, t, shape, shape.withAttribute(key));
            return GuardedTarget.fused(fused, sps);
        }
        MethodHandle guard = InstanceLayout.guard(type, t, shape);
        MethodHandle store = slot >= 0 ? MethodHandles.insertArguments(SET_SLOT, 0, slot)
                : MethodHandles.insertArguments(ADD_ATTR, 0, shape, shape.withAttribute(key));
        return new GuardedTarget(store.asType(type), guard, sps);
    }

    /**
     * {@code o.p} for a property whose getter is a Python function: the getter's own handle, behind
     * a class guard only (a data descriptor wins over the instance's attributes, whatever its shape).
     * Not when the class has {@code __getattr__}, which an AttributeError from the getter would reach.
     */
    private GuardedTarget linkPropertyGet(PyType t, PyProperty p, Assumption[] sps) {
        Assumption getattrHook = t.assumptionFor("__getattr__");
        if (t.lookup("__getattr__") != null || !(p.fget instanceof PyFunction f)) return null;
        MethodHandle h = f.positionalHandle(1);
        if (h == null) return null;
        Assumption[] all = java.util.Arrays.copyOf(sps, sps.length + 2);
        all[sps.length] = getattrHook;
        all[sps.length + 1] = f.assumption();
        return new GuardedTarget(h.asType(type), InstanceLayout.typeGuard(type, t), all);
    }

    /** {@code o.name} for an instance of {@code type} laid out by {@code shape}; else the rest of the chain. */
    public static Object readSlotIfLayout(PyType type, Shape shape, int slot, String name, MethodHandle miss, Object o)
            throws Throwable {
        if (o instanceof PyInstance i && i.getType() == type && i.shape() == shape) {
            Object v = i.slot(slot);
            return v != null ? v : AttributeOps.getAttr(o, name);
        }
        return (Object) miss.invokeExact(o);
    }

    /** {@code o.name = v} into an existing slot; else the rest of the chain. */
    public static void writeSlotIfLayout(PyType type, Shape shape, int slot, MethodHandle miss, Object o, Object v)
            throws Throwable {
        if (o instanceof PyInstance i && i.getType() == type && i.shape() == shape) {
            i.setSlot(slot, v);
            return;
        }
        miss.invokeExact(o, v);
    }

    /** {@code o.name = v} adding the attribute along the shape transition {@code from -> to}; else the rest of the chain. */
    public static void addAttributeIfLayout(PyType type, Shape from, Shape to, MethodHandle miss, Object o, Object v)
            throws Throwable {
        if (o instanceof PyInstance i && i.getType() == type && i.shape() == from) {
            i.addAttribute(from, to, v);
            return;
        }
        miss.invokeExact(o, v);
    }

    /** The slot's value; a deleted attribute (null) takes the generic path for its error or __getattr__. */
    public static Object readSlot(int slot, String name, Object o) {
        Object v = ((PyInstance) o).slot(slot);
        return v != null ? v : AttributeOps.getAttr(o, name);
    }

    public static void writeSlot(int slot, Object o, Object v) {
        ((PyInstance) o).setSlot(slot, v);
    }

    /** A new attribute: the instance moves along the shape transition computed at link time. */
    public static void addAttribute(Shape from, Shape to, Object o, Object v) {
        ((PyInstance) o).addAttribute(from, to, v);
    }
}
