package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"
)

// runLifecycle plays Terraform's part through a script: one plugin session, the provider configured once,
// then each step's RPCs with Terraform's planning rules checked on every answer.
func runLifecycle(h *host, sc *script, protocol int, r *report) {
	prefix := fmt.Sprintf("v%d ", protocol)
	env := []string{}
	for k, v := range sc.Env {
		env = append(env, k+"="+v)
	}
	s, err := h.start([]int{protocol}, env...)
	r.check(prefix+"launch with go-plugin (AutoMTLS)", err)
	if err != nil {
		return
	}
	defer s.stop()
	if s.version != protocol {
		r.check(prefix+"negotiated version", fmt.Errorf("negotiated %d, want %d", s.version, protocol))
		return
	}
	lc := &lifecycle{h: h, r: r, prefix: prefix, states: map[string]*slot{}, ephemerals: map[string][]byte{}}
	if protocol == 5 {
		lc.d = &driver5{p: s.provider5}
	} else {
		lc.d = &driver6{p: s.provider6}
	}
	if !lc.setUp(sc) {
		return
	}
	for i := range sc.Steps {
		st := &sc.Steps[i]
		lc.step = fmt.Sprintf("%sstep %d %s", prefix, i, st.Op)
		if st.Type != "" {
			lc.step += "(" + st.Type + ")"
		} else if st.Name != "" {
			lc.step += "(" + st.Name + ")"
		}
		lc.run(st)
	}
}

// slot is the state Terraform would keep for one resource instance.
type slot struct {
	typ     string
	state   cty.Value
	private []byte
}

type lifecycle struct {
	h          *host
	r          *report
	d          driver
	prefix     string
	step       string
	sch        *schemas
	states     map[string]*slot
	ephemerals map[string][]byte
	lastSlot   string
}

func (lc *lifecycle) check(what string, err error) bool {
	lc.r.check(lc.step+": "+what, err)
	return err == nil
}

func (lc *lifecycle) setUp(sc *script) bool {
	c, cancel := ctx(time.Minute)
	defer cancel()
	sch, diags, err := lc.d.schemas(c)
	if err == nil {
		err = noErrors(diags)
	}
	lc.r.check(lc.prefix+"GetProviderSchema", err)
	if err != nil {
		return false
	}
	lc.sch = sch
	config, err := configFromJSON(sc.ProviderConfig, sch.provider)
	var raw []byte
	if err == nil {
		raw, err = ctymsgpack.Marshal(config, sch.provider.impliedType())
	}
	if err == nil {
		diags, err = lc.d.configure(c, raw)
		if err == nil {
			err = noErrors(diags)
		}
	}
	lc.r.check(lc.prefix+"validate and configure the provider", err)
	return err == nil
}

func (lc *lifecycle) run(st *step) {
	c, cancel := ctx(time.Minute)
	defer cancel()
	switch st.Op {
	case "apply":
		lc.apply(c, st)
	case "plan":
		lc.planOnly(c, st)
	case "refresh":
		lc.refresh(c, st)
	case "upgrade":
		lc.upgradeOlder(c, st)
	case "import":
		lc.importStep(c, st)
	case "destroy":
		lc.destroy(c, st)
	case "write_file", "delete_file", "assert_file":
		lc.fileStep(st)
	case "call_function":
		lc.callFunction(c, st)
	case "read_data":
		lc.readData(c, st)
	case "validate":
		lc.validate(c, st)
	case "open_ephemeral":
		lc.openEphemeral(c, st)
	case "close_ephemeral":
		lc.closeEphemeral(c, st)
	}
}

// schemaOf finds the schema of a resource, data source or ephemeral type, reporting a failure when there is none.
func (lc *lifecycle) schemaOf(kind, typ string) *block {
	var b *block
	switch kind {
	case "data":
		b = lc.sch.dataSources[typ]
	case "ephemeral":
		b = lc.sch.ephemerals[typ]
	default:
		b = lc.sch.resources[typ]
	}
	if b == nil {
		lc.check("schema", fmt.Errorf("the provider has no %s schema for %q", kindName(kind), typ))
	}
	return b
}

func kindName(kind string) string {
	switch kind {
	case "data":
		return "data source"
	case "ephemeral":
		return "ephemeral resource"
	}
	return "resource"
}

// currentSlot is the slot a step without a type works on: the named one, else the last one touched.
func (lc *lifecycle) currentSlot(st *step) (string, *slot) {
	name := st.slot()
	if name == "" {
		name = lc.lastSlot
	}
	return name, lc.states[name]
}

