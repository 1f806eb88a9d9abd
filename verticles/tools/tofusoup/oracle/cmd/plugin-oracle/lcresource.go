package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/zclconf/go-cty/cty"
)

// Managed resource steps: apply, plan, refresh, import, destroy.

// proceed handles the diagnostics of one phase: an error ends the step, as expected or as a failure.
func (lc *lifecycle) proceed(st *step, phase string, diags []pathDiag, err error) bool {
	if err != nil {
		lc.check(phase, err)
		return false
	}
	if len(errorsOf(diags)) > 0 {
		if st.wantsError() {
			lc.expectDiagnostics(st, diags)
		} else {
			lc.check(phase, noErrors(diags))
		}
		return false
	}
	return true
}

// expectedErrorMissing reports a step that should have been refused but went through.
func (lc *lifecycle) expectedErrorMissing(st *step) bool {
	if st.wantsError() {
		lc.check("expected error diagnostic", fmt.Errorf("the provider accepted the step"))
		return true
	}
	return false
}

// configOf reads the step's configuration and validates it with the provider.
func (lc *lifecycle) configOf(c context.Context, st *step, b *block) (cty.Value, bool) {
	config, err := configFromJSON(st.Config, b)
	if err != nil {
		lc.scriptOK(err)
		return cty.NilVal, false
	}
	diags, err := lc.d.validateResource(c, st.Type, encode(config, b.impliedType()))
	return config, lc.proceed(st, "ValidateResourceConfig", diags, err)
}

// planned is one checked PlanResourceChange answer.
type planned struct {
	value           cty.Value
	private         []byte
	requiresReplace []string
}

// planChange asks for a plan with Terraform's proposed new state and checks it against AssertPlanValid.
func (lc *lifecycle) planChange(c context.Context, st *step, typ string, b *block, prior cty.Value,
	priorPrivate []byte, config cty.Value) (planned, bool) {
	ty := b.impliedType()
	proposed := proposedNew(b, prior, config)
	resp, err := lc.d.plan(c, typ, encode(prior, ty), encode(proposed, ty), encode(config, ty), priorPrivate)
	if !lc.proceed(st, "PlanResourceChange", resp.diags, err) {
		return planned{}, false
	}
	value, err := decode(resp.planned, ty, "planned_state")
	if err == nil {
		if problems := planProblems(b, config, value, typ); len(problems) > 0 {
			err = fmt.Errorf("provider produced invalid plan: %s", strings.Join(problems, "; "))
		}
	}
	what := "PlanResourceChange valid (update)"
	if prior.IsNull() {
		what = "PlanResourceChange valid (create)"
	}
	if !lc.check(what, err) {
		return planned{}, false
	}
	return planned{value, resp.plannedPrivate, resp.requiresReplace}, true
}

// applyChange applies a plan and checks AssertObjectCompatible and that the new state is wholly known.
func (lc *lifecycle) applyChange(c context.Context, st *step, typ string, b *block, prior cty.Value,
	p planned, config cty.Value) (*slot, bool) {
	ty := b.impliedType()
	resp, err := lc.d.apply(c, typ, encode(prior, ty), encode(p.value, ty), encode(config, ty), p.private)
	if !lc.proceed(st, "ApplyResourceChange", resp.diags, err) {
		return nil, false
	}
	value, err := decode(resp.state, ty, "new_state")
	if err == nil {
		err = appliedProblems(b, p.value, value)
	}
	if !lc.check("ApplyResourceChange consistent with the plan", err) {
		return nil, false
	}
	return &slot{typ: typ, state: value, private: resp.private}, true
}

