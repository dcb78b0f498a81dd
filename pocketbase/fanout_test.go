package main

import (
	"encoding/json"
	"testing"
)

// collectionOf must read what json.Marshal(change) writes, for every collection the
// fan-out knows, or a group's changes would fall back to the slow audited path.
func TestCollectionOfReadsEveryChange(t *testing.T) {
	names := []string{"posts", "post_reactions", "group_members", "appointment_slots", "network_profiles"}
	for name := range learnerOf {
		names = append(names, name)
	}
	for _, name := range names {
		for _, action := range []string{"create", "update", "delete"} {
			data, err := json.Marshal(change{Action: action, Collection: name, Record: map[string]any{"collection": "not this", "id": "x"}})
			if err != nil {
				t.Fatal(err)
			}
			if got := string(collectionOf(data)); got != name {
				t.Errorf("collectionOf(%s) = %q, want %q", data, got, name)
			}
		}
	}
}

func TestCollectionOfIgnoresOtherMessages(t *testing.T) {
	for _, data := range []string{``, `{}`, `{"collection":"posts"}`, `{"action":"create"}`, `{"action":"create","collection":"posts`, `PB_CONNECT`} {
		if got := collectionOf([]byte(data)); got != nil {
			t.Errorf("collectionOf(%q) = %q, want nothing", data, got)
		}
	}
}
