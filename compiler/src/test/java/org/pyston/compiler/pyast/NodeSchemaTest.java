package org.pyston.compiler.pyast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NodeSchemaTest {

    @Test
    void testRecords_matchCPythonFields() {
        // Tests that every compiler record has CPython's fields in CPython's order (span aside), so
        // the reflective conversion in ToPython/FromPython covers every node.
        Set<String> withoutRecord = Set.of("FunctionType", "TypeIgnore");
        List<String> mismatches = new ArrayList<>();
        for (NodeSchema.NodeClass c : NodeSchema.CLASSES.values()) {
            boolean abstractClass = !NodeSchema.subclassesOf(c.name()).isEmpty();
            if (abstractClass || withoutRecord.contains(c.name())) continue;
            if (JavaNodes.ENUMS.containsKey(c.base())) {
                assertNotNull(JavaNodes.enumConstant(c.base(), c.name()));
                continue;
            }
            Class<?> rc = JavaNodes.recordClass(c.name());
            if (rc == null) {
                mismatches.add(c.name() + ": no record");
                continue;
            }
            List<String> comps = new ArrayList<>();
            for (RecordComponent r : rc.getRecordComponents()) {
                if (!r.getName().equals("span")) comps.add(r.getName());
            }
            List<String> fields = new ArrayList<>();
            for (NodeSchema.Field f : c.fields()) {
                if (!(c.name().equals("Module") && f.name().equals("type_ignores"))) fields.add(f.name());
            }
            if (!comps.equals(fields)) mismatches.add(c.name() + ": " + comps + " vs " + fields);
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void testSchema_hasEveryClass() {
        // Tests that the table holds CPython 3.11's 118 node classes with their docstring signatures.
        assertEquals(118, NodeSchema.CLASSES.size());
        assertEquals("BinOp(expr left, operator op, expr right)", NodeSchema.CLASSES.get("BinOp").signature());
        assertEquals("ImportFrom(identifier? module, alias* names, int? level)", NodeSchema.CLASSES.get("ImportFrom").signature());
    }
}
