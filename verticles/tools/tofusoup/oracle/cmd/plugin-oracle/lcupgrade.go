package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// Terraform never hands stored state straight back to a provider: every time it reads a resource instance from
// its state (before a refresh, before planning an update or a destroy) it first sends the JSON it keeps in the
// state file, with the schema version recorded there, through UpgradeResourceState and goes on with the answer.

// upgradeStored plays that call for a slot and returns the slot Terraform would continue the step with. The slot
// itself is left alone: what Terraform writes back is whatever the step's later RPCs return.
func (lc *lifecycle) upgradeStored(c context.Context, st *step, cur *slot, b *block) (*slot, bool) {
	ty := b.impliedType()
	version := lc.sch.versions[cur.typ]
	raw, err := ctyjson.Marshal(cur.state, ty)
	if err != nil {
		lc.check("stored state as state-file JSON", err)
		return nil, false
	}
	resp, err := lc.d.upgrade(c, cur.typ, version, raw)
	if !lc.proceed(st, "UpgradeResourceState", resp.diags, err) {
		return nil, false
	}
	upgraded, err := decode(resp.state, ty, "upgraded_state")
	if err == nil {
		// The oracle only ever stores state written under the provider's current schema version, so the
		// upgrade is a same-version one: any change it makes is a change the practitioner never asked for.
		if diffs := upgradeDiffs(cur.state, upgraded, ""); len(diffs) > 0 {
			err = fmt.Errorf("same-version upgrade changed the stored state: %s", strings.Join(diffs, "; "))
		}
	}
	if !lc.check(fmt.Sprintf("UpgradeResourceState (schema version %d) keeps the state", version), err) {
		return nil, false
	}
	return &slot{typ: cur.typ, state: upgraded, private: cur.private}, true
}

// upgradeOlder plays the first use of a state file an older provider release wrote: the instance is stored as
// JSON under an older schema version, and Terraform hands exactly that to UpgradeResourceState before anything
// else. The answer must be an object of the current schema, known everywhere; it becomes the slot's state, with
// no private bytes (the script's JSON stands for a state file that kept none), so later steps go on from it.
func (lc *lifecycle) upgradeOlder(c context.Context, st *step) {
	b := lc.schemaOf("resource", st.Type)
	if b == nil {
		return
	}
	var stored bytes.Buffer
	if err := json.Compact(&stored, st.RawJSON); !lc.scriptOK(err) {
		return
	}
	from, to := *st.Version, lc.sch.versions[st.Type]
	resp, err := lc.d.upgrade(c, st.Type, from, stored.Bytes())
	if !lc.proceed(st, "UpgradeResourceState", resp.diags, err) || lc.expectedErrorMissing(st) {
		return
	}
	ty := b.impliedType()
	value, err := decode(resp.state, ty, "upgraded_state")
	switch {
	case err != nil:
	case value.IsNull():
		err = fmt.Errorf("the provider upgraded a stored object to null")
	case !value.IsWhollyKnown():
		err = fmt.Errorf("unknown values in the upgraded state %s", show(value))
	}
	if !lc.check(fmt.Sprintf("UpgradeResourceState from schema version %d to %d", from, to), err) {
		return
	}
	name := st.slot()
	lc.states[name] = &slot{typ: st.Type, state: value}
	lc.lastSlot = name
	lc.expectValues(st, b, value)
}

// upgradeDiffs lists where the upgraded value differs from the stored one, as deep as both sides still have the
// same shape (attributes, list/tuple indexes, map keys); sets and primitives are reported whole.
func upgradeDiffs(stored, upgraded cty.Value, path string) []string {
	if stored.RawEquals(upgraded) {
		return nil
	}
	whole := []string{fmt.Sprintf("%s: stored %s, upgraded %s", rootIfEmpty(path), show(stored), show(upgraded))}
	if !stored.IsKnown() || !upgraded.IsKnown() || stored.IsNull() || upgraded.IsNull() ||
		!stored.Type().Equals(upgraded.Type()) {
		return whole
	}
	var out []string
	t := stored.Type()
	switch {
	case t.IsObjectType():
		names := make([]string, 0, len(t.AttributeTypes()))
		for name := range t.AttributeTypes() {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			out = append(out, upgradeDiffs(stored.GetAttr(name), upgraded.GetAttr(name), path+"."+name)...)
		}
	case t.IsListType() || t.IsTupleType() || t.IsMapType():
		if stored.LengthInt() != upgraded.LengthInt() {
			return whole
		}
		for it := stored.ElementIterator(); it.Next(); {
			k, sv := it.Element()
			if !upgraded.HasIndex(k).True() {
				return whole
			}
			out = append(out, upgradeDiffs(sv, upgraded.Index(k), fmt.Sprintf("%s[%s]", path, show(k)))...)
		}
	}
	if len(out) == 0 {
		return whole
	}
	return out
}

func rootIfEmpty(path string) string {
	if path == "" {
		return "(whole object)"
	}
	return path
}
