package main

import (
	"encoding/json"
	"fmt"
	"io/ioutil"
)

// script is a lifecycle script (format in tofusoup/README.md, "Lifecycle mode").
type script struct {
	Protocol       int               `json:"protocol"`
	ProviderConfig json.RawMessage   `json:"provider_config"`
	Env            map[string]string `json:"env"`
	Steps          []step            `json:"steps"`
}

// step is one operation with its expectations; which fields apply depends on Op.
type step struct {
	Op       string `json:"op"`
	Type     string `json:"type"`
	Resource string `json:"resource"`
	Kind     string `json:"kind"`

	Config json.RawMessage   `json:"config"`
	ID     string            `json:"id"`
	Name   string            `json:"name"`
	Args   []json.RawMessage `json:"args"`
	Path   string            `json:"path"`
	Text   *string           `json:"content"`
	// Version and RawJSON are an instance as an older provider left it in the state file (op "upgrade").
	Version *int64          `json:"version"`
	RawJSON json.RawMessage `json:"raw_json"`

	Expect          map[string]json.RawMessage `json:"expect"`
	ExpectResult    json.RawMessage            `json:"expect_result"`
	ExpectSet       []string                   `json:"expect_set"`
	ExpectGone      bool                       `json:"expect_gone"`
	ExpectChanges   []string                   `json:"expect_changes"`
	ExpectReplace   bool                       `json:"expect_replace"`
	ExpectNoChanges bool                       `json:"expect_no_changes"`
	ExpectError     *string                    `json:"expect_error"`
	ExpectErrorPath *string                    `json:"expect_error_path"`
	ExpectErrorArg  *int64                     `json:"expect_error_arg"`
	ExpectAbsent    bool                       `json:"expect_absent"`
	Ignore          []string                   `json:"ignore"`
}

var knownOps = map[string]bool{"apply": true, "plan": true, "refresh": true, "import": true, "destroy": true,
	"write_file": true, "delete_file": true, "assert_file": true, "call_function": true, "read_data": true,
	"validate": true, "open_ephemeral": true, "close_ephemeral": true, "upgrade": true}

func loadScript(path string) (*script, error) {
	raw, err := ioutil.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s, err := parseScript(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return s, nil
}

func parseScript(raw []byte) (*script, error) {
	var s script
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, err
	}
	for i, st := range s.Steps {
		if !knownOps[st.Op] {
			return nil, fmt.Errorf("step %d: unknown op %q", i, st.Op)
		}
		if st.Op == "upgrade" && (st.Type == "" || st.Version == nil || len(st.RawJSON) == 0) {
			return nil, fmt.Errorf("step %d: upgrade needs \"type\", \"version\" and \"raw_json\"", i)
		}
	}
	return &s, nil
}

// wantsError says whether the step expects the provider to refuse it.
func (st *step) wantsError() bool {
	return st.ExpectError != nil || st.ExpectErrorPath != nil
}

// slot names the state a resource step works on: "resource" when given, else the type.
func (st *step) slot() string {
	if st.Resource != "" {
		return st.Resource
	}
	return st.Type
}