func appliedProblems(b *block, plannedValue, value cty.Value) error {
	if plannedValue.IsNull() {
		if !value.IsNull() {
			return fmt.Errorf("destroy left the object %s", show(value))
		}
		return nil
	}
	if value.IsNull() {
		return fmt.Errorf("apply returned a null object for a planned %s", show(plannedValue))
	}
	if !value.IsWhollyKnown() {
		return fmt.Errorf("provider returned invalid result object after apply: unknown values in %s", show(value))
	}
	problems := incompatibilities(plannedValue, value, "")
	for name := range b.writeOnly() {
		if !value.GetAttr(name).IsNull() {
			problems = append(problems, "."+name+": write-only attribute stored in state")
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("provider produced inconsistent result after apply: %s", strings.Join(problems, "; "))
	}
	return nil
}

// destroyInstance plans and applies a destroy as Terraform ≥ 1.3 does (the provider sees the null proposal).
func (lc *lifecycle) destroyInstance(c context.Context, st *step, s *slot, b *block) bool {
	ty := b.impliedType()
	null := cty.NullVal(ty)
	resp, err := lc.d.plan(c, s.typ, encode(s.state, ty), encode(null, ty), encode(null, ty), s.private)
	if !lc.proceed(st, "PlanResourceChange (destroy)", resp.diags, err) {
		return false
	}
	value, err := decode(resp.planned, ty, "planned_state")
	if err == nil && !value.IsNull() {
		err = fmt.Errorf("destroy planned %s, want null", show(value))
	}
	if !lc.check("PlanResourceChange valid (destroy)", err) {
		return false
	}
	_, ok := lc.applyChange(c, st, s.typ, b, s.state, planned{value: null, private: resp.plannedPrivate}, null)
	return ok
}

func (lc *lifecycle) apply(c context.Context, st *step) {
	b := lc.schemaOf("resource", st.Type)
	if b == nil {
		return
	}
	config, ok := lc.configOf(c, st, b)
	if !ok {
		return
	}
	name := st.slot()
	lc.lastSlot = name
	prior := cty.NullVal(b.impliedType())
	var priorPrivate []byte
	cur := lc.states[name]
	if cur != nil {
		if cur, ok = lc.upgradeStored(c, st, cur, b); !ok {
			return
		}
		prior, priorPrivate = cur.state, cur.private
	}
	p, ok := lc.planChange(c, st, st.Type, b, prior, priorPrivate, config)
	if !ok {
		return
	}
	if cur != nil && p.value.RawEquals(prior) {
		if st.ExpectReplace {
			lc.check("replacement planned", fmt.Errorf("no changes planned"))
		} else if !lc.expectedErrorMissing(st) {
			lc.check("no changes planned, nothing to apply", nil)
			lc.expectValues(st, b, prior)
		}
		return
	}
	if st.ExpectReplace && (cur == nil || len(p.requiresReplace) == 0) {
		lc.check("replacement planned", fmt.Errorf("requires_replace %v", p.requiresReplace))
		return
	}
	if cur != nil && len(p.requiresReplace) > 0 {
		lc.check("replacement planned for "+strings.Join(p.requiresReplace, ", "), nil)
		if !lc.destroyInstance(c, st, cur, b) {
			return
		}
		delete(lc.states, name)
		prior, priorPrivate = cty.NullVal(b.impliedType()), nil
		if p, ok = lc.planChange(c, st, st.Type, b, prior, nil, config); !ok {
			return
		}
	}
	s, ok := lc.applyChange(c, st, st.Type, b, prior, p, config)
	if !ok || lc.expectedErrorMissing(st) {
		return
	}
	lc.states[name] = s
	lc.expectValues(st, b, s.state)
}

// planOnly plans against the current state without applying: drift shows up here.
func (lc *lifecycle) planOnly(c context.Context, st *step) {
	name, cur := lc.currentSlot(st)
	typ := st.Type
	if typ == "" && cur != nil {
		typ = cur.typ
	}
	b := lc.schemaOf("resource", typ)
	if b == nil {
		return
	}
	st.Type = typ
	config, ok := lc.configOf(c, st, b)
	if !ok {
		return
	}
	prior := cty.NullVal(b.impliedType())
	var priorPrivate []byte
	if cur != nil {
		if cur, ok = lc.upgradeStored(c, st, cur, b); !ok {
			return
		}
		prior, priorPrivate = cur.state, cur.private
	}
	lc.lastSlot = name
	p, ok := lc.planChange(c, st, typ, b, prior, priorPrivate, config)
	if !ok || lc.expectedErrorMissing(st) {
		return
	}
	changed := changedAttributes(b, prior, p.value)
	if st.ExpectNoChanges {
		lc.check("no changes", func() error {
			if cur == nil || len(changed) > 0 {
				return fmt.Errorf("changes planned to %v", changed)
			}
			return nil
		}())
	}
	if st.ExpectChanges != nil {
		lc.check("changes "+strings.Join(st.ExpectChanges, ","), sameNames(changed, st.ExpectChanges))
	}
	lc.check("replacement", func() error {
		if st.ExpectReplace != (len(p.requiresReplace) > 0) {
			return fmt.Errorf("requires_replace %v, expected replacement: %v", p.requiresReplace, st.ExpectReplace)
		}
		return nil
	}())
	lc.expectValues(st, b, p.value)
}

func (lc *lifecycle) refresh(c context.Context, st *step) {
	name, cur := lc.currentSlot(st)
	if cur == nil {
		lc.check("state", fmt.Errorf("no state for %q to refresh", name))
		return
	}
	b := lc.schemaOf("resource", cur.typ)
	if b == nil {
		return
	}
	cur, ok := lc.upgradeStored(c, st, cur, b)
	if !ok {
		return
	}
	ty := b.impliedType()
	resp, err := lc.d.read(c, cur.typ, encode(cur.state, ty), cur.private)
	if !lc.proceed(st, "ReadResource", resp.diags, err) || lc.expectedErrorMissing(st) {
		return
	}
	value, err := decode(resp.state, ty, "new_state")
	if err == nil && !value.IsNull() && !value.IsWhollyKnown() {
		err = fmt.Errorf("unknown values in the refreshed state %s", show(value))
	}
	if !lc.check("ReadResource result", err) {
		return
	}
	if value.IsNull() {
		lc.check("object gone", func() error {
			if !st.ExpectGone {
				return fmt.Errorf("ReadResource reported the object gone")
			}
			return nil
		}())
		delete(lc.states, name)
		return
	}
	if st.ExpectGone {
		lc.check("object gone", fmt.Errorf("ReadResource still returns %s", show(value)))
	}
	lc.states[name] = &slot{typ: cur.typ, state: value, private: resp.private}
	lc.expectValues(st, b, value)
}

func (lc *lifecycle) importStep(c context.Context, st *step) {
	b := lc.schemaOf("resource", st.Type)
	if b == nil {
		return
	}
	ty := b.impliedType()
	found, diags, err := lc.d.importState(c, st.Type, st.ID)
	if !lc.proceed(st, "ImportResourceState", diags, err) {
		return
	}
	var mine *imported
	for i := range found {
		if found[i].typ == st.Type {
			mine = &found[i]
		}
	}
	if mine == nil {
		lc.check("ImportResourceState", fmt.Errorf("no imported object of type %s among %d", st.Type, len(found)))
		return
	}
	state, err := decode(mine.state, ty, "imported state")
	if !lc.check("ImportResourceState result", err) {
		return
	}
	// Terraform reads every imported object before it keeps it.
	resp, err := lc.d.read(c, st.Type, encode(state, ty), mine.private)
	if !lc.proceed(st, "ReadResource after import", resp.diags, err) {
		return
	}
	value, err := decode(resp.state, ty, "new_state")
	if err == nil && value.IsNull() {
		// Terraform core refuses the import itself when the read finds nothing.
		gone := []pathDiag{{diagnostic: diagnostic{error: true, summary: "Cannot import non-existent remote object",
			detail: fmt.Sprintf("While attempting to import an existing object to %q, the provider detected that no "+
				"object exists with the given id.", st.Type)}}}
		lc.proceed(st, "ReadResource after import", gone, nil)
		return
	}
	if lc.expectedErrorMissing(st) {
		return
	}
	if err == nil && !value.IsWhollyKnown() {
		err = fmt.Errorf("unknown values in the imported state %s", show(value))
	}
	if !lc.check("ReadResource after import", err) {
		return
	}
	name := st.slot()
	if cur := lc.states[name]; cur != nil {
		lc.check("imported state equals the managed state", sameState(b, cur.state, value, st.Ignore))
	}
	lc.states[name] = &slot{typ: st.Type, state: value, private: resp.private}
	lc.lastSlot = name
	lc.expectValues(st, b, value)
}

// sameState compares two states attribute by attribute (ImportStateVerify), skipping write-only and ignored ones.
func sameState(b *block, want, got cty.Value, ignore []string) error {
	skip := b.writeOnly()
	for _, n := range ignore {
		skip[n] = true
	}
	var diffs []string
	for name := range b.impliedType().AttributeTypes() {
		if skip[name] {
			continue
		}
		if w, g := want.GetAttr(name), got.GetAttr(name); !w.RawEquals(g) {
			diffs = append(diffs, fmt.Sprintf("%s: %s vs %s", name, show(w), show(g)))
		}
	}
	if len(diffs) > 0 {
		return fmt.Errorf("differences (managed vs imported): %s", strings.Join(diffs, "; "))
	}
	return nil
}

func (lc *lifecycle) destroy(c context.Context, st *step) {
	name, cur := lc.currentSlot(st)
	if cur == nil {
		lc.check("state", fmt.Errorf("no state for %q to destroy", name))
		return
	}
	b := lc.schemaOf("resource", cur.typ)
	if b == nil {
		return
	}
	cur, ok := lc.upgradeStored(c, st, cur, b)
	if !ok {
		return
	}
	if lc.destroyInstance(c, st, cur, b) && !lc.expectedErrorMissing(st) {
		delete(lc.states, name)
	}
}
