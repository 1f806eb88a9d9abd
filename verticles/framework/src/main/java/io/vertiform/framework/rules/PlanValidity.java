package io.vertiform.framework.rules;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform's check of a planned new state against the configuration and prior state (objchange's
 * AssertPlanValid, which produces "Provider produced invalid plan"). A provider may only change what is
 * computed and unset in configuration; configured values come back exactly (or as the prior value); nested
 * block counts follow the configuration; write-only attributes are planned null.
 */
public final class PlanValidity {

    private PlanValidity() {
    }

    public static List<PathError> check(Schema.Block schema, CtyValue prior, CtyValue config, CtyValue planned) {
        List<PathError> errs = new ArrayList<>();
        CtyType want = SchemaTypes.block(schema);
        if (!planned.type().conformsTo(want)) {
            for (PathError e : planned.type().testConformance(want)) {
                errs.add(PathError.of(e.path(), "%s", "planned value has the wrong type: " + e.rawMessage()));
            }
            return errs;
        }
        block(schema, prior, config, planned, CtyPath.root(), errs);
        return errs;
    }

    private static void block(Schema.Block schema, CtyValue prior, CtyValue config, CtyValue planned, CtyPath path,
                              List<PathError> errs) {
        if (planned.isNull() && !config.isNull()) {
            errs.add(PathError.of(path, "planned for absence but config wants existence"));
            return;
        }
        if (config.isNull() && !planned.isNull()) {
            errs.add(PathError.of(path, "planned for existence but config wants absence"));
            return;
        }
        if (planned.isNull()) {
            return;
        }
        for (Schema.Attribute a : schema.attributes()) {
            attribute(a, prior, config, planned, path, errs);
        }
        for (Schema.NestedBlock b : schema.blockTypes()) {
            CtyPath p = path.getAttr(b.typeName());
            CtyValue plannedV = planned.getAttr(b.typeName());
            CtyValue configV = config.getAttr(b.typeName());
            CtyValue priorV = prior.isNull() ? CtyValue.nullVal(SchemaTypes.nestedBlock(b))
                    : prior.getAttr(b.typeName());
            if (plannedV.rawEquals(configV)) {
                continue;
            }
            if (!configV.isKnown()) {
                errs.add(PathError.of(p, "%s", "planned value " + plannedV.goString() + " for unknown dynamic block"));
                continue;
            }
            if (!plannedV.isKnown()) {
                errs.add(PathError.of(p, "attribute representing nested block must not be unknown itself; set "
                        + "nested attribute values to unknown instead"));
                continue;
            }
            nestedBlock(b, priorV, configV, plannedV, p, errs);
        }
    }

