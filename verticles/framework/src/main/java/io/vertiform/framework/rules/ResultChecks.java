package io.vertiform.framework.rules;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.CtyWalk;
import io.vertiform.cty.PathError;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks Terraform makes on any object a provider returns as state (apply, read, import, data source
 * read): no unknown value anywhere, and write-only attributes null.
 */
public final class ResultChecks {

    private ResultChecks() {
    }

    /** Paths of unknown values (Terraform: "Provider returned invalid result object after apply"). */
    public static List<PathError> unknowns(CtyValue value) {
        List<PathError> errs = new ArrayList<>();
        if (value.isWhollyKnown()) {
            return errs;
        }
        CtyWalk.walk(value, (path, v) -> {
            if (!v.isKnown()) {
                errs.add(PathError.of(path, "value is still unknown; every value must be known after the operation"));
                return false;
            }
            return true;
        });
        return errs;
    }

    /** Paths of write-only attributes holding a value. */
    public static List<PathError> writeOnlyValues(Schema.Block schema, CtyValue value) {
        List<PathError> errs = new ArrayList<>();
        block(schema, value, CtyPath.root(), errs);
        return errs;
    }

    private static void block(Schema.Block schema, CtyValue v, CtyPath path, List<PathError> errs) {
        if (v.isNull() || !v.isKnown()) {
            return;
        }
        for (Schema.Attribute a : schema.attributes()) {
            CtyValue av = v.getAttr(a.name());
            if (a.writeOnly() && !av.isNull()) {
                errs.add(PathError.of(path.getAttr(a.name()), "write-only attribute must be null in state and plan"));
            } else if (a.nestedType() != null && !av.isNull() && av.isKnown()) {
                nested(a.nestedType(), av, path.getAttr(a.name()), errs);
            }
        }
        for (Schema.NestedBlock b : schema.blockTypes()) {
            CtyValue bv = v.getAttr(b.typeName());
            if (bv.isNull() || !bv.isKnown()) {
                continue;
            }
            CtyPath p = path.getAttr(b.typeName());
            switch (b.nesting()) {
                case SINGLE, GROUP -> block(b.block(), bv, p, errs);
                case LIST, SET -> {
                    int i = 0;
                    for (CtyValue e : bv.elements()) {
                        block(b.block(), e, bv.type().isSetType() ? p.index(e) : p.index(i), errs);
                        i++;
                    }
                }
                case MAP -> bv.mapEntries().forEach((k, e) -> block(b.block(), e, p.index(k), errs));
            }
        }
    }

    private static void nested(Schema.NestedType n, CtyValue v, CtyPath path, List<PathError> errs) {
        Schema.Block asBlock = new Schema.Block(0, n.attributes(), List.of(), "", null, false, "", false);
        switch (n.nesting()) {
            case SINGLE -> block(asBlock, v, path, errs);
            case LIST, SET -> {
                int i = 0;
                for (CtyValue e : v.elements()) {
                    block(asBlock, e, v.type().isSetType() ? path.index(e) : path.index(i), errs);
                    i++;
                }
            }
            case MAP -> v.mapEntries().forEach((k, e) -> block(asBlock, e, path.index(k), errs));
        }
    }
}