func encode(v cty.Value, t cty.Type) []byte {
	b, err := ctymsgpack.Marshal(v, t)
	if err != nil {
		panic(fmt.Sprintf("oracle cannot encode its own value %s: %v", show(v), err))
	}
	return b
}

// decode reads a response value; an absent DynamicValue is null, as Terraform reads it.
func decode(raw []byte, t cty.Type, what string) (cty.Value, error) {
	if len(raw) == 0 {
		return cty.NullVal(t), nil
	}
	v, err := ctymsgpack.Unmarshal(raw, t)
	if err != nil {
		return cty.NilVal, fmt.Errorf("%s does not decode as %s: %v", what, t.FriendlyName(), err)
	}
	return v, nil
}

// expectDiagnostics checks a refused step: an error diagnostic with the expected text and attribute path.
func (lc *lifecycle) expectDiagnostics(st *step, diags []pathDiag) {
	errs := errorsOf(diags)
	lc.check("expected error diagnostic", func() error {
		for _, d := range errs {
			if st.ExpectErrorPath != nil && d.path != *st.ExpectErrorPath {
				continue
			}
			if st.ExpectError != nil && !strings.Contains(d.summary+"\n"+d.detail, *st.ExpectError) {
				continue
			}
			return nil
		}
		want := []string{}
		if st.ExpectErrorPath != nil {
			want = append(want, "at path "+*st.ExpectErrorPath)
		}
		if st.ExpectError != nil {
			want = append(want, fmt.Sprintf("mentioning %q", *st.ExpectError))
		}
		return fmt.Errorf("no error diagnostic %s among %v", strings.Join(want, " "), diags)
	}())
}

// expectValues checks the step's attribute expectations against an object of the given schema.
func (lc *lifecycle) expectValues(st *step, b *block, obj cty.Value) {
	names := make([]string, 0, len(st.Expect))
	for name := range st.Expect {
		names = append(names, name)
	}
	sort.Strings(names)
	ty := b.impliedType()
	for _, name := range names {
		lc.check("expect "+name, func() error {
			if !ty.HasAttribute(name) {
				return fmt.Errorf("the schema has no attribute %q", name)
			}
			want, err := fromJSON(st.Expect[name], ty.AttributeType(name))
			if err != nil {
				return fmt.Errorf("script value: %v", err)
			}
			if obj.IsNull() {
				return fmt.Errorf("the object is null")
			}
			got := obj.GetAttr(name)
			if !got.RawEquals(want) {
				return fmt.Errorf("got %s, want %s", show(got), show(want))
			}
			return nil
		}())
	}
	for _, name := range st.ExpectSet {
		lc.check("expect "+name+" set", func() error {
			if !ty.HasAttribute(name) {
				return fmt.Errorf("the schema has no attribute %q", name)
			}
			if obj.IsNull() {
				return fmt.Errorf("the object is null")
			}
			got := obj.GetAttr(name)
			if got.IsNull() || !got.IsWhollyKnown() {
				return fmt.Errorf("got %s, want a known non-null value", show(got))
			}
			return nil
		}())
	}
}

// changedAttributes lists the top-level attributes and blocks whose planned value differs from the prior one.
func changedAttributes(b *block, prior, planned cty.Value) []string {
	var out []string
	for name := range b.impliedType().AttributeTypes() {
		if prior.IsNull() || !planned.GetAttr(name).RawEquals(prior.GetAttr(name)) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

func sameNames(got, want []string) error {
	w := append([]string{}, want...)
	sort.Strings(w)
	if strings.Join(got, ",") != strings.Join(w, ",") {
		return fmt.Errorf("changed %v, want %v", got, w)
	}
	return nil
}

// lifecycleMode runs a script with the protocol from -protocol when given, else the script's (default 6).
func lifecycleMode(h *host, scriptFile string, flagProtocol int, flagGiven bool) error {
	if scriptFile == "" {
		return fmt.Errorf("lifecycle mode needs -script FILE")
	}
	sc, err := loadScript(scriptFile)
	if err != nil {
		return err
	}
	protocol := sc.Protocol
	if flagGiven || protocol == 0 {
		protocol = flagProtocol
	}
	if protocol != 5 && protocol != 6 {
		return fmt.Errorf("protocol %d: only 5 and 6 exist", protocol)
	}
	r := &report{}
	runLifecycle(h, sc, protocol, r)
	fmt.Printf("plugin-oracle: %d passed, %d failed\n", r.passed, r.failed)
	if r.failed > 0 {
		os.Exit(1)
	}
	return nil
}

// scriptOK reports a script value that does not fit the schema (only failures get a line).
func (lc *lifecycle) scriptOK(err error) bool {
	if err != nil {
		lc.check("script value", err)
	}
	return err == nil
}