    private static void nestedBlock(Schema.NestedBlock b, CtyValue priorV, CtyValue configV, CtyValue plannedV,
                                    CtyPath p, List<PathError> errs) {
        CtyType elemType = SchemaTypes.block(b.block());
        switch (b.nesting()) {
            case SINGLE, GROUP -> block(b.block(), priorV, configV, plannedV, p, errs);
            case LIST -> {
                if (plannedV.isNull()) {
                    errs.add(PathError.of(p, "attribute representing a list of nested blocks must be empty to "
                            + "indicate no blocks, not null"));
                    return;
                }
                List<CtyValue> planned = plannedV.elements();
                List<CtyValue> config = configV.isNull() ? List.of() : configV.elements();
                if (planned.size() != config.size()) {
                    errs.add(PathError.of(p, "block count in plan (%d) disagrees with count in config (%d)",
                            planned.size(), config.size()));
                    return;
                }
                List<CtyValue> prior = priorV.isNull() || !priorV.isKnown() ? List.of() : priorV.elements();
                for (int i = 0; i < planned.size(); i++) {
                    CtyPath ep = p.index(i);
                    CtyValue pe = planned.get(i);
                    if (!pe.isKnown()) {
                        errs.add(PathError.of(ep, "element representing nested block must not be unknown itself; "
                                + "set nested attribute values to unknown instead"));
                        continue;
                    }
                    CtyValue prev = i < prior.size() ? prior.get(i) : CtyValue.nullVal(elemType);
                    block(b.block(), prev, config.get(i), pe, ep, errs);
                }
            }
            case MAP -> {
                if (plannedV.isNull()) {
                    errs.add(PathError.of(p, "attribute representing a map of nested blocks must be empty to "
                            + "indicate no blocks, not null"));
                    return;
                }
                Map<String, CtyValue> planned = plannedV.mapEntries();
                Map<String, CtyValue> config = configV.isNull() ? Map.of() : configV.mapEntries();
                Map<String, CtyValue> prior = priorV.isNull() || !priorV.isKnown() ? Map.of() : priorV.mapEntries();
                if (!plannedV.type().isObjectType() && planned.size() != config.size()) {
                    errs.add(PathError.of(p, "block count in plan (%d) disagrees with count in config (%d)",
                            planned.size(), config.size()));
                    return;
                }
                boolean object = plannedV.type().isObjectType();
                for (Map.Entry<String, CtyValue> e : planned.entrySet()) {
                    String k = e.getKey();
                    CtyPath ep = object ? p.getAttr(k) : p.index(k);
                    if (!config.containsKey(k)) {
                        errs.add(PathError.of(p, "%s", "block key \"" + k + "\" from plan is not present in config"));
                        continue;
                    }
                    if (!e.getValue().isKnown()) {
                        errs.add(PathError.of(ep, "element representing nested block must not be unknown itself; "
                                + "set nested attribute values to unknown instead"));
                        continue;
                    }
                    CtyValue prev = prior.getOrDefault(k, CtyValue.nullVal(elemType));
                    block(b.block(), prev, config.get(k), e.getValue(), ep, errs);
                }
                for (String k : config.keySet()) {
                    if (!planned.containsKey(k)) {
                        errs.add(PathError.of(p, "%s", "block key \"" + k + "\" from config is not present in plan"));
                    }
                }
            }
            case SET -> {
                if (plannedV.isNull()) {
                    errs.add(PathError.of(p, "attribute representing a set of nested blocks must be empty to "
                            + "indicate no blocks, not null"));
                    return;
                }
                // Set elements have no identity to correlate them by, so, like Terraform, only the shape is checked.
                for (CtyValue pe : plannedV.elements()) {
                    if (!pe.isKnown()) {
                        errs.add(PathError.of(p.index(pe), "element representing nested block must not be unknown "
                                + "itself; set nested attribute values to unknown instead"));
                    }
                }
            }
        }
    }

    private static void attribute(Schema.Attribute a, CtyValue prior, CtyValue config, CtyValue planned,
                                  CtyPath path, List<PathError> errs) {
        CtyValue plannedV = planned.getAttr(a.name());
        CtyValue configV = config.getAttr(a.name());
        CtyValue priorV = prior.isNull() ? CtyValue.nullVal(SchemaTypes.attribute(a)) : prior.getAttr(a.name());
        value(a, priorV, configV, plannedV, path.getAttr(a.name()), errs);
    }

    private static void value(Schema.Attribute a, CtyValue priorV, CtyValue configV, CtyValue plannedV, CtyPath path,
                              List<PathError> errs) {
        if (a.writeOnly()) {
            if (!plannedV.isNull()) {
                errs.add(PathError.of(path, "planned value for write-only attribute is not null"));
            }
            return;
        }
        if (unrefined(plannedV).rawEquals(unrefined(configV))) {
            return;
        }
        if (unrefined(plannedV).rawEquals(unrefined(priorV)) && !priorV.isNull() && !configV.isNull()) {
            return;
        }
        if (a.computed() && !a.optional()) {
            return;
        }
        if (configV.isNull() && a.computed()) {
            return;
        }
        if (configV.isNull() && !plannedV.isNull()) {
            errs.add(a.sensitive() ? PathError.of(path, "planned value for a non-computed attribute")
                    : PathError.of(path, "%s", "planned value " + plannedV.goString() + " for a non-computed attribute"));
            return;
        }
        if (a.nestedType() != null) {
            nestedObject(a.nestedType(), priorV, configV, plannedV, path, errs);
            return;
        }
        if (priorV.isNull()) {
            errs.add(a.sensitive() ? PathError.of(path, "sensitive planned value does not match config value")
                    : PathError.of(path, "%s", "planned value " + plannedV.goString() + " does not match config value "
                    + configV.goString()));
            return;
        }
        errs.add(a.sensitive() ? PathError.of(path, "sensitive planned value does not match config value nor prior value")
                : PathError.of(path, "%s", "planned value " + plannedV.goString() + " does not match config value "
                + configV.goString() + " nor prior value " + priorV.goString()));
    }

