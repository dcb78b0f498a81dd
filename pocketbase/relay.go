// The door's relay (docs/ARCHITECTURE.md, "Realtime by recipient").
//
// A post to a big group goes to every member online, and writing it into each device's
// stream was one write (a syscall into the loopback TCP stack) per device: at 1,000
// members online most of PocketBase's CPU for the post. Every device's stream passes
// through the app's door (scripts/lib/server.mjs), so for the group's collections
// (sameForEveryMember) PocketBase writes the change once, on the door's own stream,
// with the devices it decided may have it; the door copies it into those streams
// (scripts/lib/realtime-relay.mjs).
//
// Who gets what is decided here exactly as before (fanout.go: the list rule per
// person or per class of people alike); the door only carries it. Its stream is a
// superuser's, subscribed to sammen/door/<door id>, and a device's stream names its
// door in a header the door sets (and strips from what devices send). A device whose
// door has no stream open (the door restarting, or `vite dev` without a door) gets
// its changes straight, as before. Audited collections never take this path: the audit
// hook must see each staff device's message (pb_hooks/audit.pb.js).
package main

import (
	"math"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/routine"
	"github.com/pocketbase/pocketbase/tools/subscriptions"
)

const (
	// doorTopicPrefix + a door's id: the topic of that door's stream.
	doorTopicPrefix = "sammen/door/"
	// On a device's stream: the door it came through.
	doorHeader = "X-Sammen-Door"
	// On the door's own stream: which door this is (it lives as long as the door).
	doorStreamHeader = "X-Sammen-Door-Stream"
)

// doors: each door's stream, by door id.
type doors struct {
	mu   sync.RWMutex
	byId map[string]*doorStream
}

// doorStream: one goroutine hands a door its messages in the order the changes were
// made (a post, then its hiding), and the write path never waits for the door.
type doorStream struct {
	client subscriptions.Client
	queue  chan subscriptions.Message
}

func (d *doors) open(id string, client subscriptions.Client) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if old := d.byId[id]; old != nil {
		close(old.queue)
	}
	stream := &doorStream{client: client, queue: make(chan subscriptions.Message, 4096)}
	d.byId[id] = stream
	go func() {
		for msg := range stream.queue {
			client.Send(msg) // returns at once once the client is discarded
		}
	}()
}

func (d *doors) closed(client subscriptions.Client) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for id, stream := range d.byId {
		if stream.client == client {
			close(stream.queue)
			delete(d.byId, id)
		}
	}
}

// A door's stream is not cut after PocketBase's idle (5 min) and lifetime (30 min)
// limits for devices: a change relayed while it reconnects could be lost, so the door
// closes its devices' streams when its own ends (they reconnect and pull what they missed).
func keepDoorStream(e *core.RealtimeConnectRequestEvent) {
	if e.Request.Header.Get(doorStreamHeader) != "" {
		e.IdleTimeout = time.Duration(math.MaxInt64)
		e.MaxTimeout = time.Duration(math.MaxInt64)
	}
}

// relayBatch: one change for the devices of one door.
type relayBatch struct {
	door *doorStream
	name string
	to   []byte // clientId:userId,clientId:userId,…
	data []byte
}

// carry hands the door the deliveries it can take (a group's change to a device that
// came through a door with its stream open) and returns the rest, to be sent straight.
// The message on the door's stream is "clientId:userId,…|" followed by the change.
func (d *doors) carry(out []delivery) []delivery {
	d.mu.RLock()
	defer d.mu.RUnlock()
	if len(d.byId) == 0 {
		return out
	}
	type key struct {
		door string
		data *byte // the copy of the change: a class of readers shares one (never written to)
		size int
	}
	batches := map[key]*relayBatch{}
	var order []*relayBatch
	direct := out[:0:0]
	for _, dl := range out {
		dev, _ := dl.client.(*device)
		if dev == nil || dev.door == "" || len(dl.msg.Data) == 0 || !strings.HasPrefix(dl.msg.Name, userTopicPrefix) {
			direct = append(direct, dl)
			continue
		}
		door := d.byId[dev.door]
		if door == nil || door.client.IsDiscarded() || !sameForEveryMember[string(collectionOf(dl.msg.Data))] {
			direct = append(direct, dl)
			continue
		}
		k := key{dev.door, unsafe.SliceData(dl.msg.Data), len(dl.msg.Data)}
		b := batches[k]
		if b == nil {
			b = &relayBatch{door: door, name: doorTopicPrefix + dev.door, data: dl.msg.Data}
			batches[k] = b
			order = append(order, b)
		}
		if len(b.to) > 0 {
			b.to = append(b.to, ',')
		}
		b.to = append(b.to, dev.Id()...)
		b.to = append(b.to, ':')
		b.to = append(b.to, dl.msg.Name[len(userTopicPrefix):]...)
	}
	for _, b := range order {
		msg := subscriptions.Message{Name: b.name, Data: append(append(b.to, '|'), b.data...)}
		select {
		case b.door.queue <- msg:
		default: // 4,096 behind: the door is stuck; don't hold up the write
			door := b.door.client
			routine.FireAndForget(func() { door.Send(msg) })
		}
	}
	return direct
}
