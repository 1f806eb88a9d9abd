package main

import (
	"context"
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"

	"github.com/zclconf/go-cty/cty"
)

// Steps other than managed resources: files on disk (to make drift), functions, data sources, validation,
// ephemeral resources.

func (lc *lifecycle) filePath(st *step) string {
	if filepath.IsAbs(st.Path) {
		return st.Path
	}
	return filepath.Join(lc.h.dir, st.Path)
}

func (lc *lifecycle) fileStep(st *step) {
	p := lc.filePath(st)
	switch st.Op {
	case "write_file":
		err := os.MkdirAll(filepath.Dir(p), 0o755)
		if err == nil && st.Text == nil {
			err = fmt.Errorf("write_file needs \"content\"")
		}
		if err == nil {
			err = ioutil.WriteFile(p, []byte(*st.Text), 0o644)
		}
		lc.check("wrote "+st.Path, err)
	case "delete_file":
		lc.check("deleted "+st.Path, os.Remove(p))
	case "assert_file":
		lc.check("file "+st.Path, func() error {
			data, err := ioutil.ReadFile(p)
			if st.ExpectAbsent {
				if err == nil {
					return fmt.Errorf("exists, want it absent")
				}
				if !os.IsNotExist(err) {
					return err
				}
				return nil
			}
			if err != nil {
				return err
			}
			if st.Text != nil && string(data) != *st.Text {
				return fmt.Errorf("content %q, want %q", data, *st.Text)
			}
			return nil
		}())
	}
}

func (lc *lifecycle) callFunction(c context.Context, st *step) {
	fn := lc.sch.functions[st.Name]
	if fn == nil {
		lc.check("GetProviderSchema functions", fmt.Errorf("the provider has no function %q", st.Name))
		return
	}
	var args [][]byte
	for i, raw := range st.Args {
		t := cty.NilType
		switch {
		case i < len(fn.params):
			t = fn.params[i]
		case fn.variadic != nil:
			t = *fn.variadic
		default:
			lc.check("arguments", fmt.Errorf("%d arguments for %d parameters", len(st.Args), len(fn.params)))
			return
		}
		v, err := fromJSON(raw, t)
		if err != nil {
			lc.check("script argument", fmt.Errorf("argument %d: %v", i, err))
			return
		}
		args = append(args, encode(v, t))
	}
	resp, err := lc.d.call(c, st.Name, args)
	if !lc.check("CallFunction", err) {
		return
	}
	if st.ExpectErrorArg != nil || st.ExpectError != nil {
		lc.check("function error", func() error {
			if resp.errMsg == "" {
				return fmt.Errorf("no function error")
			}
			if st.ExpectErrorArg != nil && (resp.errArg == nil || *resp.errArg != *st.ExpectErrorArg) {
				return fmt.Errorf("error %q names argument %v, want %d", resp.errMsg, argText(resp.errArg), *st.ExpectErrorArg)
			}
			if st.ExpectError != nil && !strings.Contains(resp.errMsg, *st.ExpectError) {
				return fmt.Errorf("error %q does not mention %q", resp.errMsg, *st.ExpectError)
			}
			return nil
		}())
		return
	}
	lc.check("result", func() error {
		if resp.errMsg != "" {
			return fmt.Errorf("function error %q (argument %v)", resp.errMsg, argText(resp.errArg))
		}
		got, err := decode(resp.result, fn.ret, "result")
		if err != nil {
			return err
		}
		want, err := fromJSON(st.ExpectResult, fn.ret)
		if err != nil {
			return fmt.Errorf("script value: %v", err)
		}
		if !got.RawEquals(want) {
			return fmt.Errorf("got %s, want %s", show(got), show(want))
		}
		return nil
	}())
}

func argText(n *int64) string {
	if n == nil {
		return "none"
	}
	return fmt.Sprint(*n)
}

func (lc *lifecycle) readData(c context.Context, st *step) {
	b := lc.schemaOf("data", st.Type)
	if b == nil {
		return
	}
	ty := b.impliedType()
	config, err := configFromJSON(st.Config, b)
	if !lc.scriptOK(err) {
		return
	}
	diags, err := lc.d.validateData(c, st.Type, encode(config, ty))
	if !lc.proceed(st, "ValidateDataResourceConfig", diags, err) {
		return
	}
	resp, err := lc.d.readData(c, st.Type, encode(config, ty))
	if !lc.proceed(st, "ReadDataSource", resp.diags, err) || lc.expectedErrorMissing(st) {
		return
	}
	value, err := decode(resp.state, ty, "state")
	if err == nil {
		err = resultProblems(b, config, value)
	}
	if lc.check("ReadDataSource result", err) {
		lc.expectValues(st, b, value)
	}
}

// resultProblems checks a data source or ephemeral result: configured values kept, nothing unknown.
func resultProblems(b *block, config, value cty.Value) error {
	if value.IsNull() {
		return fmt.Errorf("null result")
	}
	if !value.IsWhollyKnown() {
		return fmt.Errorf("unknown values in %s", show(value))
	}
	if problems := planProblems(b, config, value, ""); len(problems) > 0 {
		return fmt.Errorf("result does not keep the configuration: %v", problems)
	}
	return nil
}

func (lc *lifecycle) validate(c context.Context, st *step) {
	kind := st.Kind
	b := lc.schemaOf(kind, st.Type)
	if b == nil {
		return
	}
	config, err := configFromJSON(st.Config, b)
	if !lc.scriptOK(err) {
		return
	}
	raw := encode(config, b.impliedType())
	var diags []pathDiag
	switch kind {
	case "data":
		diags, err = lc.d.validateData(c, st.Type, raw)
	case "ephemeral":
		diags, err = lc.d.validateEphemeral(c, st.Type, raw)
	default:
		diags, err = lc.d.validateResource(c, st.Type, raw)
	}
	if lc.proceed(st, "validate "+kindName(kind)+" configuration", diags, err) && !lc.expectedErrorMissing(st) {
		lc.check("configuration accepted", nil)
	}
}

func (lc *lifecycle) openEphemeral(c context.Context, st *step) {
	b := lc.schemaOf("ephemeral", st.Type)
	if b == nil {
		return
	}
	ty := b.impliedType()
	config, err := configFromJSON(st.Config, b)
	if !lc.scriptOK(err) {
		return
	}
	diags, err := lc.d.validateEphemeral(c, st.Type, encode(config, ty))
	if !lc.proceed(st, "ValidateEphemeralResourceConfig", diags, err) {
		return
	}
	resp, err := lc.d.openEphemeral(c, st.Type, encode(config, ty))
	if !lc.proceed(st, "OpenEphemeralResource", resp.diags, err) || lc.expectedErrorMissing(st) {
		return
	}
	value, err := decode(resp.state, ty, "result")
	if err == nil {
		err = resultProblems(b, config, value)
	}
	if lc.check("OpenEphemeralResource result", err) {
		lc.ephemerals[st.Type] = resp.private
		lc.expectValues(st, b, value)
	}
}

func (lc *lifecycle) closeEphemeral(c context.Context, st *step) {
	private, open := lc.ephemerals[st.Type]
	if !open {
		lc.check("open", fmt.Errorf("no open %q to close", st.Type))
		return
	}
	diags, err := lc.d.closeEphemeral(c, st.Type, private)
	if lc.proceed(st, "CloseEphemeralResource", diags, err) {
		delete(lc.ephemerals, st.Type)
		lc.check("closed", nil)
	}
}