    private static void nestedObject(Schema.NestedType n, CtyValue prior, CtyValue config, CtyValue planned,
                                     CtyPath path, List<PathError> errs) {
        if (planned.isNull() && !config.isNull()) {
            errs.add(PathError.of(path, "planned for absence but config wants existence"));
            return;
        }
        if (config.isNull() && !planned.isNull()) {
            errs.add(PathError.of(path, "planned for existence but config wants absence"));
            return;
        }
        if (!config.isNull() && !planned.isKnown()) {
            errs.add(PathError.of(path, "planned unknown for configured value"));
            return;
        }
        if (planned.isNull()) {
            return;
        }
        CtyType ot = SchemaTypes.nestedObject(n);
        switch (n.nesting()) {
            case SINGLE -> attributes(n, prior, config, planned, path, errs);
            case LIST -> {
                if (!config.isKnown()) {
                    return;
                }
                List<CtyValue> pl = planned.elements();
                List<CtyValue> cl = config.elements();
                if (pl.size() != cl.size()) {
                    errs.add(PathError.of(path, "count in plan (%d) disagrees with count in config (%d)", pl.size(),
                            cl.size()));
                    return;
                }
                List<CtyValue> prl = prior.isNull() || !prior.isKnown() ? List.of() : prior.elements();
                for (int i = 0; i < pl.size(); i++) {
                    CtyValue prev = i < prl.size() ? prl.get(i) : CtyValue.nullVal(ot);
                    attributes(n, prev, cl.get(i), pl.get(i), path.index(i), errs);
                }
            }
            case MAP -> {
                if (!config.isKnown()) {
                    return;
                }
                Map<String, CtyValue> pm = planned.mapEntries();
                Map<String, CtyValue> cm = config.mapEntries();
                if (pm.size() != cm.size()) {
                    errs.add(PathError.of(path, "count in plan (%d) disagrees with count in config (%d)", pm.size(),
                            cm.size()));
                    return;
                }
                Map<String, CtyValue> prm = prior.isNull() || !prior.isKnown() ? Map.of() : prior.mapEntries();
                for (Map.Entry<String, CtyValue> e : pm.entrySet()) {
                    CtyValue cv = cm.get(e.getKey());
                    if (cv == null) {
                        errs.add(PathError.of(path, "%s", "map key \"" + e.getKey() + "\" from plan is not present in config"));
                        continue;
                    }
                    attributes(n, prm.getOrDefault(e.getKey(), CtyValue.nullVal(ot)), cv, e.getValue(),
                            path.getAttr(e.getKey()), errs);
                }
                for (String k : cm.keySet()) {
                    if (!pm.containsKey(k)) {
                        errs.add(PathError.of(path, "%s", "map key \"" + k + "\" from config is not present in plan"));
                    }
                }
            }
            case SET -> {
                if (!config.isKnown() || !planned.isWhollyKnown() && !config.isWhollyKnown()) {
                    return;
                }
                int pn = planned.lengthInt();
                int cn = config.lengthInt();
                if (planned.isWhollyKnown() && config.isWhollyKnown() && pn != cn) {
                    errs.add(PathError.of(path, "count in plan (%d) disagrees with count in config (%d)", pn, cn));
                }
            }
        }
    }

    private static void attributes(Schema.NestedType n, CtyValue prior, CtyValue config, CtyValue planned,
                                   CtyPath path, List<PathError> errs) {
        if (planned.isNull() || !planned.isKnown()) {
            return;
        }
        for (Schema.Attribute a : n.attributes()) {
            CtyValue priorV = prior.isNull() || !prior.isKnown() ? CtyValue.nullVal(SchemaTypes.attribute(a))
                    : prior.getAttr(a.name());
            CtyValue configV = config.isNull() ? CtyValue.nullVal(SchemaTypes.attribute(a))
                    : config.isKnown() ? config.getAttr(a.name()) : CtyValue.unknownVal(SchemaTypes.attribute(a));
            value(a, priorV, configV, planned.getAttr(a.name()), path.getAttr(a.name()), errs);
        }
    }

    /** An unknown value without its refinements: refining a configured unknown is not a change. */
    static CtyValue unrefined(CtyValue v) {
        return v.isKnown() ? v : CtyValue.unknownVal(v.type()).withMarks(Set.copyOf(v.marks()));
    }
}
